package org.quotedesk.web.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.quotedesk.support.Seed;

@QuarkusTest
class SourceApiTest {

    @Test
    void theListLeavesTheFullTextOut() {
        given().get("/api/sources")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].publishedOn", equalTo("2022-02-22"))
                .body("items[0].language", equalTo("en"))
                .body("items[0].quoteCount", equalTo(Seed.QUOTES))
                .body("items[0]", not(hasKey("text")));
    }

    @Test
    void aSourceCarriesItsFullTextForProvenance() {
        long id = given().get("/api/sources").then().extract().jsonPath().getLong("items[0].id");
        given().get("/api/sources/{id}", id)
                .then().statusCode(200)
                .body("text", startsWith("PARIS – The French government said"))
                .body("text.length()", equalTo(10271))
                .body("publishedOn", equalTo("2022-02-22"));
    }

    @Test
    void anUnknownSourceIsA404Problem() {
        given().get("/api/sources/{id}", 555555).then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("No source with id 555555"));
    }
}
