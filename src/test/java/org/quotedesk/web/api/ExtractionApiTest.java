package org.quotedesk.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quotedesk.extraction.ExtractionService;
import org.quotedesk.support.Api;
import org.quotedesk.support.Seed;
import org.quotedesk.support.SlowTexts;

/** {@code POST /api/extract}, first on the seed article, whose every quote the extractor must find. */
@QuarkusTest
class ExtractionApiTest {

    @Test
    void everySeedQuoteIsFoundWithTheSameTypeSpeakerAndDateOrRange() {
        List<Map<String, Object>> seed = Api.allQuotes();
        assertThat(seed).hasSize(Seed.QUOTES);
        Map<String, Object> source = Api.child(seed.get(0), "source");
        String text = Api.sourceText(Api.id(source));

        List<Map<String, Object>> candidates = given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "publishedOn", source.get("publishedOn")))
                .post("/api/extract").then().statusCode(200).extract().jsonPath().getList("candidates");

        List<String> misses = new ArrayList<>();
        for (Map<String, Object> quote : seed) {
            Map<String, Object> found = overlapping(candidates, (Integer) quote.get("start"), (Integer) quote.get("end"));
            Map<String, Object> speaker = Api.child(quote, "speaker");
            if (found == null) {
                misses.add("not found: " + quote.get("text"));
            } else if (!quote.get("type").equals(found.get("type"))
                    || !speaker.get("name").equals(Api.child(found, "speaker").get("name"))
                    || !speaker.get("id").equals(Api.child(found, "speaker").get("id"))
                    || !quote.get("spokenOn").equals(found.get("spokenOn"))
                    || !quote.get("datePrecision").equals(found.get("datePrecision"))
                    || !Objects.equals(quote.get("spokenUntil"), found.get("spokenUntil"))) {
                misses.add("seed " + quote.get("type") + " " + speaker.get("name") + " " + quote.get("spokenOn") + " "
                        + quote.get("datePrecision") + " " + quote.get("spokenUntil") + ", found " + found.get("type") + " "
                        + Api.child(found, "speaker").get("name") + " " + found.get("spokenOn") + " "
                        + found.get("datePrecision") + " " + found.get("spokenUntil") + ": " + quote.get("text"));
            }
        }
        assertThat(misses).isEmpty();
        assertThat(candidates).as("nothing proposed beyond the seed's quotes").hasSize(Seed.QUOTES);
        for (Map<String, Object> c : candidates) {
            assertThat(text.substring((Integer) c.get("start"), (Integer) c.get("end"))).isEqualTo(c.get("text"));
        }
    }

    @Test
    void theSpeakerIsGivenAsWrittenAndResolvedWithTheVenueAndConfidence() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "Dmitri Peskov spoke first.\n\n“It is a very harmful practice,” he told Reuters.",
                        "publishedOn", "2022-02-22"))
                .post("/api/extract").then().statusCode(200)
                .body("candidates[0].text", equalTo("It is a very harmful practice"))
                .body("candidates[0].start", equalTo(29))
                .body("candidates[0].end", equalTo(58))
                .body("candidates[0].type", equalTo("DIRECT"))
                .body("candidates[0].speaker.name", equalTo("Dmitry Peskov"))
                .body("candidates[0].speaker.written", equalTo("he"))
                .body("candidates[0].speaker.start", equalTo(61))
                .body("candidates[0].role", equalTo("Kremlin spokesman"))
                .body("candidates[0].venue.kind", equalTo("NEWS_AGENCY_INTERVIEW"))
                .body("candidates[0].spokenOn", equalTo("2022-02-22"))
                .body("candidates[0].datePrecision", equalTo("ON_OR_BEFORE"))
                .body("candidates[0].confidence", both(greaterThan(0f)).and(lessThan(1f)));
    }

    @Test
    void nothingIsStored() {
        long before = given().get("/api/quotes").then().extract().jsonPath().getLong("total");
        given().contentType(ContentType.JSON).body(Map.of("text", "“We wait,” Anna Berg said."))
                .post("/api/extract").then().statusCode(200).body("candidates[0].speaker.name", equalTo("Anna Berg"));
        assertThat(given().get("/api/quotes").then().extract().jsonPath().getLong("total")).isEqualTo(before);
        given().get("/api/speakers").then().body("name", org.hamcrest.Matchers.not(hasItem("Anna Berg")));
    }

    @Test
    void noTextOrTooMuchTextIsAProblemNamingTheField() {
        given().contentType(ContentType.JSON).body(Map.of("publishedOn", "2022-02-22"))
                .post("/api/extract").then().statusCode(400).contentType("application/problem+json")
                .body("'invalid-params'.name", hasItem("text"));
        given().contentType(ContentType.JSON).body(Map.of("text", "a".repeat(ExtractionService.MAX_TEXT_LENGTH + 1)))
                .post("/api/extract").then().statusCode(400).contentType("application/problem+json")
                .body("'invalid-params'.name", hasItem("text"));
    }

    @Test
    void aMalformedOrImpossibleDateIsAProblemNotAnError() {
        given().contentType(ContentType.JSON).body(Map.of("text", "“We wait,” Anna Berg said.", "publishedOn", "22/02"))
                .post("/api/extract").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("text", "Yesterday Anna Berg said that we would wait.",
                "publishedOn", "-999999999-01-01"))
                .post("/api/extract").then().statusCode(400).contentType("application/problem+json")
                .body("'invalid-params'.name", hasItem("publishedOn"));
    }

    @Test
    void aGermanArticleIsReadInTheLanguageGivenAndAnUnknownLanguageIsAProblem() {
        String text = "„Wir bleiben hier“, sagte die Bürgermeisterin Jana Brenner am Montag.";
        given().contentType(ContentType.JSON).body(Map.of("text", text, "publishedOn", "2022-02-22", "language", "de"))
                .post("/api/extract").then().statusCode(200)
                .body("candidates[0].text", equalTo("Wir bleiben hier"))
                .body("candidates[0].speaker.name", equalTo("Jana Brenner"));
        given().contentType(ContentType.JSON).body(Map.of("text", text, "language", "xx"))
                .post("/api/extract").then().statusCode(400).contentType("application/problem+json")
                .body("'invalid-params'.name", hasItem("language"));
    }

    /**
     * Texts made to be slow are answered, not abandoned at the time limit with a 503 (the limit is
     * 60 s under test, so that a busy machine cannot fail it; the eval command prints how long they
     * take).
     */
    @ParameterizedTest
    @MethodSource("org.quotedesk.support.SlowTexts#units")
    void aLongTextMadeToBeSlowIsReadWithinTheTimeLimit(String unit) {
        given().contentType(ContentType.JSON).body(Map.of("text", SlowTexts.of(unit), "publishedOn", "2022-02-22"))
                .post("/api/extract").then().statusCode(200);
    }

    private static Map<String, Object> overlapping(List<Map<String, Object>> candidates, int start, int end) {
        for (Map<String, Object> c : candidates) {
            if ((Integer) c.get("start") < end && (Integer) c.get("end") > start) {
                return c;
            }
        }
        return null;
    }
}
