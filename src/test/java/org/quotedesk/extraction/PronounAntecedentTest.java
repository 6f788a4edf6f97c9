package org.quotedesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotedesk.extraction.ExtractorTest.containing;
import static org.quotedesk.extraction.ExtractorTest.extract;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whom "he" or "she" names within its own sentence, when the sentence names more than one person, and
 * where "who" names the speaker for the words its clause holds.
 */
class PronounAntecedentTest {

    @Test
    void aPersonNamedInAPhrasePutFirstIsNotTheSubject() {
        String text = "Mrs Ingrid Solberg chairs the board. Tomas Lind joined it in May.\n\n"
                + "Asked on Monday about Lind, Solberg said “I have not read his letter yet,” she said.";
        Candidate c = containing(extract(text), "his letter");
        assertThat(c.speaker().name()).isEqualTo("Ingrid Solberg");
    }

    @Test
    void sheAfterAClauseOpeningWithAnotherWomanIsTheMainClausesSubject() {
        String text = "Mrs Ingrid Solberg chairs the board. Mrs Maria Lind joined it in May.\n\n"
                + "When Ms. Lind, at a hearing in 2003, proposed that she resign, Mrs. Solberg replied that she was "
                + "glad Ms. Lind had said so because, she said, it showed how “rude and careless the opposition” was.";
        Candidate c = containing(extract(text), "rude and careless");
        assertThat(c.speaker().name()).isEqualTo("Ingrid Solberg");
    }

    @Test
    void aPhrasePutFirstNamingTheOnlyPersonStillGivesTheSubject() {
        String text = "Mr Tomas Lind joined the board in May.\n\n"
                + "When Lind spoke on Monday, he called the plan “a costly mistake for the town.”";
        Candidate c = containing(extract(text), "costly mistake");
        assertThat(c.speaker().name()).isEqualTo("Tomas Lind");
    }

    @Test
    void heLaterInASentenceOpeningWithHeIsTheSamePersonNotOneNamedBetween() {
        String text = "Tomas Lind runs a bakery in town.\n\n"
                + "He said Carl Dahl, the mayor, was wrong, and he called the plan “a costly mistake for the town.”";
        Candidate c = containing(extract(text), "costly mistake");
        assertThat(c.speaker().name()).isEqualTo("Tomas Lind");
    }

    @Test
    void aSpeakerTaggedAfterTheQuoteWithAnUnusualVerbIsNotThePreviousSpeaker() {
        String text = "Mrs Ingrid Solberg chairs the board. “The bridge stays closed,” said Tomas Lind.\n\n"
                + "“The bridge will open in May,” an angry Solberg retaliated. “We have the money.”\n\n"
                + "“If they wanted a deal, they would have called me,” Lind fumed on Tuesday.";
        List<Candidate> candidates = extract(text);
        assertThat(containing(candidates, "open in May").speaker().written()).isEqualTo("an angry Solberg");
        assertThat(containing(candidates, "the money").speaker().written()).isEqualTo("an angry Solberg");
        assertThat(containing(candidates, "wanted a deal").speaker().name()).isEqualTo("Tomas Lind");
    }

    @Test
    void aNameBeforeATitleOnlySaysWhoseTitleItIs() {
        String text = "Tomas Lind leads the race.\n\n"
                + "Lind campaign manager Carl Dahl spoke to reporters. He called the rival plan “a costly mistake.”";
        Candidate c = containing(extract(text), "costly mistake");
        assertThat(c.speaker().name()).isEqualTo("Carl Dahl");
    }

    @Test
    void aPersonOpeningTheSentencePastAPhrasePutFirstSpeaksRatherThanTheLastSpeaker() {
        String text = "Mayor Carl Dahl defended the budget. “We owe nobody an apology,” he said.\n"
                + "On Monday, Tomas Lind groused to a crowd that the council “does not treat me fairly at all.”";
        Candidate c = containing(extract(text), "treat me fairly");
        assertThat(c.speaker().name()).isEqualTo("Tomas Lind");
    }

    @Test
    void aRelativeClauseHoldingThePassageNamesItsSpeakerByWho() {
        String text = "The council met on Monday. Mayor Anna Berg, who has long called the plan “a waste of money,” "
                + "voted against it. Tom Lind, who estimates that the repairs will cost “at least a million,” agreed.";
        List<Candidate> candidates = extract(text);
        assertThat(containing(candidates, "waste of money").speaker()).extracting("written", "name")
                .containsExactly("who", "Anna Berg");
        assertThat(containing(candidates, "at least a million").speaker()).extracting("written", "name")
                .containsExactly("who", "Tom Lind");
    }

    @Test
    void aRelativeClauseClosedBeforeTheVerbLeavesTheNameAsWritten() {
        Candidate c = containing(extract("The council met on Monday. Anna Berg, who chairs the board, said “we will not pay.”"),
                "not pay");
        assertThat(c.speaker().written()).isEqualTo("Anna Berg");
    }

    @Test
    void heOpeningTheClauseThatHoldsThePassageIsWhereTheSpeakerIsNamedForIt() {
        String text = "The race is close. Senator Carl Dahl is the only candidate to visit every county, and he has "
                + "long used that fact to mock his rivals for not campaigning “the county way.”";
        assertThat(containing(extract(text), "county way").speaker()).extracting("written", "name")
                .containsExactly("he", "Carl Dahl");
    }

    @Test
    void heInWhatTheSpeakerSaidOrInWhatAVerbTakesLeavesTheNameAsWritten() {
        String reported = "The race is close. Senator Carl Dahl has said that while he respects his rivals, they are "
                + "“not ready to lead.”";
        String taken = "The race is close. Senator Anna Berg visited the plant and called what she saw “a disgrace to the town.”";
        assertThat(containing(extract(reported), "ready to lead").speaker().written()).isEqualTo("Carl Dahl");
        assertThat(containing(extract(taken), "disgrace").speaker().written()).isEqualTo("Anna Berg");
    }

    @Test
    void sheInThePassagesSentenceBeforeItRatherThanOneInALaterClause() {
        String later = "The council met on Monday. Mayor Anna Berg spoke for an hour. She often speaks of building "
                + "“a town for everyone,” and she jokingly tells crowds that she will stay forever.";
        String afterwards = "The council met on Monday. Mayor Anna Berg spoke for an hour. Specifically, she thought that "
                + "“the budget is far too small,” as she later explained to reporters.";
        assertThat(containing(extract(later), "town for everyone").speaker().start()).isEqualTo(62);
        assertThat(containing(extract(afterwards), "far too small").speaker().start()).isEqualTo(76);
    }

    @Test
    void heInTheSentenceOfAPassageThatGoesOnQuotingSomeoneNamesThemThere() {
        String text = "The council met on Monday. “We will not pay for this,” said Mayor Carl Dahl. "
                + "But he later began talking about what happens “if the plant closes for good.”";
        CandidateSpeaker speaker = containing(extract(text), "plant closes").speaker();
        assertThat(speaker.written()).isEqualTo("he");
        assertThat(speaker.name()).isEqualTo("Carl Dahl");
    }

    @Test
    void anArticleAndANounNameAgainTheBodyWhoseNameEndsWithThatNoun() {
        String text = "Die Kasseler Zeitung berichtete über den Fall. Der Minister habe „mit Absicht abgeschrieben“, wie"
                + " die Zeitung schreibt.";
        List<Candidate> found = Extractor.extract(text, LocalDate.of(2022, 2, 22), List.of(), Deadline.NONE,
                Language.of("de"));
        assertThat(containing(found, "Absicht").speaker().name()).isEqualTo("Kasseler Zeitung");
    }
}
