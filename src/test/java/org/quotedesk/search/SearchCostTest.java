package org.quotedesk.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What one search may cost: bounded by its syntax, then by time. */
@QuarkusTest
class SearchCostTest {

    /** Before, 70 fuzzy words threw TooManyNestedClauses at search time on a large index: a 500. */
    @ParameterizedTest
    @ValueSource(ints = {6, 70, 110})
    void tooManyWordsWithVariantsAreA400NamingQ(int words) {
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < words; i++) {
            q.append("xy").append(i).append(i % 3 == 0 ? "~2 " : i % 3 == 1 ? "* " : "?z ");
        }
        given().queryParam("q", q.toString().strip()).get("/api/quotes").then().statusCode(400)
                .contentType("application/problem+json").body("'invalid-params'.name", hasItem("q"))
                .body("detail", containsString("at most 5 words with *, ? or ~"));
    }

    @Test
    void aFewWordsWithVariantsAreSearched() {
        given().queryParam("q", "harm* peskov~1 consequ?nces").get("/api/quotes").then().statusCode(200)
                .body("total", equalTo(1));
    }

    /** A regular expression may cost anything: its words are searched instead. */
    @Test
    void aRegularExpressionIsSearchedAsItsWords() {
        given().queryParam("q", "/harmful/").get("/api/quotes").then().statusCode(200)
                .body("total", equalTo(1));
        given().queryParam("q", "/.*a.*/").get("/api/quotes").then().statusCode(400)
                .body("'invalid-params'.name", hasItem("q"));
    }
}
