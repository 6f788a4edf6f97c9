package org.quotedesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotedesk.extraction.ExtractorTest.containing;
import static org.quotedesk.extraction.ExtractorTest.extract;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which speech verb reports a quote and who its subject is: naming verbs, tags, asides, reported clauses. */
class ReportingCuesTest {

    @Test
    void aNamingVerbSeesTwoApostrophesAsQuoteMarks() {
        String text = "In 2009, under what Carl Dahl called ''the old pricing model,'' the Lakeside Golf Club "
                + "charged new members a fee of $50,000.";
        assertThat(containing(extract(text), "old pricing").speaker().name()).isEqualTo("Carl Dahl");
    }

    @Test
    void aNamingVerbReachesEightWordsWithNoPauseBeforeTheMarks() {
        String text = "“We stay,” Carl Dahl said on Monday.\n\nIn brief remarks, Anna Berg called the storm that "
                + "flooded three villages near Linz “a warning to us all.”";
        assertThat(containing(extract(text), "warning to us").speaker().name()).isEqualTo("Anna Berg");
    }

    @Test
    void anAnswerIsASpeechVerb() {
        String text = "Anna Berg asked when the road would open again. “Not this year,” answered Carl Dahl.";
        assertThat(containing(extract(text), "Not this year").speaker().name()).isEqualTo("Carl Dahl");
    }

    @Test
    void aBeamOrACryAfterTheQuoteReportsIt() {
        String text = "The count ended at midnight. “We did it!” beamed Carl Dahl, who had driven in from Linz.";
        assertThat(containing(extract(text), "We did it").speaker().name()).isEqualTo("Carl Dahl");
        String cry = "The mayor asked whether the road should close. “Never!” the crowd cried, booing.";
        assertThat(containing(extract(cry), "Never").speaker().written()).isEqualTo("the crowd");
    }

    @Test
    void aJeerIsASpeechVerb() {
        String text = "As the minister left the hall, Carl Dahl jeered, “Good riddance!”";
        assertThat(containing(extract(text), "Good riddance").speaker().name()).isEqualTo("Carl Dahl");
    }

    @Test
    void aQuestionMarkInsideTheClosingMarkLeadsToTheTagAfterIt() {
        String text = "Anna Berg said the vote would be close, but “who will pay for the new road?” asked Carl Dahl.";
        assertThat(containing(extract(text), "who will pay").speaker().name()).isEqualTo("Carl Dahl");
    }

    @Test
    void aParticipleAsideBetweenSubjectAndVerbKeepsTheSubject() {
        String text = "Judge Anna Berg, writing for the majority of the court, said the new rule “goes much too far.”";
        assertThat(containing(extract(text), "goes much too far").speaker().name()).isEqualTo("Anna Berg");
    }

    @Test
    void whoASpeakerSpeaksOfIsNotTheSpeaker() {
        String text = "Carl Dahl, a former aide to the mayor, said of Mr. Olsen: “He never gives up on a fight.”";
        assertThat(containing(extract(text), "never gives up").speaker().name()).isEqualTo("Carl Dahl");
    }

    @Test
    void aQuoteInsideAReportedClauseIsTheReportersWhoeverItNames() {
        String text = "Anna Berg said on Friday that Carl Dahl had told the council the plan was “a gift to the banks.”";
        assertThat(containing(extract(text), "gift to the banks").speaker().name()).isEqualTo("Anna Berg");
    }

    @Test
    void aTagAfterAQuestionNamesItsSpeaker() {
        String text = "Anna Berg spoke first at the hearing.\n\n“Why now, after ten years?” Carl Dahl asked.";
        assertThat(containing(extract(text), "Why now").speaker().name()).isEqualTo("Carl Dahl");
    }

    @Test
    void aTagWithCommaAfterAnExclamationNamesItsSpeaker() {
        String text = "Carl Dahl spoke first.\n\n“Not on my watch!” Anna Berg shouted, rising from her seat.";
        assertThat(containing(extract(text), "Not on my watch").speaker().name()).isEqualTo("Anna Berg");
    }

    @Test
    void aTagAfterAQuoteEndingInAnInnerQuoteNamesItsSpeaker() {
        String text = "Carl Dahl spoke first.\n\n\"They treat it like, 'Oh, this is a scandal,' \" Anna Berg said at the rally.";
        assertThat(containing(extract(text), "They treat it").speaker().name()).isEqualTo("Anna Berg");
    }

    @Test
    void whatFollowsAVerbOfCallingIsNamedNotSpeaking() {
        String text = "Carl Dahl said he had written to the mayor. The paper, Dahl said, called the letter “a clear threat.”";
        Candidate c = containing(extract(text), "clear threat");
        assertThat(c.speaker().name()).isEqualTo("Carl Dahl");
    }

    @Test
    void asSomeonePutItReportsTheWordsThatFollow() {
        String text = "The prices, as one shop owner in the square put it, were “a kind of theft.”";
        assertThat(containing(extract(text), "kind of theft").speaker().written()).isEqualTo("one shop owner in the square");
    }

    @Test
    void theNameAfterAsSpeaksWhenItsAppositionFollows() {
        String text = "Or, as Carl Dahl, a former mayor of the town, put it: “The storm is no longer at the gate.”";
        assertThat(containing(extract(text), "storm is no longer").speaker().name()).isEqualTo("Carl Dahl");
    }

    @Test
    void whoHadThisToSaySpeaksNotTheInfinitiveMarker() {
        String text = "A report from the Lakeside Institute had this to say about the plan: "
                + "“Families at the top would gain far more than those at the bottom.”";
        assertThat(containing(extract(text), "Families at the top").speaker().name()).isEqualTo("Lakeside Institute");
    }

    @Test
    void aParticipleAfterANounCalledSomethingIsTheClauseSubjects() {
        String text = "Mrs Ingrid Solberg chairs the board.\n\n"
                + "Later on Monday, Solberg shared a plan for a park called “Green Acre” on her website, "
                + "writing “Allow me to show the council what we mean by a park.”";
        assertThat(containing(extract(text), "Allow me").speaker().name()).isEqualTo("Ingrid Solberg");
    }

    @Test
    void aParticipleClosingAClauseAfterWhenHasThatClausesSubject() {
        String text = "Mrs Ingrid Solberg spoke in Oslo twice on Monday.\n\n"
                + "The first scene came during a talk at the harbour, when Green Party supporters interrupted her talk, "
                + "shouting “she builds, we pay!”";
        assertThat(containing(extract(text), "we pay").speaker().written()).startsWith("Green Party");
    }

    @Test
    void aNameAndAnUnlistedPastVerbRightAfterAPassageAndItsCommaAreItsTag() {
        String text = "Carl Dahl opened the meeting. “The harbour stays open,” Maria Lopez riffed on the question.";
        Candidate c = containing(extract(text), "harbour stays open");
        assertThat(c.speaker().name()).isEqualTo("Maria Lopez");
        assertThat(c.speaker().written()).isEqualTo("Maria Lopez");
    }

    @Test
    void aNameAfterAPassageInsideAPhrasePutFirstIsNoTag() {
        String text = "Carl Dahl opened the meeting. A self-described “quiet harbour man,” Maria Lopez changed her plans.";
        assertThat(extract(text)).noneMatch(c -> "Maria Lopez".equals(c.speaker().written()));
    }

    @Test
    void aVerbAfterWordsPointingBackAtThePassageNamesItsSpeaker() {
        String text = "Der Trainer Paul Weber war zurück. „Da bin ich wieder“, mit diesen Worten begann er die Pressekonferenz.";
        Candidate c = extractGerman(text).get(0);
        assertThat(c.speaker().written()).isEqualTo("er");
        assertThat(c.speaker().name()).isEqualTo("Paul Weber");
    }

    @Test
    void aNounOfSpeechAndItsOwnerBeforeACommaGiveTheClauseAfterItToTheOwner() {
        String text = "Die Stadt plant neu. Auf die Forderung des Verbands, man müsse „sofort und überall“ bauen,"
                + " antwortete Paul Weber, das sei zu teuer.";
        assertThat(containing(extractGerman(text), "sofort").speaker().written()).isEqualTo("des Verbands");
    }

    @Test
    void aPersonAfterForInAClauseWithACopulaHoldsTheViewItsPassageWords() {
        String text = "Die Stadt legte einen Plan vor. Was für die Ministerin eine „kluge Lösung“ ist, war für andere Unsinn.";
        assertThat(containing(extractGerman(text), "kluge").speaker().written()).isEqualTo("die Ministerin");
    }

    @Test
    void aWritingAfterHeisstEsMayHaveWordsDescribingItBeforeItsNoun() {
        String text = "Paul Weber trat zurück. „Ich gehe mit Bedauern“, heißt es in einer am Montag verbreiteten Erklärung.";
        assertThat(containing(extractGerman(text), "Bedauern").speaker().written())
                .isEqualTo("einer am Montag verbreiteten Erklärung");
    }

    private static List<Candidate> extractGerman(String text) {
        return Extractor.extract(text, LocalDate.of(2022, 2, 22), List.of(), Deadline.NONE, Language.of("de"));
    }
}
