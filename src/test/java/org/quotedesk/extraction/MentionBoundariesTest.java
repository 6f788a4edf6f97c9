package org.quotedesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotedesk.extraction.ExtractorTest.containing;
import static org.quotedesk.extraction.ExtractorTest.extract;
import static org.quotedesk.extraction.ExtractorTest.only;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a speaker's mention begins and ends: the whole name, and nothing but a name or a description. */
class MentionBoundariesTest {

    @Test
    void anAbbreviatedTitleOrInitialGoesOnWithTheNameAfterIt() {
        List<Candidate> candidates = extract("“The road stays closed,” said Mr. Dahl.\n\n"
                + "“We will reopen it in May,” said Sen. Anna Berg.\n\n"
                + "“Nobody asked us,” said Carl J. Ostrow.");
        assertThat(containing(candidates, "road stays").speaker().name()).isEqualTo("Dahl");
        assertThat(containing(candidates, "reopen").speaker().name()).isEqualTo("Anna Berg");
        assertThat(containing(candidates, "Nobody asked").speaker().name()).isEqualTo("Carl J. Ostrow");
    }

    @Test
    void aSpeechVerbAfterTheNameEndsTheMention() {
        String text = "Speaking on the radio on Monday, Mr. Ostrow called the harbour's new director “reckless” "
                + "and left the studio.";
        Candidate c = containing(extract(text), "reckless");
        assertThat(c.speaker().name()).isEqualTo("Ostrow");
    }

    @Test
    void aSurnameAfterAFormOfAddressIsAPersonOpeningTheSentence() {
        String text = "In a separate letter, Mr. Ostrow passed along a request for “a small favor” from his cousin.";
        Candidate c = containing(extract(text), "small favor");
        assertThat(c.speaker().name()).isEqualTo("Ostrow");
    }

    @Test
    void aSubjectPronounStartsTheClauseOfTheVerbAfterIt() {
        // "They", not "she", opens the sentence: the quote goes to the verb after "she", whose subject it is.
        String text = "Anna Berg spoke at the harbour on Monday. They assured her audience she would tell the owners "
                + "to “pay what they owe to the town.”";
        Candidate c = containing(extract(text), "pay what");
        assertThat(c.speaker().written()).isEqualTo("she");
        assertThat(c.speaker().name()).isEqualTo("Anna Berg");
    }

    @Test
    void anAgeOrAHomeTownAfterTheNameIsNoSpeaker() {
        List<Candidate> candidates = extract("“The ferry must run every day,” Ostrow, 64, told reporters.\n\n"
                + "Lena Marsh, 31, of Dover, Kent, said the town would “keep waiting for an answer.”");
        assertThat(containing(candidates, "ferry must").speaker().name()).isEqualTo("Ostrow");
        Candidate marsh = containing(candidates, "keep waiting");
        assertThat(marsh.speaker().name()).isEqualTo("Lena Marsh");
        assertThat(marsh.role()).isNull();
    }

    @Test
    void aPartyAndStateAfterTheNameIsNoSpeaker() {
        Candidate c = containing(extract("“The plan will not work,” Berg, R-Kent, said on Monday."), "plan will");
        assertThat(c.speaker().name()).isEqualTo("Berg");
    }

    @Test
    void aPersonsNameEndsBeforeTheStateTheyComeFromButAnInstitutionKeepsItsOf() {
        List<Candidate> candidates = extract("“We will not wait,” said Sen. Lena Marsh of Vermont.\n\n"
                + "“The rates stay where they are,” said Bank of Dover.");
        assertThat(containing(candidates, "not wait").speaker().name()).isEqualTo("Lena Marsh");
        assertThat(containing(candidates, "rates stay").speaker().name()).isEqualTo("Bank of Dover");
    }

    @Test
    void aTitleWithOfBeforeTheNameIsTheRoleAndTheNameIsTheSpeaker() {
        String text = "Former secretary of state Lena Marsh, a harbour pilot, caused a stir with her remark that "
                + "“the ferry belongs to the town and nobody else.”";
        Candidate c = containing(extract(text), "ferry belongs");
        assertThat(c.speaker().name()).isEqualTo("Lena Marsh");
    }

    @Test
    void oneOrAnotherOpensADescriptionOfWhoSpeaksAsAnArticleDoes() {
        List<Candidate> candidates = extract("“The harbour will stay open,” said one Dover councillor.\n\n"
                + "“We will see in May,” added another senior official.");
        assertThat(containing(candidates, "harbour will").speaker().written()).isEqualTo("one Dover councillor");
        assertThat(containing(candidates, "We will see").speaker().written()).isEqualTo("another senior official");
    }

    @Test
    void aVerbContractedOntoAPronounIsNoPartOfTheMention() {
        String text = "Anna Berg spoke at the harbour on Monday. They said she’d asked the owners to “pay what they owe.”";
        Candidate c = containing(extract(text), "pay what");
        assertThat(c.speaker().written()).isEqualTo("she");
    }

    @Test
    void aLowerCaseRoleBeforeANameAfterTheCueKeepsTheName() {
        String text = "“Welcome to the new harbour,” said master of ceremonies Lena Marsh, a retired pilot.";
        Candidate c = containing(extract(text), "new harbour");
        assertThat(c.speaker().written()).endsWith("Lena Marsh");
    }

    @Test
    void theStateAfterATownIsNoSpeakerBeforeTheCueNorAfterAnIntroduction() {
        List<Candidate> candidates = extract("Lena Marsh, during a meeting in Dover, Kent, said the town would "
                + "“keep the ferry running all winter.”\n\n"
                + "Speaking at a meeting in Dover, Kent, Carl Ostrow went after the mayor, calling him "
                + "“a total stranger to the harbour.”");
        assertThat(containing(candidates, "ferry running").speaker().name()).isEqualTo("Lena Marsh");
        assertThat(containing(candidates, "total stranger").speaker().name()).isEqualTo("Carl Ostrow");
    }

    @Test
    void theDatelineOpeningAReportNamesNobody() {
        List<Candidate> candidates = extract("DOVER, May 3 (UPI) — In response to the mayor, Lena Marsh rallied the crews, "
                + "saying: “We have to keep the harbour open.”\n\n"
                + "Dover (AFP) – Carl Ostrow has taken a swipe at the council, saying that “empty promises” help nobody.");
        assertThat(containing(candidates, "harbour open").speaker().name()).isEqualTo("Lena Marsh");
        assertThat(containing(candidates, "empty promises").speaker().name()).isEqualTo("Carl Ostrow");
    }

    @Test
    void anAgencyInBracketsWrittenInSmallLettersClosesADatelineAlone() {
        Candidate c = only(extract("(Reuters) - The harbour board on Monday said the tariffs were \"unacceptable.\""));
        assertThat(c.speaker().written()).isEqualTo("The harbour board");
    }

    @Test
    void aDayOpeningTheSentenceIsNoSpeaker() {
        String text = "Late on Saturday Carl Ostrow changed his mind. Sunday morning, Lena Marsh slammed the shift and "
                + "accused Ostrow of a “flip-flop.”";
        Candidate c = containing(extract(text), "flip-flop");
        assertThat(c.speaker().name()).isEqualTo("Lena Marsh");
    }

    @Test
    void aVerbAfterForIsTheSentenceSubjectsNotTheObjects() {
        Candidate c = containing(extract("Lena Marsh mocked Carl Ostrow for calling himself “the king of the harbour.”"),
                "king of");
        assertThat(c.speaker().name()).isEqualTo("Lena Marsh");
    }

    @Test
    void aPersonNamedWithAMiddleInitialIsKnownByTheWholeName() {
        Candidate c = containing(extract("Rear Adm. Lena K. Marsh toured the harbour on Monday. "
                + "“The channel is too shallow,” she said."), "channel");
        assertThat(c.speaker().name()).isEqualTo("Lena K. Marsh");
    }

    @Test
    void aPhrasePutBeforeTheSubjectNamesNobody() {
        List<Candidate> candidates = extract("Anna Berg opened the meeting.\n\n"
                + "In other words, asked Carl Ostrow: “Who pays for the dredging?”\n\n"
                + "In reply to questions from the council, Lena Marsh suggested that the port “had waited long enough.”\n\n"
                + "Asked which pier she liked best, she smiled: “The old one by the mill.”");
        assertThat(containing(candidates, "Who pays").speaker().name()).isEqualTo("Carl Ostrow");
        assertThat(containing(candidates, "waited long").speaker().name()).isEqualTo("Lena Marsh");
        Candidate smiled = containing(candidates, "old one");
        assertThat(smiled.speaker().written()).isEqualTo("she");
    }

    @Test
    void aPronounInsideAPhrasePutFirstStaysTheSubject() {
        Candidate c = containing(extract("The harbour board printed a notice. At the foot of the page it reads, "
                + "“Ask at the office for the full plan.”"), "full plan");
        assertThat(c.speaker().written()).isNotEqualTo("Ask");
    }

    @Test
    void aRelativeClauseWithAContractedVerbIsAnAside() {
        Candidate c = containing(extract("Carl Ostrow spoke first. Lena Marsh, who’s weighing a run for mayor, said the "
                + "new pier was “a costly mistake.”"), "costly mistake");
        assertThat(c.speaker().name()).isEqualTo("Lena Marsh");
    }

    @Test
    void aNameAfterItsTitleEndsTheMention() {
        Candidate c = containing(extract("The harbour board met on Monday. The former officer Anna Berg put it plainly: "
                + "“The pier is far too costly for a small town.”"), "far too costly");
        assertThat(c.speaker().name()).isEqualTo("Anna Berg");
    }

    @Test
    void aPhrasePutBeforeTheSubjectOfAColonNamesNobody() {
        String text = "After Carl Dahl's speech in Oslo, the harbour director Anna Berg turned to the crowd: “We lost the pier.”";
        Candidate c = containing(extract(text), "pier");
        assertThat(c.speaker().name()).isEqualTo("Anna Berg");
    }

    @Test
    void aVerbAndItsObjectReadBeforeTheCueGiveWayToTheSubjectOpeningTheSentence() {
        String text = "The harbour board, in its weekly letter on Monday, emailed a short note reporting that "
                + "the pier “will stay closed until spring”.";
        Candidate c = containing(extract(text), "stay closed");
        assertThat(c.speaker().written()).isEqualTo("The harbour board");
    }

    @Test
    void aTimePhraseBetweenTheSubjectAndItsVerbIsNoSpeaker() {
        List<Candidate> candidates = extract("Harbour director Anna Berg last week said the pier was “far too costly”.\n\n"
                + "The ferry company on Tuesday night told passengers the crossing would be “back to normal soon”.");
        assertThat(containing(candidates, "too costly").speaker().name()).isEqualTo("Anna Berg");
        assertThat(containing(candidates, "back to normal").speaker().written()).isEqualTo("The ferry company");
    }

    @Test
    void aSourceNamedAfterADashBeforeAColonSpeaks() {
        List<Candidate> candidates = extract("The harbour board met on Monday.\n\n"
                + "FERRY NUMBERS FELL AGAIN - Anna Berg: “Fewer people crossed than in any winter before.”\n\n"
                + "Why the pier matters - More from Berg: “Without it the town loses its market.”");
        assertThat(containing(candidates, "Fewer people").speaker().name()).isEqualTo("Anna Berg");
        assertThat(containing(candidates, "loses its market").speaker().name()).isEqualTo("Anna Berg");
    }

    @Test
    void aWritingLedToBeforeAColonIsTheSource() {
        List<Candidate> candidates = extract("The harbour board published its audit on Monday.\n\n"
                + "From the audit: “The pier cost twice what the board promised.”\n\n"
                + "More from the audit: “Nobody checked the invoices.”");
        assertThat(containing(candidates, "cost twice").speaker().written()).isEqualTo("the audit");
        assertThat(containing(candidates, "invoices").speaker().written()).isEqualTo("the audit");
    }

    @Test
    void aDashedLineAfterAQuoteSignsIt() {
        List<Candidate> candidates = extract("Three claims from the harbour debate, checked.\n\n"
                + "“The pier has cost the town twice what the board promised.”\n\n- Anna Berg.\n\n"
                + "The figure is close to the board's own accounts.\n\n"
                + "“Nobody in this town ever asked for a second pier.” — Carl Dahl, harbour director\n\n"
                + "The minutes of the 2019 meeting say otherwise.");
        assertThat(containing(candidates, "twice what").speaker().name()).isEqualTo("Anna Berg");
        assertThat(containing(candidates, "second pier").speaker().name()).isEqualTo("Carl Dahl");
    }

    @Test
    void aPassageJoinedToAnotherByAndQuotesTheSameSpeaker() {
        String text = "The ferry will stop in March.\n\nNow, sailors believe they have a strong case. Harbour "
                + "director Anna Berg called Dahl's plans for the pier a \"new low\" and a \"clumsy attempt to hide the "
                + "real costs from the town.\"";
        assertThat(containing(extract(text), "clumsy attempt").speaker().name()).isEqualTo("Anna Berg");
    }

    @Test
    void aClauseReadAsTheSubjectGivesWayToTheNameOpeningIt() {
        String text = "The council met on Monday. Mayor Anna Berg was prompted to say the plan was \"a mistake from the start.\"";
        Candidate c = containing(extract(text), "mistake");
        assertThat(c.speaker().written()).isEqualTo("Anna Berg");
    }

    @Test
    void aVerbOfNamingJoinedToTheClausesFirstVerbHasItsSubject() {
        String text = "In late June, the Harbor Bar Association completed its review of the judge's record and deemed her "
                + "\"well qualified,\" its highest rating.";
        Candidate c = containing(extract(text), "well qualified");
        assertThat(c.speaker().written()).isEqualTo("the Harbor Bar Association");
    }

    @Test
    void anInfinitivesMarkerBeforeTheCueNamesNobody() {
        String text = "Dahl could not have been happier. His face turned from side to side, his eyes shining, "
                + "as if to say, “Did you see me do that?”";
        Candidate c = containing(extract(text), "see me do");
        assertThat(c.speaker().written()).isNotEqualTo("to");
    }

    @Test
    void aVerbOpeningTheWordsBeforeTheCueNamesNobodyButThePassageIsStillQuoted() {
        Candidate c = containing(extract("\"In ten years, we will all speak Danish,\" is one common joke here."), "Danish");
        assertThat(c.speaker().written()).isNull();
        assertThat(c.speaker().name()).isNull();
    }

    @Test
    void aClauseBeforeAColonOpeningWithAVerbNamesNobody() {
        String text = "Anna Berg spoke to the harbour board on Monday.\n\nThe reason the critics give for the closure, "
                + "is a firm belief in Dahl’s word:\n\n\"The road will stay closed for another year, and nobody will pay for it.\"";
        Candidate c = containing(extract(text), "stay closed");
        assertThat(c.speaker().written()).isNull();
    }

    @Test
    void aPronounBeforeAColonIsThePronounWithoutItsVerb() {
        String text = "Anna Berg spoke on Monday.\n\nWait, it gets worse:\n\n"
                + "\"The road will stay closed for another year, and nobody will pay for it.\"";
        Candidate c = containing(extract(text), "stay closed");
        assertThat(c.speaker().written()).isEqualTo("it");
    }

    @Test
    void aFullStopBeforeANoBreakSpaceEndsTheSentenceBeforeTheSubject() {
        String text = "Anna Berg talked about being called a “tough mayor” in a local blog.\u00a0The mayor\u00a0explained"
                + "\u00a0why being called such is a “mixed compliment.”";
        Candidate c = containing(extract(text), "mixed compliment");
        assertThat(c.speaker().written()).isEqualTo("The mayor");
    }

    @Test
    void aTimePhraseEndingInAgoIsNoPartOfTheSubject() {
        String text = "The Harbour Office less than two weeks ago said for the first time that “secret” files had passed "
                + "through Dahl’s server.";
        Candidate c = containing(extract(text), "secret");
        assertThat(c.speaker().written()).isEqualTo("The Harbour Office");
    }

    @Test
    void whoLabelsAPassageIsNoVerbPhrase() {
        String text = "A win for Berg, on the other hand, is awkward for Dahl, who could be celebrating being dubbed the "
                + "“harbour king” even as he loses the vote.";
        Candidate c = containing(extract(text), "harbour king");
        assertThat(c.speaker().written()).isNull();
    }

    @Test
    void aConnectiveAdverbOpeningTheSentenceBeforeIsNoSpeaker() {
        String text = "Nevertheless, a survey by analyst Anna Berg found that people fear the harbour plan.\n\n"
                + "\"In ten years, we will all speak Danish,\" is one common joke here.";
        Candidate c = containing(extract(text), "Danish");
        assertThat(c.speaker().name()).isNotEqualTo("Nevertheless");
    }
}
