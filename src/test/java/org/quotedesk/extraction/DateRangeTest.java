package org.quotedesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotedesk.catalogue.quote.DatePrecision;

/** Dates read as ranges, and which of several dates near a quote is its own; each on a short text written for it. */
class DateRangeTest {

    /** A Tuesday: Monday is the day before, Wednesday the 16th. */
    private static final LocalDate PUBLISHED = LocalDate.of(2022, 2, 22);

    private static List<Candidate> extract(String text) {
        return Extractor.extract(text, PUBLISHED, List.of());
    }

    private static Candidate containing(List<Candidate> candidates, String words) {
        return candidates.stream().filter(c -> c.text().contains(words)).findFirst().orElseThrow();
    }

    private static void assertDated(Candidate c, DatePrecision precision, LocalDate on, LocalDate until) {
        assertThat(c.datePrecision()).as(c.text()).isEqualTo(precision);
        assertThat(c.spokenOn()).as(c.text()).isEqualTo(on);
        assertThat(c.spokenUntil()).as(c.text()).isEqualTo(until);
    }

    @Test
    void betweenTwoDaysOfAMonthIsARange() {
        Candidate c = extract("Between 14 and 16 Feb 2022, Anna Berg said that “the gates stay shut”.").get(0);
        assertDated(c, DatePrecision.BETWEEN, LocalDate.of(2022, 2, 14), LocalDate.of(2022, 2, 16));
    }

    @Test
    void betweenDaysOfTwoMonthsIsARange() {
        Candidate c = extract("“The gates stay shut,” Anna Berg said between 30 January and 2 February.").get(0);
        assertDated(c, DatePrecision.BETWEEN, LocalDate.of(2022, 1, 30), LocalDate.of(2022, 2, 2));
    }

    @Test
    void betweenTwoWeekdaysIsARangeOfThatWeek() {
        Candidate c = extract("“The gates stay shut,” Anna Berg told farmers between Monday and Wednesday.").get(0);
        assertDated(c, DatePrecision.BETWEEN, LocalDate.of(2022, 2, 14), LocalDate.of(2022, 2, 16));
    }

    @Test
    void numbersBetweenOtherNumbersAreNoDates() {
        Candidate c = extract("“Between 150,000 and 190,000 troops are there,” Anna Berg said.").get(0);
        assertDated(c, DatePrecision.ON_OR_BEFORE, PUBLISHED, null);
    }

    @Test
    void theDateOfTheQuotesOwnSentenceWinsOverTheParagraphs() {
        List<Candidate> candidates = extract("On Monday, Anna Berg met the farmers' leaders and said: “We listen.” "
                + "“We will not give up the border,” she told reporters on Wednesday.");
        assertDated(containing(candidates, "We listen"), DatePrecision.DAY, LocalDate.of(2022, 2, 21), null);
        assertDated(containing(candidates, "give up"), DatePrecision.DAY, LocalDate.of(2022, 2, 16), null);
    }

    @Test
    void aDateOfTheAttributionBeatsAnEarlierDateInTheSameSentence() {
        Candidate c = extract("Anna Berg, whose talks with the farmers began on Monday, told reporters on Wednesday"
                + " that “nothing has moved”.").get(0);
        assertDated(c, DatePrecision.DAY, LocalDate.of(2022, 2, 16), null);
    }

    @Test
    void aDateInAClauseAboutTheSpeakerStillDatesAQuoteWithoutAnother() {
        Candidate c = extract("Anna Berg, who met reporters on Wednesday, said that “nothing has moved”.").get(0);
        assertDated(c, DatePrecision.DAY, LocalDate.of(2022, 2, 16), null);
    }

    @Test
    void aUsStyleRangeNamesTheMonthFirst() {
        Candidate c = extract("“The gates stay shut,” Anna Berg said between February 20 and 21, 2022.").get(0);
        assertDated(c, DatePrecision.BETWEEN, LocalDate.of(2022, 2, 20), LocalDate.of(2022, 2, 21));
    }

    @Test
    void aRangeEndingAfterPublicationIsNoDate() {
        Candidate c = extract("“The gates stay shut,” Anna Berg said between 20 and 24 February 2022.").get(0);
        assertDated(c, DatePrecision.ON_OR_BEFORE, PUBLISHED, null);
    }

    @Test
    void aStatementAfterAnAnnouncementIsOnOrAfterItsDayAndNoLaterThanPublication() {
        List<Candidate> candidates = extract("On Saturday, Anna Berg said the talks would open: “We go.”\n\n"
                + "Carl Dahl said in a statement after the ministry's announcement that “nothing is settled”.");
        assertDated(containing(candidates, "nothing is settled"), DatePrecision.BETWEEN, LocalDate.of(2022, 2, 19),
                PUBLISHED);
    }

    @Test
    void anAnnouncementWellAfterTwoAmFollowingTheArticlesSundayWasMadeThatNightAndDatesItsLead() {
        List<Candidate> candidates = extract("The government said the two sides had agreed “in principle” to meet.\n\n"
                + "This Sunday, the 20th, the talks went on into the evening.\n\n"
                + "The agreement was announced well after 2 am in Oslo.\n\n"
                + "Carl Dahl said in a statement after the announcement that “we welcome it”.\n\n"
                + "“We were not asked,” Anna Berg said.");
        LocalDate sunday = LocalDate.of(2022, 2, 20);
        assertDated(containing(candidates, "in principle"), DatePrecision.BETWEEN, sunday, sunday.plusDays(1));
        assertDated(containing(candidates, "we welcome it"), DatePrecision.BETWEEN, sunday, sunday.plusDays(1));
        assertDated(containing(candidates, "not asked"), DatePrecision.ON_OR_BEFORE, PUBLISHED, null);
    }

    @Test
    void anAnnouncementOvernightInAnArticleOfItsDayWasMadeTheNightBefore() {
        List<Candidate> candidates = extract("The ministry said the border “will reopen”.\n\n"
                + "The decision was announced overnight.");
        assertDated(candidates.get(0), DatePrecision.BETWEEN, PUBLISHED.minusDays(1), PUBLISHED);
    }

    @Test
    void aWeekendIsNotTheWeekItEnds() {
        Candidate c = extract("“The gates stay shut,” Anna Berg said this weekend.").get(0);
        assertDated(c, DatePrecision.ON_OR_BEFORE, PUBLISHED, null);
    }

    @Test
    void theFollowingDayCountsFromTheStatementBefore() {
        List<Candidate> candidates = extract("On Monday, Anna Berg said: “We wait.” "
                + "The following day Carl Dahl said that “the talks resume”.");
        assertDated(containing(candidates, "We wait"), DatePrecision.DAY, LocalDate.of(2022, 2, 21), null);
        assertDated(containing(candidates, "talks resume"), DatePrecision.DAY, PUBLISHED, null);
    }

    @Test
    void aWeekdayToComeDatesNothing() {
        Candidate c = extract("Carl Dahl, who meets the farmers next Friday, said: “We have a new offer.”").get(0);
        assertDated(c, DatePrecision.ON_OR_BEFORE, PUBLISHED, null);
    }

    @Test
    void aDateOfASecondLanguageIsReadInItsOwnWordsOnly() {
        Candidate german = Extractor.extract("„Wir warten ab“, sagte Paul Weber on Monday.", PUBLISHED, List.of(),
                Deadline.NONE, Language.of("de")).get(0);
        assertDated(german, DatePrecision.ON_OR_BEFORE, PUBLISHED, null);
    }

    @Test
    void aDayFarBeyondTheQuoteInOneLongSentenceIsNotItsOwn() {
        String filler = "and the ferry and the harbour and the islands ".repeat(12);
        List<Candidate> near = extract("“The gates stay shut,” Anna Berg told farmers " + filler.substring(0, 200) + " on Monday.");
        List<Candidate> far = extract("“The gates stay shut,” Anna Berg told farmers " + filler + " on Monday.");
        assertDated(near.get(0), DatePrecision.DAY, LocalDate.of(2022, 2, 21), null);
        assertThat(far.get(0).spokenOn()).isNotEqualTo(LocalDate.of(2022, 2, 21));
    }
}
