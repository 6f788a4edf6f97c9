package org.quotedesk.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quotedesk.support.Api;
import org.quotedesk.support.Seed;

@QuarkusTest
class SpeakerApiTest {

    @Test
    void speakersAreListedByNameWithTheirQuoteCounts() {
        JsonPath body = given().queryParam("size", 100).get("/api/speakers")
                .then().statusCode(200).body("total", equalTo(Seed.SPEAKERS)).extract().jsonPath();
        List<String> names = body.getList("items.name");
        assertThat(names).isSorted();
        List<Integer> counts = body.getList("items.quoteCount", Integer.class);
        assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(Seed.QUOTES);
    }

    @Test
    void aSpeakerCarriesAliasesKindRoleAndCount() {
        long peskov = speakerId("Dmitry Peskov");
        given().get("/api/speakers/{id}", peskov)
                .then().statusCode(200)
                .body("name", equalTo("Dmitry Peskov"))
                .body("aliases", contains("Dmitri Peskov", "Peskov"))
                .body("kind", equalTo("PERSON"))
                .body("role", equalTo("Kremlin spokesman"))
                .body("affiliation", equalTo("Russia"))
                .body("quoteCount", equalTo(5));
    }

    @Test
    void aSpeakersQuotesAreTheirsOnlyAndComeByDate() {
        long peskov = speakerId("Dmitry Peskov");
        given().get("/api/speakers/{id}/quotes", peskov)
                .then().statusCode(200)
                .body("total", equalTo(5))
                .body("items.speaker.id", everyItem(equalTo((int) peskov)))
                .body("items.spokenOn", everyItem(equalTo("2022-02-20")));
    }

    @Test
    void unknownSpeakersAre404Problems() {
        given().get("/api/speakers/{id}", 424242).then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("No speaker with id 424242"));
        given().get("/api/speakers/{id}/quotes", 424242).then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("No speaker with id 424242"));
    }

    @Test
    void speakerQuotesRejectBadPaging() {
        given().queryParam("size", 1000).get("/api/speakers/{id}/quotes", speakerId("Joe Biden"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("'invalid-params'[0].name", equalTo("size"));
    }

    static long speakerId(String name) {
        List<Map<String, Object>> speakers = given().queryParam("size", 100).get("/api/speakers")
                .then().statusCode(200).extract().jsonPath().getList("items");
        return speakers.stream().filter(s -> name.equals(s.get("name"))).mapToLong(Api::id).findFirst()
                .orElseThrow(() -> new AssertionError("no speaker named " + name));
    }
}
