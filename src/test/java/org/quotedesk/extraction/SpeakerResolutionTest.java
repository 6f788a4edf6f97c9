package org.quotedesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotedesk.extraction.ExtractorTest.containing;
import static org.quotedesk.extraction.ExtractorTest.extract;
import static org.quotedesk.extraction.ExtractorTest.only;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who said it: pronouns, descriptions, titles and appositions, speakers already in the database. */
class SpeakerResolutionTest {

    static final KnownSpeaker PESKOV = ExtractorTest.PESKOV;
    /** Known by name only: "Peskov" must still find him, by surname and role. */
    static final KnownSpeaker PESKOV_NO_ALIAS = new KnownSpeaker(7L, "Dmitry Peskov", true, "Kremlin spokesman",
            "Russia", List.of());

    @Test
    void heIsThePersonNamedInTheSentenceBeforeNotAnEarlierSpeaker() {
        String text = "“We will not pay for this,” said Ukrainian Agriculture Minister Mykola Solsky.\n\n"
                + "In Moscow, Dmitry Peskov followed the protests closely. “The Europeans are paying for their own "
                + "decisions,” he told reporters.";
        Candidate c = containing(extract(text, PESKOV), "Europeans");
        assertThat(c.speaker().name()).isEqualTo("Dmitry Peskov");
        assertThat(c.speaker().id()).isEqualTo(7L);
        assertThat(c.speaker().written()).isEqualTo("he");
    }

    @Test
    void sheSkipsAManAndHeSkipsAWoman() {
        String text = "Mrs Anna Berg met Mr Carl Dahl at the border. “The road stays closed,” she said. "
                + "“We will see,” he replied.";
        List<Candidate> candidates = extract(text);
        assertThat(containing(candidates, "road").speaker().name()).isEqualTo("Anna Berg");
        assertThat(containing(candidates, "will see").speaker().name()).isEqualTo("Carl Dahl");
    }

    @Test
    void aPersonNamedOnlyInsideAQuoteIsNobodysAntecedent() {
        String text = "Anna Berg spoke first. “I called Carl Dahl this morning,” she said. "
                + "“He did not answer,” he added.";
        Candidate c = containing(extract(text), "did not answer");
        assertThat(c.speaker().name()).isNotEqualTo("Carl Dahl");
    }

    @Test
    void twoPeopleWhoFitMakeTheAnswerLessSureAndSaySo() {
        String clear = "Jan Kowalski drove his tractor to the border. “We stay,” he said.";
        String doubtful = "Jan Kowalski drove his tractor to the border with Piotr Nowak. “We stay,” he said.";
        Candidate sure = only(extract(clear));
        Candidate unsure = only(extract(doubtful));
        assertThat(sure.speaker().name()).isEqualTo("Jan Kowalski");
        assertThat(sure.speaker().alternatives()).isEmpty();
        assertThat(unsure.speaker().name()).isEqualTo("Jan Kowalski");
        assertThat(unsure.speaker().alternatives()).containsExactly("Piotr Nowak");
        assertThat(unsure.confidence()).isLessThan(sure.confidence());
    }

    @Test
    void aDescriptionResolvesToTheNearestSpeakerWhoseRoleFits() {
        String text = "Ukraine's Agriculture Minister Mykola Solsky called the blockade unfair.\n\n"
                + "Dmitry Peskov was asked about it. “This is Europe's own problem,” the Kremlin spokesman said.";
        Candidate c = only(extract(text, PESKOV));
        assertThat(c.speaker().name()).isEqualTo("Dmitry Peskov");
        assertThat(c.speaker().id()).isEqualTo(7L);
    }

    @Test
    void aTitleAndNameSeparatedByACommaAreOneSpeakerWithItsRole() {
        String text = "According to the European Commissioner for Agriculture, Janusz Wojciechowski, the import "
                + "rules will be reviewed. “We hear the farmers,” Wojciechowski said. “The rules will change,” "
                + "the commissioner added.";
        List<Candidate> candidates = extract(text);
        assertThat(candidates).extracting(c -> c.speaker().name()).containsOnly("Janusz Wojciechowski");
        assertThat(candidates).extracting(Candidate::role).containsOnly("European Commissioner for Agriculture");
    }

    @Test
    void anAppositionAfterTheNameGivesTheRole() {
        Candidate c = only(extract("“We hear the farmers,” said Janusz Wojciechowski, the European Commissioner "
                + "for Agriculture."));
        assertThat(c.speaker().name()).isEqualTo("Janusz Wojciechowski");
        assertThat(c.role()).isEqualTo("European Commissioner for Agriculture");
        Candidate before = only(extract("The European Commissioner for Agriculture, Janusz Wojciechowski, said: "
                + "“We hear the farmers.”"));
        assertThat(before.speaker().name()).isEqualTo("Janusz Wojciechowski");
        assertThat(before.role()).isEqualTo("European Commissioner for Agriculture");
    }

    @Test
    void aTitleBeforeTheNameGivesTheRole() {
        Candidate c = only(extract("“Grain will be checked,” Agriculture Minister Czesław Siekierski said."));
        assertThat(c.speaker().name()).isEqualTo("Czesław Siekierski");
        assertThat(c.role()).isEqualTo("Agriculture Minister");
    }

    @Test
    void aKnownSpeakerIsFoundBySurnameWithAFittingRoleOrAnHonorific() {
        for (String who : List.of("Peskov", "the Kremlin spokesman Peskov", "Mr Peskov")) {
            Candidate c = only(extract("“It is an internal matter,” " + who + " said.", PESKOV_NO_ALIAS));
            assertThat(c.speaker().id()).as(who).isEqualTo(7L);
            assertThat(c.speaker().name()).as(who).isEqualTo("Dmitry Peskov");
            assertThat(c.role()).as(who).isEqualTo("Kremlin spokesman");
        }
    }

    @Test
    void aSurnameWithAnotherRoleIsNotTheKnownSpeaker() {
        Candidate c = only(extract("“Prices fell,” the farmer Peskov said.", PESKOV_NO_ALIAS));
        assertThat(c.speaker().id()).isNull();
    }

    /** An article written for this test in the spirit of the issue's: ten speakers, each with a role. */
    @Test
    void everySpeakerOfABorderProtestArticleHasItsNameAndRole() {
        String text = """
                Polish farmers blocked the Dorohusk border crossing with Ukraine for a third day on Wednesday, \
                parking hundreds of tractors across the road to protest against cheap grain imports.

                “We will stay here until Warsaw listens,” said Tomasz Nowak, a grain farmer from the Lublin region. \
                Ewa Lis, a dairy farmer near Chełm, said she had sold her wheat at a loss. \
                “Our barns are full and nobody buys,” she said.

                Ukraine’s Agriculture Minister Mykola Solsky called the blockade “a stab in the back” and said \
                Kyiv had offered talks. “Our trucks carry food, not weapons,” he said.

                In Moscow, Dmitry Peskov followed the protests closely. “The Europeans are paying for their own \
                decisions,” he told reporters on Wednesday.

                According to the European Commissioner for Agriculture, Janusz Wojciechowski, the import rules \
                will be reviewed by the summer. “We hear the farmers,” Wojciechowski said. “The rules will be \
                fair to both sides,” the commissioner added.

                Agriculture Minister Czesław Siekierski said Poland would check every lorry. “Grain that is not \
                safe will not cross,” he said.

                The head of the local police, Marek Wróbel, said the crossing would stay open for buses. \
                “Nobody has been hurt so far,” Wróbel said.

                “Drivers wait for up to five days,” said Oleh Kovalenko, a Ukrainian truck driver stuck near \
                the crossing. Anna Zając, a spokeswoman for the Lublin governor, said talks would resume on \
                Friday. “The governor wants a deal this week,” she said.

                Prime Minister Donald Tusk, asked about the protest in Brussels, said: “Poland will defend its \
                farmers and its friendship with Ukraine.”
                """;
        List<Candidate> candidates = extract(text, PESKOV);
        assertSpeaker(candidates, "We will stay here", "Tomasz Nowak", "Grain farmer from the Lublin region");
        assertSpeaker(candidates, "Our barns", "Ewa Lis", "Dairy farmer near Chełm");
        assertSpeaker(candidates, "Our trucks", "Mykola Solsky", "Agriculture Minister");
        assertSpeaker(candidates, "Europeans", "Dmitry Peskov", "Kremlin spokesman");
        assertSpeaker(candidates, "We hear the farmers", "Janusz Wojciechowski", "European Commissioner for Agriculture");
        assertSpeaker(candidates, "fair to both sides", "Janusz Wojciechowski", "European Commissioner for Agriculture");
        assertSpeaker(candidates, "Grain that is not", "Czesław Siekierski", "Agriculture Minister");
        assertSpeaker(candidates, "Nobody has been hurt", "Marek Wróbel", "Head of the local police");
        assertSpeaker(candidates, "Drivers wait", "Oleh Kovalenko", "Ukrainian truck driver stuck near the crossing");
        assertSpeaker(candidates, "governor wants", "Anna Zając", "Spokeswoman for the Lublin governor");
        assertSpeaker(candidates, "Poland will defend", "Donald Tusk", "Prime Minister");
        assertThat(containing(candidates, "Europeans").speaker().id()).isEqualTo(7L);
    }

    private static void assertSpeaker(List<Candidate> candidates, String fragment, String name, String role) {
        Candidate c = containing(candidates, fragment);
        assertThat(c.speaker().name()).as("speaker of «%s»", fragment).isEqualTo(name);
        assertThat(c.role()).as("role of «%s»", fragment).isEqualTo(role);
    }

    @Test
    void withNoSpeechVerbASentenceOpeningWithSheIsHersNotTheOtherNamesIn() {
        String text = "“The catch is small this year,” said Carl Dahl. Anna Berg visited the harbour in Riga on Monday. "
                + "She applauded Carl Dahl for defending the fishermen “over and over again.”";
        Candidate c = containing(extract(text), "over and over");
        assertThat(c.speaker().name()).isEqualTo("Anna Berg");
        assertThat(c.speaker().written()).isEqualTo("She");
    }

    @Test
    void withNoSpeechVerbASentenceOpeningWithShesIsHersToo() {
        String text = "“The catch is small this year,” said Carl Dahl. Anna Berg visited the harbour in Riga on Monday. "
                + "She’s applauding Carl Dahl for defending the fishermen “over and over again.”";
        Candidate c = containing(extract(text), "over and over");
        assertThat(c.speaker().name()).isEqualTo("Anna Berg");
        assertThat(c.speaker().written()).isEqualTo("She");
    }

    @Test
    void aConjunctionOpeningTheSentenceIsNoSpeakerThePronounAfterItIs() {
        String text = "Anna Berg left the courtroom for an hour. "
                + "When she returned she began by saying, “The ruling stands and nobody goes to jail.”";
        Candidate c = containing(extract(text), "ruling stands");
        assertThat(c.speaker().name()).isEqualTo("Anna Berg");
        assertThat(c.speaker().written()).isEqualTo("she");
    }

    @Test
    void pleadedAndImpliedReportSpeech() {
        List<Candidate> candidates = extract("“Keep the ferry running on Sundays,” pleaded Anna Berg. "
                + "Carl Dahl implied the island was “simply too small for a daily service.”");
        assertThat(containing(candidates, "ferry running").speaker().name()).isEqualTo("Anna Berg");
        assertThat(containing(candidates, "too small").speaker().name()).isEqualTo("Carl Dahl");
    }

    @Test
    void aConjunctionOpeningTheSentenceIsNoPartOfTheSpeakersName() {
        String text = "While Ada Vance toured the harbour, the ferry stopped. “We will fix the engine by Friday,” "
                + "she said.";
        Candidate c = only(extract(text));
        assertThat(c.speaker().name()).isEqualTo("Ada Vance");
    }

    @Test
    void theTagRightAfterAQuoteNamesItsSpeakerNotTheCueOfTheClauseBefore() {
        String text = "Mayor Ada Vance said the bridge would open in May, and Carl Dahl announced a ferry strike: "
                + "“The boats stay in port until Monday,” he said of the dispute.";
        Candidate c = containing(extract(text), "boats stay");
        assertThat(c.speaker().written()).isEqualTo("he");
        assertThat(c.speaker().name()).isEqualTo("Carl Dahl");
    }

    @Test
    void aCueOpeningItsOwnClauseAfterAQuoteTagsNothing() {
        String joined = "Ada Vance said the harbour was “too small for the new ferries,” but she also warned the council.";
        String ownClause = "Ada Vance admitted that the plan was “late and expensive,” Carl Dahl claimed the money was gone.";
        assertThat(containing(extract(joined), "too small").speaker().name()).isEqualTo("Ada Vance");
        assertThat(containing(extract(ownClause), "late and").speaker().name()).isEqualTo("Ada Vance");
    }

    @Test
    void sheInsideASentenceIsTheWomanItOpensWithNotOneNamedBefore() {
        String text = "Mrs Anna Berg opened the meeting at the town hall. Mrs Clara Holm spoke for an hour, and she believes "
                + "the plan is “far too costly for the island.”";
        Candidate c = containing(extract(text), "far too costly");
        assertThat(c.speaker().written()).isEqualTo("she");
        assertThat(c.speaker().name()).isEqualTo("Clara Holm");
    }

    @Test
    void aRelativePronounAsSubjectIsWhereTheSpeakerIsNamedAndStandsForTheNameBeforeIt() {
        String text = "The vote went badly for Carl Dahl, who has called the new tax “a gift to the rich.”";
        Candidate c = containing(extract(text), "gift to the rich");
        assertThat(c.speaker().written()).isEqualTo("who");
        assertThat(c.speaker().name()).isEqualTo("Carl Dahl");
    }

    @Test
    void aRelativePronounAsObjectIsNoSpeaker() {
        String text = "Ada Vance attacked Carl Dahl, who she called “a danger to the harbour.”";
        Candidate c = containing(extract(text), "danger to the harbour");
        assertThat(c.speaker().written()).isNotEqualTo("who");
    }

    @Test
    void aDescriptionAfterAnInvertedSaidIsTheSpeaker() {
        String text = "“The ferry must run on Sundays as well,” said one island councillor.";
        Candidate c = only(extract(text));
        assertThat(c.speaker().written()).isEqualTo("one island councillor");
    }

    @Test
    void aSpeechVerbAfterACommaWithANameEndingTheSentenceTagsTheWordsBefore() {
        String text = "The ferry plan is “dead in the water” now that the harbour has closed, said Carl Dahl, a boatman.";
        Candidate c = containing(extract(text), "dead in the water");
        assertThat(c.speaker().name()).isEqualTo("Carl Dahl");
    }

    @Test
    void aSpeechVerbAfterACommaWithAnObjectAfterItIsNoClosingTag() {
        String text = "Ada Vance, the mayor of the island town, said Carl Dahl was “a fine boatman.”";
        Candidate c = containing(extract(text), "fine boatman");
        assertThat(c.speaker().name()).isEqualTo("Ada Vance");
    }

    @Test
    void aPronounSubjectInsideTheReportedClauseGivesWayToTheSubjectOfTheVerbThatReportsIt() {
        String text = "Mrs Ada Vance spoke at the harbour. She said that she believes the ferry is “far too slow.”";
        Candidate c = containing(extract(text), "far too slow");
        assertThat(c.speaker().start()).isEqualTo(text.indexOf("She said"));
        assertThat(c.speaker().name()).isEqualTo("Ada Vance");
    }

    @Test
    void aSecondVerbJoinedByAndSharesTheSubjectOfTheFirst() {
        String text = "Carl Dahl called on the council to resign and said, “The harbour deserves better.” "
                + "When Ada Vance was asked about the ferry, she laughed and said, “We will see about that.”";
        List<Candidate> candidates = extract(text);
        assertThat(containing(candidates, "harbour deserves").speaker().name()).isEqualTo("Carl Dahl");
        assertThat(containing(candidates, "will see").speaker().written()).isEqualTo("she");
    }

    @Test
    void aFrontedPhraseBeforeTheSubjectIsNoName() {
        String text = "Appearing on Island Radio, the ferry party chairman said the plan was “a disaster for everyone.”";
        Candidate c = containing(extract(text), "disaster for everyone");
        assertThat(c.speaker().written()).isEqualTo("the ferry party chairman");
    }

    @Test
    void aVerbAfterAFrontedPhraseAndACommaHasItsSubjectAfterIt() {
        String text = "In other words, explained Carl Dahl: “The ferry will not come back to the island.”";
        Candidate c = containing(extract(text), "ferry will not");
        assertThat(c.speaker().name()).isEqualTo("Carl Dahl");
    }

    @Test
    void theDatelineAnArticleOpensWithIsNoSubject() {
        String capitals = "PORTLAND, Jan. 4 (NWS) — Mayor Carl Dahl spoke on Monday, saying: “The ferry stays.”";
        String agency = "Portland (NWS) – Mayor Ada Vance has attacked the plan, saying that it was “far too slow.”";
        assertThat(only(extract(capitals)).speaker().name()).isEqualTo("Carl Dahl");
        assertThat(only(extract(agency)).speaker().name()).isEqualTo("Ada Vance");
    }

    @Test
    void theStateAfterTheTownOfAFrontedPlaceIsNoSubject() {
        String text = "At a rally in Ames, Iowa, on Sunday, Mayor Ada Vance praised the ferry, saying that it would "
                + "“stay for good.”";
        assertThat(only(extract(text)).speaker().name()).isEqualTo("Ada Vance");
    }

    @Test
    void aShareOfThoseAskedSpeaksThroughTheSurveyThatCountedIt() {
        String before = "In a Harbour Post poll released Sunday, 31 percent of islanders said the ferry was “far too slow.”";
        String after = "Six in 10 islanders said the ferry should “stay for good,” according to a Harbour Post survey.";
        String noSurvey = "On the quay, 31 percent of islanders said the ferry was “far too slow.”";
        assertThat(only(extract(before)).speaker().written()).isEqualTo("Harbour Post poll");
        assertThat(only(extract(after)).speaker().written()).isEqualTo("Harbour Post survey");
        assertThat(only(extract(noSurvey)).speaker().written()).isEqualTo("31 percent of islanders");
    }

    @Test
    void aQuoteAfterASentenceAboutSomeoneElseIsTheirsNotTheLastSpeakers() {
        String text = "“The ferry will come back,” said Ada Vance, the harbour master. “It will not be late.”\n\n"
                + "Carl Dahl looked at the map on Tuesday for a long time. “We cannot rule out that the island will "
                + "stay cut off.”";
        assertThat(containing(extract(text), "rule out").speaker().name()).isEqualTo("Carl Dahl");
    }

    @Test
    void aSecondVerbJoinedByAndSharesTheSubjectOfTheFirstThoughItWasNeverNamedBefore() {
        String text = "Dahl called on the council to resign and said, “Their time is up!”";
        assertThat(only(extract(text)).speaker().written()).isEqualTo("Dahl");
    }

    @Test
    void whatSomeoneDidWasShoutIsNoPassive() {
        String text = "Anna Berg watched the vote at home. When the result came, all she could do was shout "
                + "“Finally!” at the screen.";
        Candidate c = only(extract(text));
        assertThat(c.speaker().written()).isEqualTo("she");
        assertThat(c.speaker().name()).isEqualTo("Anna Berg");
    }

    @Test
    void aSurnameAloneNamesThePersonNamedBeforeForALaterPronoun() {
        String text = "Carl Dahl spoke first at the hearing. Anna Berg and Olga Nowak waited outside. "
                + "Dahl left the room before he called the plan “a disgrace.”";
        Candidate c = only(extract(text));
        assertThat(c.speaker().written()).isEqualTo("he");
        assertThat(c.speaker().name()).isEqualTo("Carl Dahl");
    }

    @Test
    void aPlaceNamedBetweenAPersonAndHeIsNoAntecedent() {
        String text = "Carl Dahl toured the coast for a week. South Carolina gave the campaign a warm welcome. "
                + "“We will win here,” he said.";
        Candidate c = only(extract(text));
        assertThat(c.speaker().name()).isEqualTo("Carl Dahl");
    }

    @Test
    void aPersonOpeningASentenceWithoutSpeechVerbSpeaksThereRatherThanTheSpeakerBefore() {
        String text = "Olga Nowak runs the dairy. “Prices fell again,” said Carl Dahl, who sells her feed. "
                + "Nowak describes herself on her website as a “farmer first and last.”";
        Candidate c = containing(extract(text), "farmer first");
        assertThat(c.speaker().name()).isEqualTo("Olga Nowak");
    }

    @Test
    void aDescriptionOpeningTheSentenceOfAContinuedQuoteNamesTheSpeakerAgain() {
        String text = "“The harbour stays open,” Maria Lopez said on Monday.\n\n"
                + "The retired engineer also saluted the dock workers for their “quiet and steady courage.”";
        Candidate c = containing(extract(text), "quiet and steady");
        assertThat(c.speaker().name()).isEqualTo("Maria Lopez");
        assertThat(c.speaker().written()).isEqualTo("The retired engineer");
    }

    @Test
    void aDescriptionOfTheOtherGenderOrOfAThingIsNotTheSpeaker() {
        String woman = "“The harbour stays open,” Mrs. Maria Lopez said on Monday.\n\n"
                + "The chairman also saluted the dock workers for their “quiet and steady courage.”";
        String thing = "“The harbour stays open,” Maria Lopez said on Monday.\n\n"
                + "The report also saluted the dock workers for their “quiet and steady courage.”";
        assertThat(containing(extract(woman), "quiet and steady").speaker().written()).isNotEqualTo("The chairman");
        assertThat(containing(extract(thing), "quiet and steady").speaker().written()).isNotEqualTo("The report");
    }
}
