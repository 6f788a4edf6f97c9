package org.quotedesk.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quotedesk.support.Api;
import org.quotedesk.support.Seed;

@QuarkusTest
class QuoteApiTest {

    @Test
    void listHasTheDocumentedEnvelopeAndDefaultPageSize() {
        given().get("/api/quotes")
                .then().statusCode(200)
                .contentType("application/json")
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("total", equalTo(Seed.QUOTES))
                .body("items", hasSize(20));
    }

    @Test
    void aQuoteHasExactlyTheDocumentedShape() {
        Map<String, Object> quote = given().get("/api/quotes/{id}", firstQuoteId())
                .then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(quote).containsKeys("id", "text", "type", "speaker", "venue", "spokenOn", "datePrecision",
                "source", "start", "end", "reportedVia", "status", "language", "version");
        assertThat(Api.child(quote, "speaker")).containsOnlyKeys("id", "name", "kind", "role");
        assertThat(Api.child(quote, "source")).containsOnlyKeys("id", "title", "publisher", "publishedOn", "url",
                "locator");
        assertThat((String) quote.get("spokenOn")).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void venueIsAnObjectOrNull() {
        List<Map<String, Object>> quotes = Api.allQuotes();
        assertThat(quotes).anySatisfy(q -> assertThat(q.get("venue")).isNull());
        assertThat(quotes).filteredOn(q -> q.get("venue") != null)
                .isNotEmpty()
                .allSatisfy(q -> assertThat(Api.child(q, "venue")).containsOnlyKeys("id", "name", "kind"));
    }

    @Test
    void quotesAreOrderedByDateSaidThenIdAcrossPages() {
        List<Map<String, Object>> quotes = Api.allQuotes();
        assertThat(quotes).hasSize(Seed.QUOTES);
        Comparator<Map<String, Object>> byDateThenId = Comparator
                .comparing((Map<String, Object> q) -> (String) q.get("spokenOn"),
                        Comparator.nullsLast(Comparator.comparing(LocalDate::parse)))
                .thenComparingLong(Api::id);
        assertThat(quotes).isSortedAccordingTo(byDateThenId);
        assertThat(quotes).extracting(Api::id).doesNotHaveDuplicates();
    }

    @Test
    void pagesSplitTheListWithoutGapsOrOverlap() {
        List<Long> all = Api.allQuotes().stream().map(Api::id).toList();
        List<Long> secondPage = given().queryParam("page", 1).queryParam("size", 10).get("/api/quotes")
                .then().statusCode(200).body("page", equalTo(1)).body("size", equalTo(10))
                .extract().jsonPath().getList("items.id", Long.class);
        assertThat(secondPage).isEqualTo(all.subList(10, 20));
    }

    @Test
    void aPageBeyondTheEndIsEmptyButKeepsTheTotal() {
        given().queryParam("page", 50).get("/api/quotes")
                .then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(Seed.QUOTES));
    }

    @ParameterizedTest
    @CsvSource({
        "size, 101", "size, 0", "size, -5", "size, twenty", "page, -1", "page, 1.5", "page, 99999999999",
        "size, '100 OR 1=1'"
    })
    void badPagingIsA400ProblemNamingTheParameter(String parameter, String value) {
        given().queryParam(parameter, value).get("/api/quotes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Bad Request"))
                .body("detail", containsString(parameter))
                .body("instance", equalTo("/api/quotes"))
                .body("'invalid-params'[0].name", equalTo(parameter))
                .body("'invalid-params'[0].in", equalTo("query"))
                .body(not(containsString("Exception")));
    }

    @Test
    void theLargestPageSizeIsAccepted() {
        given().queryParam("size", 100).get("/api/quotes")
                .then().statusCode(200).body("size", equalTo(100)).body("items", hasSize(Seed.QUOTES));
    }

    @Test
    void anUnknownIdIsA404ProblemNamingTheId() {
        given().get("/api/quotes/{id}", 987654)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", equalTo("No quote with id 987654"))
                .body("'invalid-params'[0].name", equalTo("id"))
                .body("'invalid-params'[0].in", equalTo("path"));
    }

    @ParameterizedTest
    @CsvSource({"abc", "1.5", "99999999999999999999999", "%27%20OR%201=1"})
    void aMalformedIdIsA404Problem(String id) {
        given().urlEncodingEnabled(false).get("/api/quotes/" + id)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body(not(containsString("Exception")));
    }

    private static long firstQuoteId() {
        return given().get("/api/quotes").then().extract().jsonPath().getLong("items[0].id");
    }
}
