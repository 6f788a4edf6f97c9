package org.quotedesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotedesk.extraction.ExtractorTest.containing;
import static org.quotedesk.extraction.ExtractorTest.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who speaks through a participle cue ("saying", "stating", "insisting"): the clause it belongs to decides. */
class ParticipleCuesTest {

    @Test
    void aParticipleOpeningTheSentencePutsAPhraseBeforeTheSubject() {
        String text = "Carl Dahl spoke first.\n\nFacing growing anger from the board, Anna Berg released a statement "
                + "on Monday, describing the pier as safe but insisting that the harbour plan was “sound”.";
        Candidate c = containing(extract(text), "sound");
        assertThat(c.speaker().name()).isEqualTo("Anna Berg");
    }

    @Test
    void aParticiplePhraseSetOffAfterTheNameIsNoSpeaker() {
        List<Candidate> candidates = extract("Carl Dahl, looking at the empty quay, said, “We waited too long.”\n\n"
                + "Anna Berg, noting the size of the harbour debt, said, “We cannot pay for a second pier.”");
        assertThat(containing(candidates, "waited too long").speaker().name()).isEqualTo("Carl Dahl");
        assertThat(containing(candidates, "second pier").speaker().name()).isEqualTo("Anna Berg");
    }

    @Test
    void aParticipleAfterTheObjectOfAVerbHasTheClausesSubject() {
        List<Candidate> candidates = extract("The mayor of Springfield spoke on Monday.\n\n"
                + "The Berg campaign quickly sent out an email to supporters stating, \"We won the county and the city!\"\n\n"
                + "In response, the harbor office of the town released a statement saying that the mayor had \"lost his mind.\"");
        assertThat(containing(candidates, "won the county").speaker().written()).isEqualTo("The Berg campaign");
        assertThat(containing(candidates, "lost his mind").speaker().written()).isEqualTo("the harbor office of the town");
    }

    @Test
    void aParticipleAfterAPrepositionAndItsNounHasThatNounAsSubject() {
        String text = "Berg and his backers attacked the mayor, with one of their ads asking, "
                + "\"Who pays for the new bridge in the end?\"";
        Candidate c = containing(extract(text), "new bridge");
        assertThat(c.speaker().written()).isEqualTo("one of their ads");
    }

    @Test
    void aParticipleAfterAPrepositionOpeningTheSentenceHasTheMainClausesSubject() {
        List<Candidate> candidates = extract("The board met on Monday.\n\n"
                + "In rejecting a similar challenge to the plan, which is due next week, the harbor board recognized "
                + "that a court should settle the matter — \"so that all of us know the rules at last.\"\n\n"
                + "In declaring the plan \"not fair to the town,\" the mayor again showed her knack for a fight.");
        assertThat(containing(candidates, "rules at last").speaker().written()).isEqualTo("the harbor board");
        assertThat(containing(candidates, "not fair").speaker().written()).isEqualTo("the mayor");
    }

    @Test
    void aParticipleBeforeAnInfinitivesMarkerNamesNobody() {
        String text = "The debate was loud and Dahl stood by his claim that \"the harbour is lost,\" refusing to acknowledge "
                + "that not all boats sank.";
        Candidate c = containing(extract(text), "harbour is lost");
        assertThat(c.speaker().written()).isNull();
    }

    @Test
    void aParticipleAfterANounOfAPhraseAfterAFrontedOneHasThatPhraseAsSubject() {
        // "Since March," is put before the subject: March is no clause subject that issued anything.
        String text = "Tom Dahl spoke first. Since March, the share of fishermen saying “the harbour must stay open” "
                + "rose by ten points.";
        Candidate c = containing(extract(text), "must stay open");
        assertThat(c.speaker().written()).isEqualTo("the share of fishermen");
    }

    @Test
    void aParticipleAfterACommaAndTheObjectOfTheClausesVerbHasThatClausesSubject() {
        // The reading from the sentence's first word runs on past the verb into its object: the subject ends before the verb.
        List<Candidate> candidates = extract("The dock union released a report, adding that wages had \"fallen behind.\"\n\n"
                + "The Bank of Vestland raised rates, saying prices were \"rising too fast.\"");
        assertThat(containing(candidates, "fallen behind").speaker().written()).isEqualTo("The dock union");
        assertThat(containing(candidates, "rising too fast").speaker().written()).isEqualTo("The Bank of Vestland");
    }

    @Test
    void aPastFormAfterAnArticleInTheSubjectIsNoVerbEndingIt() {
        String text = "The head of a united party, saying the vote was \"a disgrace,\" left the hall.";
        Candidate c = containing(extract(text), "disgrace");
        assertThat(c.speaker().written()).isEqualTo("The head of a united party");
    }
}
