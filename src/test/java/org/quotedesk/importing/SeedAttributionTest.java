package org.quotedesk.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quotedesk.support.Api;

/**
 * The seed's reading of the article: speakers resolved from pronouns and titles, venues, reporting
 * paths and dates resolved from the article's relative dates (dated Tuesday 2022-02-22; "this
 * Sunday, the 20th"; Saturday the 19th; "last week" the week of the 14th).
 */
@QuarkusTest
class SeedAttributionTest {

    record Expected(String fragment, String type, String speaker, String venueKind, String spokenOn,
            String precision, String reportedVia) {
    }

    static Stream<Expected> attributions() {
        return Stream.of(
                // "he warned", right after Peskov's quote
                new Expected("The daily exercise of announcing dates", "DIRECT", "Dmitry Peskov", "TV_INTERVIEW",
                        "2022-02-20", "DAY", "told Rossiya 1 state TV"),
                new Expected("any tiny planned provocation", "DIRECT", "Dmitry Peskov", "TV_INTERVIEW",
                        "2022-02-20", "DAY", "told Rossiya 1 state TV"),
                new Expected("repeated predictions of a Russian invasion", "INDIRECT", "Dmitry Peskov", "TV_INTERVIEW",
                        "2022-02-20", "DAY", "told Rossiya 1 state TV"),
                // "he said", right after Stefanovich's quote
                new Expected("the problem is much bigger than Ukraine", "DIRECT", "Dmitry Stefanovich",
                        "NEWS_AGENCY_INTERVIEW", "2022-02-22", "ON_OR_BEFORE", "told Reuters"),
                new Expected("biggest risk of war in Europe since 1945", "INDIRECT", "Boris Johnson", null,
                        "2022-02-19", "DAY", null),
                new Expected("a charge that Kiev denies", "INDIRECT", "Government of Ukraine", null,
                        "2022-02-22", "ON_OR_BEFORE", null),
                new Expected("US intelligence had information", "INDIRECT", "Joe Biden", null,
                        "2022-02-14", "WEEK", null),
                // "the Ukrainian president", then "He also asked"
                new Expected("not respond to provocations", "PARTIAL", "Volodymyr Zelenskyy", "PHONE_CALL_READOUT",
                        "2022-02-20", "DAY", "according to the French presidency"),
                new Expected("Ukraine’s readiness for dialogue.", "PARTIAL", "Volodymyr Zelenskyy",
                        "PHONE_CALL_READOUT", "2022-02-20", "DAY", "according to the French presidency"),
                new Expected("presidents of Belarus and Russia decided", "DIRECT", "Ministry of Defence of Belarus",
                        "SOCIAL_MEDIA_POST", "2022-02-20", "DAY", null),
                new Expected("extension of training", "PARTIAL", "Government of Belarus", null,
                        "2022-02-20", "DAY", null),
                new Expected("talking about war where there hasn’t been war", "DIRECT", "Kamala Harris", "CONFERENCE",
                        "2022-02-22", "ON_OR_BEFORE", null),
                new Expected("Polish saboteurs", "PARTIAL", "Separatist leadership in Donetsk and Luhansk", "VIDEO",
                        "2022-02-22", "ON_OR_BEFORE", null),
                new Expected("a full military deployment", "INDIRECT", "Separatist leadership in Donetsk and Luhansk",
                        null, "2022-02-19", "DAY", null),
                new Expected("the Kremlin denies invasion", "PARTIAL", "Russian state television",
                        "BROADCAST_HEADLINE", "2022-02-22", "ON_OR_BEFORE", null),
                new Expected("nearly 2,000 ceasefire violations", "INDIRECT",
                        "Organization for Security and Co-operation in Europe", null, "2022-02-19", "DAY", null),
                new Expected("Secretary Blinken and Foreign Minister Lavrov", "DIRECT", "Jen Psaki", "PRESS_STATEMENT",
                        "2022-02-20", "BETWEEN", null),
                new Expected("provocations", "PARTIAL", "Vladimir Putin", "PHONE_CALL_READOUT",
                        "2022-02-20", "DAY", null),
                new Expected("in principle", "PARTIAL", "Élysée Palace", "PRESS_STATEMENT",
                        "2022-02-20", "BETWEEN", null),
                new Expected("the last possible attempt", "PARTIAL", "Élysée Palace", "PHONE_CALL_READOUT",
                        "2022-02-20", "DAY", null));
    }

    @ParameterizedTest
    @MethodSource("attributions")
    void theSeedAttributesTheQuoteAsTheArticleDoes(Expected expected) {
        Map<String, Object> quote = onlyQuoteWith(expected.fragment());
        assertThat(quote.get("type")).isEqualTo(expected.type());
        assertThat(Api.child(quote, "speaker").get("name")).isEqualTo(expected.speaker());
        Map<String, Object> venue = Api.child(quote, "venue");
        assertThat(venue == null ? null : venue.get("kind")).isEqualTo(expected.venueKind());
        assertThat(quote.get("spokenOn")).isEqualTo(expected.spokenOn());
        assertThat(quote.get("datePrecision")).isEqualTo(expected.precision());
        assertThat(quote.get("reportedVia")).isEqualTo(expected.reportedVia());
    }

    /**
     * Announced "well after 2 am in Moscow" after a call of Sunday afternoon, and Psaki's statement
     * "after the meeting's announcement": both in the night of 20 to 21 February.
     */
    @Test
    void theAnnouncementAndTheStatementAfterItAreDatedToTheNightAfterSunday() {
        List<Map<String, Object>> night = Api.allQuotes().stream()
                .filter(q -> "BETWEEN".equals(q.get("datePrecision"))).toList();
        assertThat(night).extracting(q -> Api.child(q, "speaker").get("name"))
                .containsOnly("Élysée Palace", "Jen Psaki").hasSize(8);
        assertThat(night).allSatisfy(q -> assertThat(q).containsEntry("spokenOn", "2022-02-20")
                .containsEntry("spokenUntil", "2022-02-21"));
    }

    @Test
    void rolesAreThoseAtTheTime() {
        assertThat(Api.child(onlyQuoteWith("The daily exercise"), "speaker").get("role"))
                .isEqualTo("Kremlin spokesman");
        assertThat(Api.child(onlyQuoteWith("Secretary Blinken"), "speaker").get("role"))
                .isEqualTo("White House Press Secretary");
        assertThat(Api.child(onlyQuoteWith("talking about war"), "speaker").get("role"))
                .isEqualTo("Vice President of the United States");
    }

    @Test
    void scareQuotesAreNotStatements() {
        assertThat(Api.allQuotes()).noneSatisfy(q -> assertThat((String) q.get("text")).contains("false flag"));
    }

    @Test
    void everyKindOfSpeakerSpeaks() {
        assertThat(Api.allQuotes()).extracting(q -> Api.child(q, "speaker").get("kind"))
                .contains("PERSON", "ORGANIZATION", "GROUP");
    }

    /** The quote whose text is the fragment, or else the only one containing it. */
    private static Map<String, Object> onlyQuoteWith(String fragment) {
        List<Map<String, Object>> quotes = Api.allQuotes();
        List<Map<String, Object>> matches = quotes.stream().filter(q -> fragment.equals(q.get("text"))).toList();
        if (matches.isEmpty()) {
            matches = quotes.stream().filter(q -> ((String) q.get("text")).contains(fragment)).toList();
        }
        assertThat(matches).as("quotes with '%s'", fragment).hasSize(1);
        return matches.get(0);
    }
}
