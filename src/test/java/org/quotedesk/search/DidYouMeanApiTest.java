package org.quotedesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotedesk.support.Api.search;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** "Did you mean": a query that finds nothing in the seed, and the spelling the index suggests. */
@QuarkusTest
class DidYouMeanApiTest {

    private static String suggested(Object... params) {
        JsonPath result = search(params);
        return result.getString("suggestion.q");
    }

    @Test
    void aMisspelledNameGetsTheIndexsSpellingWithWhatItFinds() {
        JsonPath result = search("q", "Peskow");
        assertThat(result.getLong("total")).isZero();
        assertThat(result.getString("suggestion.q")).isEqualTo("Peskov");
        assertThat(result.getLong("suggestion.total")).isEqualTo(5);
        assertThat(search("q", "Peskov").getLong("total")).isEqualTo(5);
    }

    @Test
    void onlyTheMisspelledWordsAreRewrittenThePrefixesAndPhrasesStay() {
        assertThat(suggested("q", "speaker:Peskow")).isEqualTo("speaker:Peskov");
        assertThat(suggested("q", "\"harmfol practice\"")).isEqualTo("\"harmful practice\"");
        assertThat(suggested("q", "Peskow harmful")).isEqualTo("Peskov harmful");
        assertThat(suggested("q", "source:sumit")).isEqualTo("source:summit");
        assertThat(suggested("q", "PESKOW")).isEqualTo("PESKOV");
    }

    @Test
    void aQueryWithHitsGetsNoSuggestion() {
        JsonPath result = search("q", "Peskov");
        assertThat(result.getLong("total")).isPositive();
        assertThat(result.getMap("").get("suggestion")).isNull();
    }

    @Test
    void nonsenseGetsNoSuggestion() {
        assertThat(suggested("q", "Xqzvwplk")).isNull();
        assertThat(search("q", "Xqzvwplk").getLong("total")).isZero();
    }

    @Test
    void wordsTheUserAskedVariantsOfAreLeftAlone() {
        assertThat(suggested("q", "Peskqw*")).isNull();
        assertThat(suggested("q", "Pezkow~1")).isNull();
    }

    @Test
    void aCorrectionThatWouldStillFindNothingIsNotOffered() {
        // "Peskov" is found, but not among Kamala Harris's quotes, nor in 2030.
        assertThat(suggested("q", "Peskow", "speaker", "Kamala Harris")).isNull();
        assertThat(suggested("q", "Peskow", "type", "DIRECT", "from", "2030-01-01")).isNull();
    }

    @Test
    void theFiltersAreKeptWhenCounting() {
        JsonPath result = search("q", "Peskow", "type", "DIRECT");
        assertThat(result.getString("suggestion.q")).isEqualTo("Peskov");
        assertThat(result.getLong("suggestion.total")).isEqualTo(search("q", "Peskov", "type", "DIRECT")
                .getLong("total")).isPositive();
    }
}
