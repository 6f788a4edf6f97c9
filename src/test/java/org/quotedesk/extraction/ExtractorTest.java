package org.quotedesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotedesk.catalogue.quote.DatePrecision;
import org.quotedesk.catalogue.quote.QuoteType;
import org.quotedesk.catalogue.venue.VenueKind;

/** The extractor's hard cases, each on a short text written for it. */
class ExtractorTest {

    /** Tuesday. */
    static final LocalDate PUBLISHED = LocalDate.of(2022, 2, 22);

    static final KnownSpeaker PESKOV = new KnownSpeaker(7L, "Dmitry Peskov", true, "Kremlin spokesman", "Russia",
            List.of("Dmitri Peskov", "Peskov"));
    static final KnownSpeaker ELYSEE = new KnownSpeaker(3L, "Élysée Palace", false, "Office of the President of France",
            "France", List.of("Elysee", "French presidency"));
    static final KnownSpeaker BELARUS_DEFENCE = new KnownSpeaker(4L, "Ministry of Defence of Belarus", false, null,
            "Belarus", List.of("Ministry of Defense of Belarus"));
    static final KnownSpeaker ZELENSKYY = new KnownSpeaker(9L, "Volodymyr Zelenskyy", true, "President of Ukraine",
            "Ukraine", List.of("Zelensky"));

    static List<Candidate> extract(String text, KnownSpeaker... known) {
        return Extractor.extract(text, PUBLISHED, List.of(known));
    }

    static Candidate only(List<Candidate> candidates) {
        assertThat(candidates).hasSize(1);
        return candidates.get(0);
    }

    static Candidate containing(List<Candidate> candidates, String fragment) {
        List<Candidate> matching = candidates.stream().filter(c -> c.text().contains(fragment)).toList();
        assertThat(matching).as("candidates containing «%s» in %s", fragment, candidates).hasSize(1);
        return matching.get(0);
    }

    @Nested
    class OddTexts {

        static List<String> texts() {
            return List.of("", " ", "\n\n", "\"", "“", "“”", "a “", "”a“", "‘", "«»", "„", "“ ” “ ”",
                    "x".repeat(5_000), "a-".repeat(3_000), "Mr.".repeat(3_000), ".".repeat(5_000),
                    "said ".repeat(3_000) + "“Hello there, all of you”", "Bob, saying, ".repeat(2_000),
                    "“a” ".repeat(3_000), "according to ".repeat(2_000), "Putin said ".repeat(2_000),
                    "😀 said “🙂🙂🙂 hello there all”", "“unclosed quote that runs on and on" + " and on".repeat(500),
                    "<tweet id=\"1\">“Hi all of you,” he said", "<", "<a", "He said: “");
        }

        @ParameterizedTest
        @MethodSource("texts")
        void oddTextsGiveCandidatesWithinTheTextAndNoError(String text) {
            for (Candidate c : extract(text, PESKOV)) {
                assertThat(c.start()).isBetween(0, c.end());
                assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text());
                if (c.speaker().start() != null) {
                    assertThat(text.substring(c.speaker().start(), c.speaker().end())).isEqualTo(c.speaker().written());
                }
            }
        }

        /**
         * What keeps a reading linear: every look at a quote's sentence is bounded by the sentence,
         * so a text with no full stop and no space must still be cut into bounded sentences.
         */
        @ParameterizedTest
        @ValueSource(strings = {"“a”", "“.”", "x", "„a“«b»", "” said Harris “"})
        void noSentenceOutgrowsTheLimitWhateverTheTextIsMadeOf(String unit) {
            ArticleLayout layout = new ArticleLayout(unit.repeat(200_000 / unit.length()));
            assertThat(layout.sentences).hasSizeGreaterThan(30);
            for (Sentence s : layout.sentences) {
                assertThat(s.end() - s.start()).isLessThanOrEqualTo(2 * ArticleLayout.LONGEST_SENTENCE);
            }
        }

        @Test
        void aReadingPastItsDeadlineIsAbandoned() {
            Deadline passed = Deadline.in(Duration.ZERO);
            String text = "“It is harmful,” Peskov said.";
            assertThatThrownBy(() -> Extractor.extract(text, PUBLISHED, List.of(PESKOV), passed))
                    .isInstanceOf(Deadline.Exceeded.class);
        }
    }

    @Nested
    class QuoteMarks {

        @Test
        void everyKindOfMarkOpensAQuoteAndOffsetsPointAtItsWords() {
            String text = "Anna Berg said: “One.” Carl Dahl said: \"Two.\" Eva Fock said: «Three.» "
                    + "Gus Hahn said: „Four.“ Ida Jung said: ‘Five.’";
            List<Candidate> candidates = extract(text);
            assertThat(candidates).extracting(Candidate::text)
                    .containsExactly("One.", "Two.", "Three.", "Four.", "Five.");
            for (Candidate c : candidates) {
                assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text());
                assertThat(c.type()).isEqualTo(QuoteType.DIRECT);
            }
            assertThat(candidates).extracting(c -> c.speaker().name())
                    .containsExactly("Anna Berg", "Carl Dahl", "Eva Fock", "Gus Hahn", "Ida Jung");
        }

        @Test
        void aQuoteInsideAQuoteStaysPartOfIt() {
            Candidate c = only(extract("“The signal is not so much ‘do not interfere’ as a warning,” Anna Berg said."));
            assertThat(c.text()).isEqualTo("The signal is not so much ‘do not interfere’ as a warning");
        }

        @Test
        void aQuoteOverSeveralParagraphsRepeatsItsOpeningMarkAndClosesOnce() {
            String text = "Anna Berg said: “We will not move.\n\n“We will not leave either.”\n\nThe talks went on.";
            Candidate c = only(extract(text));
            assertThat(c.text()).isEqualTo("We will not move.\n\n“We will not leave either.");
            assertThat(c.type()).isEqualTo(QuoteType.DIRECT);
            assertThat(c.speaker().name()).isEqualTo("Anna Berg");
        }

        @Test
        void mixedMarksStillPairUp() {
            List<Candidate> candidates = extract("“We are going to win,\" Carl Dahl said. \"Believe me.”");
            assertThat(candidates).extracting(Candidate::text).containsExactly("We are going to win", "Believe me.");
        }

        @Test
        void aWordInQuoteMarksThatNobodySaysIsNoQuote() {
            assertThat(extract("Russia is the last country to want to use the word “war”, analysts wrote.")
                    .stream().filter(c -> c.type() != QuoteType.INDIRECT)).isEmpty();
            assertThat(extract("It would be the classic “false flag” operation.")).isEmpty();
        }

        @Test
        void marksInsideMarkupAreNotQuotes() {
            assertThat(extract("<tweet id=\"1\" author=\"@someone\">Nice day</tweet>")).isEmpty();
        }
    }

    @Nested
    class Cues {

        @Test
        void theCueMayComeBeforeOrAfterTheQuoteAndTheSubjectBeforeOrAfterTheVerb() {
            assertThat(only(extract("“It is over,” Anna Berg said.")).speaker().name()).isEqualTo("Anna Berg");
            assertThat(only(extract("“It is over,” said Anna Berg.")).speaker().name()).isEqualTo("Anna Berg");
            assertThat(only(extract("Anna Berg warned: “It is over.”")).speaker().name()).isEqualTo("Anna Berg");
            assertThat(only(extract("“It is over,” declared the Ministry of Defense.", BELARUS_DEFENCE)).speaker().id())
                    .isEqualTo(4L);
        }

        @Test
        void aFragmentInQuoteMarksInsideReportedSpeechIsPartial() {
            Candidate c = only(extract("Anna Berg said the talks had agreed “in principle” to meet."));
            assertThat(c.type()).isEqualTo(QuoteType.PARTIAL);
            assertThat(c.text()).isEqualTo("in principle");
        }

        @Test
        void accordingToNamesTheSource() {
            Candidate c = only(extract("According to the Elysee, “the substance” of the summit is ready.", ELYSEE));
            assertThat(c.speaker().name()).isEqualTo("Élysée Palace");
            assertThat(c.speaker().id()).isEqualTo(3L);
        }

        @Test
        void anotherCueInTheSentenceMakesAccordingToTheReportingPath() {
            Candidate c = containing(extract("Zelensky spoke first. The Ukrainian president assured that he would "
                    + "“not respond to provocations”, according to the French presidency.", ZELENSKYY, ELYSEE),
                    "provocations");
            assertThat(c.speaker().name()).isEqualTo("Volodymyr Zelenskyy");
            assertThat(c.reportedVia()).isEqualTo("according to the French presidency");
        }

        @Test
        void reportedSpeechWithoutQuoteMarksIsIndirect() {
            Candidate c = only(extract("Anna Berg added that the border would stay closed until March."));
            assertThat(c.type()).isEqualTo(QuoteType.INDIRECT);
            assertThat(c.text()).isEqualTo("the border would stay closed until March");
            assertThat(c.speaker().name()).isEqualTo("Anna Berg");
        }

        @Test
        void aNegatedOrPassiveVerbReportsNothing() {
            assertThat(extract("The Kremlin did not say how many soldiers take part in the exercises.")).isEmpty();
            assertThat(extract("The details were announced well after 2 am in Moscow.")).isEmpty();
        }
    }

    @Nested
    class Speakers {

        @Test
        void heIsTheSpeakerNamedBefore() {
            List<Candidate> candidates = extract("“Tension is rising,” Peskov told Rossiya 1 state TV.\n\n"
                    + "“This is a very harmful practice,” he warned.", PESKOV);
            Candidate second = containing(candidates, "harmful practice");
            assertThat(second.speaker().name()).isEqualTo("Dmitry Peskov");
            assertThat(second.speaker().written()).isEqualTo("he");
            assertThat(second.speaker().id()).isEqualTo(7L);
        }

        @Test
        void aTitleResolvesToTheSpeakerTheArticleNamedBefore() {
            String named = "Dmitri Peskov spoke on Sunday. The Kremlin spokesman said that the drills would end soon.";
            assertThat(only(extract(named, PESKOV)).speaker().name()).isEqualTo("Dmitry Peskov");
            String unnamed = "The Kremlin spokesman said that the drills would end soon.";
            assertThat(only(extract(unnamed, PESKOV)).speaker().id()).isNull();
        }

        @Test
        void aDescriptionWithANationalityFindsTheRoleAndCountry() {
            Candidate c = containing(extract("Macron called Zelensky. In the call, the Ukrainian president said "
                    + "he would “not respond to provocations”.", ZELENSKYY), "provocations");
            assertThat(c.speaker().name()).isEqualTo("Volodymyr Zelenskyy");
            assertThat(c.speaker().written()).isEqualTo("the Ukrainian president");
        }

        @Test
        void anAppositionOrATitleGivesTheRole() {
            Candidate c = only(extract("“This is war,” Dmitri Stefanovich, a researcher at IMEMO RAS, told Reuters."));
            assertThat(c.speaker().name()).isEqualTo("Dmitri Stefanovich");
            assertThat(c.role()).isEqualTo("Researcher at IMEMO RAS");
            Candidate titled = only(extract("Kremlin spokesman Dmitri Peskov said: “We are calm.”"));
            assertThat(titled.speaker().name()).isEqualTo("Dmitri Peskov");
            assertThat(titled.role()).isEqualTo("Kremlin spokesman");
        }

        @Test
        void aSurnameRefersBackToTheFullName() {
            List<Candidate> candidates = extract("Anna Berg arrived late. “We wait,” Anna Berg said.\n\n"
                    + "“We still wait,” Berg added.");
            assertThat(containing(candidates, "still").speaker().name()).isEqualTo("Anna Berg");
        }

        @Test
        void organisationsSpeakToo() {
            Candidate c = only(extract("The French presidency stressed that both leaders have pledged to carry out "
                    + "“all actions” to avoid escalation.", ELYSEE));
            assertThat(c.speaker().name()).isEqualTo("Élysée Palace");
        }

        @Test
        void aParagraphThatGoesOnQuotingKeepsItsSpeaker() {
            List<Candidate> candidates = extract("Jen Psaki said the US “is committed to diplomacy”.\n\n"
                    + "“We are always ready for diplomacy. We are also ready to impose severe consequences.”");
            assertThat(containing(candidates, "always ready").speaker().name()).isEqualTo("Jen Psaki");
        }
    }

    @Nested
    class Venues {

        private VenueKind venueOf(String text) {
            VenueHint hint = only(extract(text)).venue();
            return hint == null ? null : hint.kind();
        }

        @Test
        void cuesAroundTheQuoteHintAtTheVenue() {
            assertThat(venueOf("“It is war,” Anna Berg told Reuters.")).isEqualTo(VenueKind.NEWS_AGENCY_INTERVIEW);
            assertThat(venueOf("“It is war,” Anna Berg told Rossiya 1 state TV.")).isEqualTo(VenueKind.TV_INTERVIEW);
            assertThat(venueOf("“It is war,” Anna Berg said on his Telegram account."))
                    .isEqualTo(VenueKind.SOCIAL_MEDIA_POST);
            assertThat(venueOf("“It is war,” said Anna Berg, attending the Munich Security Conference."))
                    .isEqualTo(VenueKind.CONFERENCE);
            assertThat(venueOf("Anna Berg said in a statement that “it is war”.")).isEqualTo(VenueKind.PRESS_STATEMENT);
        }

        @Test
        void everyVenueKindIsFoundWhereItsWordsAre() {
            // A sentence is searched for a kind only if it holds a word the kind's patterns open with.
            assertThat(venueOf("“It is war,” Anna Berg told CNN.")).isEqualTo(VenueKind.TV_INTERVIEW);
            assertThat(venueOf("“It is war,” Anna Berg said in a radio interview.")).isEqualTo(VenueKind.RADIO_INTERVIEW);
            assertThat(venueOf("“It is war,” Anna Berg told the Guardian.")).isEqualTo(VenueKind.PRINT_INTERVIEW);
            assertThat(venueOf("“It is war,” Anna Berg tweeted.")).isEqualTo(VenueKind.SOCIAL_MEDIA_POST);
            assertThat(venueOf("“It is war,” Anna Berg said at a press conference."))
                    .isEqualTo(VenueKind.PRESS_CONFERENCE);
            assertThat(venueOf("In the call, Anna Berg said: “It is war.”")).isEqualTo(VenueKind.PHONE_CALL_READOUT);
            assertThat(venueOf("“It is war,” Anna Berg said in a speech.")).isEqualTo(VenueKind.SPEECH);
            assertThat(venueOf("“It is war,” Anna Berg said in the headlines.")).isEqualTo(VenueKind.BROADCAST_HEADLINE);
            assertThat(venueOf("“It is war,” Anna Berg said in a video.")).isEqualTo(VenueKind.VIDEO);
            assertThat(venueOf("“It is war,” Anna Berg said on state TV.")).isEqualTo(VenueKind.BROADCAST);
        }

        @Test
        void toldReutersIsAlsoTheReportingPath() {
            assertThat(only(extract("“It is war,” Anna Berg told Reuters.")).reportedVia()).isEqualTo("told Reuters");
        }
    }

    @Nested
    class Dates {

        private Candidate dated(String text) {
            return only(extract(text));
        }

        @Test
        void everyShapeOfDateIsReadWhateverWordItOpensWith() {
            // A sentence is searched for dates only if it holds a word or digit a date opens with (DateCues).
            assertThat(dated("Anna Berg said on February 3: “We wait.”").spokenOn()).isEqualTo(LocalDate.of(2022, 2, 3));
            assertThat(dated("Anna Berg said on 3 February: “We wait.”").spokenOn()).isEqualTo(LocalDate.of(2022, 2, 3));
            assertThat(dated("Anna Berg said between February 20 and 21: “We wait.”").spokenUntil())
                    .isEqualTo(LocalDate.of(2022, 2, 21));
            assertThat(dated("Anna Berg said between Sunday and Monday: “We wait.”").spokenUntil())
                    .isEqualTo(LocalDate.of(2022, 2, 21));
            assertThat(dated("Anna Berg said last month: “We wait.”").datePrecision()).isEqualTo(DatePrecision.MONTH);
            assertThat(dated("Anna Berg said yesterday: “We wait.”").spokenOn()).isEqualTo(LocalDate.of(2022, 2, 21));
            assertThat(dated("Anna Berg said today: “We wait.”").datePrecision()).isEqualTo(DatePrecision.DAY);
        }

        @Test
        void weekdaysAreTheLatestOnOrBeforePublication() {
            Candidate c = dated("On Saturday, Anna Berg said: “We wait.”");
            assertThat(c.spokenOn()).isEqualTo(LocalDate.of(2022, 2, 19));
            assertThat(c.datePrecision()).isEqualTo(DatePrecision.DAY);
            assertThat(dated("Anna Berg said Thursday that “we wait”.").spokenOn()).isEqualTo(LocalDate.of(2022, 2, 17));
        }

        @Test
        void thisSundayTheTwentiethIsThatDayAndTodayFollowsIt() {
            List<Candidate> candidates = extract("This Sunday, the 20th, Anna Berg said: “We wait.”\n\n"
                    + "Carl Dahl spoke this afternoon, in what he called “the last attempt”.");
            assertThat(candidates).extracting(Candidate::spokenOn)
                    .containsExactly(LocalDate.of(2022, 2, 20), LocalDate.of(2022, 2, 20));
        }

        @Test
        void lastWeekIsTheWeekBeforePublication() {
            Candidate c = dated("Last week, Anna Berg claimed that the troops had left the border region.");
            assertThat(c.spokenOn()).isEqualTo(LocalDate.of(2022, 2, 14));
            assertThat(c.datePrecision()).isEqualTo(DatePrecision.WEEK);
        }

        @Test
        void sinceAWeekdayIsOnOrAfterIt() {
            Candidate c = dated("Since Wednesday, Moscow has been announcing the return of its troops to their bases.");
            assertThat(c.spokenOn()).isEqualTo(LocalDate.of(2022, 2, 16));
            assertThat(c.datePrecision()).isEqualTo(DatePrecision.ON_OR_AFTER);
        }

        @Test
        void theSameDayIsTheDayOfTheStatementBefore() {
            List<Candidate> candidates = extract("On Saturday, Anna Berg said: “We wait.”\n\n"
                    + "On the same day Carl Dahl warned that the drills would go on for weeks.");
            assertThat(containing(candidates, "drills").spokenOn()).isEqualTo(LocalDate.of(2022, 2, 19));
        }

        @Test
        void withoutADateTheStatementWasMadeOnOrBeforePublication() {
            Candidate c = dated("“We wait,” Anna Berg said.");
            assertThat(c.spokenOn()).isEqualTo(PUBLISHED);
            assertThat(c.datePrecision()).isEqualTo(DatePrecision.ON_OR_BEFORE);
        }

        @Test
        void aDateInsideWhatWasSaidIsNotTheDateItWasSaid() {
            Candidate c = dated("According to Kiev, there were more than 100 ceasefire violations on Sunday.");
            assertThat(c.spokenOn()).isEqualTo(PUBLISHED);
            assertThat(c.datePrecision()).isEqualTo(DatePrecision.ON_OR_BEFORE);
        }

        @Test
        void anImpossibleDayOfTheMonthIsIgnored() {
            Candidate c = dated("“Hi there, all of you,” Anna Berg said on Sunday, the 0th.");
            assertThat(c.spokenOn()).isEqualTo(LocalDate.of(2022, 2, 20));
        }
    }
}
