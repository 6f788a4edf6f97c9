package org.quotedesk.web.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.quotedesk.support.Editor.editor;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quotedesk.support.Editor;
import org.quotedesk.support.WritableDatabase;

/** Writing speakers, venues and sources: validation, versions, re-indexing, and deletes that would orphan quotes. */
@QuarkusTest
@TestProfile(WritableDatabase.class)
class ReferenceWriteApiTest {

    private static final String TEXT = "Zorblax announced: the moons are aligned.";

    @Test
    void renamingASpeakerReindexesTheirQuotes() {
        long speaker = Editor.createSpeaker("Zorblax Quuxley", "Chancellor");
        long source = Editor.createSource("Bulletin " + System.nanoTime(), "2024-05-01", TEXT);
        Editor.createQuote(speaker, source, TEXT, "the moons are aligned");
        editor().body(Map.of("name", "Zorblax Quuxley-Vance", "aliases", List.of("Vance", "Z. Q. Vance"),
                        "kind", "PERSON", "role", "High Chancellor", "version", 0))
                .put("/api/speakers/{id}", speaker)
                .then().statusCode(200).body("version", equalTo(1)).body("aliases", contains("Vance", "Z. Q. Vance"))
                .body("quoteCount", equalTo(1));
        given().queryParam("q", "Vance").get("/api/quotes")
                .then().body("total", equalTo(1)).body("items[0].speaker.name", equalTo("Zorblax Quuxley-Vance"));
        given().queryParam("q", "\"High Chancellor\"").get("/api/quotes").then().body("total", equalTo(1));
        given().queryParam("speaker", "z. q. vance").get("/api/quotes").then().body("total", equalTo(1));
    }

    @Test
    void aSpeakerWithQuotesCannotBeDeleted() {
        long speaker = Editor.createSpeaker("Quoted Person " + System.nanoTime(), null);
        long unquoted = Editor.createSpeaker("Silent Person " + System.nanoTime(), null);
        long source = Editor.createSource("Bulletin " + System.nanoTime(), "2024-05-01", TEXT);
        Editor.createQuote(speaker, source, TEXT, "the moons are aligned");
        editor().delete("/api/speakers/{id}", speaker)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("1 quote(s)"));
        editor().delete("/api/sources/{id}", source).then().statusCode(409);
        editor().delete("/api/speakers/{id}", unquoted).then().statusCode(204);
        given().get("/api/speakers/{id}", unquoted).then().statusCode(404);
    }

    @Test
    void speakersAreValidated() {
        editor().body(Map.of("name", " ", "kind", "ALIEN", "wikidataId", "7747")).post("/api/speakers")
                .then().statusCode(400).body("'invalid-params'.name", hasItems("kind"));
        editor().body(Map.of("name", " ", "kind", "PERSON", "wikidataId", "7747")).post("/api/speakers")
                .then().statusCode(400).body("'invalid-params'.name", hasItems("name", "wikidataId"));
        long speaker = Editor.createSpeaker("Versioned " + System.nanoTime(), null);
        editor().body(Map.of("name", "Renamed", "kind", "GROUP", "version", 7)).put("/api/speakers/{id}", speaker)
                .then().statusCode(409).body("currentVersion", equalTo(0));
        editor().body(Map.of("name", "Renamed", "kind", "GROUP", "version", 0)).put("/api/speakers/{id}", 987_654)
                .then().statusCode(404);
    }

    @Test
    void venuesAreWrittenLikeSpeakers() {
        String location = editor().body(Map.of("name", "Press room " + System.nanoTime(), "kind", "PRESS_CONFERENCE",
                        "location", "Geneva"))
                .post("/api/venues").then().statusCode(201).extract().header("Location");
        long id = given().get(location).then().statusCode(200).body("location", equalTo("Geneva"))
                .extract().jsonPath().getLong("id");
        editor().body(Map.of("name", "Press room", "kind", "PRESS_CONFERENCE", "version", 0))
                .put("/api/venues/{id}", id).then().statusCode(200).body("location", equalTo(null));
        editor().body(Map.of("name", "Press room", "kind", "BALCONY", "version", 1))
                .put("/api/venues/{id}", id).then().statusCode(400).body("'invalid-params'[0].name", equalTo("kind"));
        editor().delete("/api/venues/{id}", id).then().statusCode(204);
    }

    @Test
    void aSourcesTextCannotChangeUnderItsQuotes() {
        long speaker = Editor.createSpeaker("Zorblax " + System.nanoTime(), null);
        long source = Editor.createSource("Bulletin " + System.nanoTime(), "2024-05-01", TEXT);
        Editor.createQuote(speaker, source, TEXT, "the moons are aligned");
        Map<String, Object> body = new HashMap<>(Map.of("title", "Bulletin, corrected", "publishedOn", "2024-05-01",
                "language", "en", "text", "Zorblax said: the moons are aligned.", "version", 0));
        editor().body(body).put("/api/sources/{id}", source)
                .then().statusCode(409).body("detail", containsString("1 quote(s)"));
        body.put("text", TEXT + " More text after it.");
        editor().body(body).put("/api/sources/{id}", source)
                .then().statusCode(200).body("title", equalTo("Bulletin, corrected")).body("version", equalTo(1));
        body.put("publishedOn", "2020-01-01");
        body.put("version", 1);
        editor().body(body).put("/api/sources/{id}", source).then().statusCode(409);
        given().queryParam("q", "source:corrected").get("/api/quotes").then().body("total", equalTo(1));
    }

    @Test
    void sourcesAreValidated() {
        editor().body(Map.of("title", "", "publishedOn", "someday", "language", "English", "text", ""))
                .post("/api/sources").then().statusCode(400).body("'invalid-params'[0].name", equalTo("publishedOn"));
        editor().body(Map.of("title", "", "publishedOn", "2024-01-01", "language", "English", "text", "",
                        "url", "javascript:alert(1)"))
                .post("/api/sources").then().statusCode(400)
                .body("'invalid-params'.name", hasItems("title", "language", "url"));
    }
}
