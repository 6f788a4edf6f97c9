package org.quotedesk.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.quotedesk.support.Editor.editor;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quotedesk.support.Editor;
import org.quotedesk.support.TestAccounts;
import org.quotedesk.support.WritableDatabase;

@QuarkusTest
@TestProfile(WritableDatabase.class)
class QuoteWriteApiTest {

    private static final String TEXT = "The minister said: I warn you, this is the last time. Then she left.";

    private long sourceId;
    private long speakerId;

    @BeforeEach
    void createSourceAndSpeaker() {
        sourceId = Editor.createSource("Minutes " + System.nanoTime(), "2024-03-02", TEXT);
        speakerId = Editor.createSpeaker("Minister " + System.nanoTime(), "Minister of Warnings");
    }

    @Test
    void writesNeedAnEditorsAccount() {
        Map<String, Object> body = Editor.quote(speakerId, sourceId, "I warn you", TEXT.indexOf("I warn you"));
        given().contentType(ContentType.JSON).body(body).post("/api/quotes")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Basic"));
        given().auth().preemptive().basic(TestAccounts.EDITOR, "wrong password").contentType(ContentType.JSON)
                .body(body).post("/api/quotes")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().preemptive().basic(TestAccounts.READER, TestAccounts.READER_PASSWORD)
                .contentType(ContentType.JSON).body(body).post("/api/quotes")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        given().delete("/api/quotes/1").then().statusCode(401);
        given().auth().preemptive().basic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD)
                .contentType(ContentType.JSON).body(body).post("/api/quotes").then().statusCode(201);
    }

    @Test
    void aCreatedQuoteIsStoredAndSearchableAtOnce() {
        String location = editor().body(Editor.quote(speakerId, sourceId, "I warn you", TEXT.indexOf("I warn you")))
                .post("/api/quotes")
                .then().statusCode(201)
                .body("text", equalTo("I warn you"))
                .body("speaker.role", equalTo("Minister of Warnings"))
                .body("status", equalTo("UNVERIFIED"))
                .body("language", equalTo("en"))
                .body("version", equalTo(0))
                .extract().header("Location");
        long id = given().get(location).then().statusCode(200).extract().jsonPath().getLong("id");
        assertThat(location).endsWith("/api/quotes/" + id);
        // "warned" finds "warn": stemming, and the index is up to date once the write returns.
        given().queryParam("q", "warned").queryParam("source", sourceId).get("/api/quotes")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].highlight", equalTo("I <mark>warn</mark> you"));
    }

    @Test
    void invalidQuotesAre400sListingEveryField() {
        Map<String, Object> body = new HashMap<>(Editor.quote(speakerId, sourceId, "I warn you", 5));
        body.put("text", "");
        body.put("end", 3);
        body.put("speaker", Map.of("id", 999_999));
        editor().body(body).post("/api/quotes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("'invalid-params'.name", hasItems("text"));

        body = new HashMap<>(Editor.quote(speakerId, sourceId, "I warn you", 5));
        body.put("speaker", Map.of("id", 999_999));
        body.put("spokenOn", "2030-01-01");
        editor().body(body).post("/api/quotes")
                .then().statusCode(400)
                .body("'invalid-params'.name", hasItems("speaker.id", "text", "spokenOn"))
                .body("'invalid-params'.in", hasItems("body"));

        body = new HashMap<>(Editor.quote(speakerId, sourceId, "I warn you", TEXT.length() - 2));
        editor().body(body).post("/api/quotes")
                .then().statusCode(400).body("'invalid-params'.name", hasItems("end"));

        body = new HashMap<>(Editor.quote(speakerId, sourceId, "I warn you", TEXT.indexOf("I warn you")));
        body.put("spokenOn", null);
        editor().body(body).post("/api/quotes")
                .then().statusCode(400).body("'invalid-params'[0].name", equalTo("datePrecision"));

        body = new HashMap<>(Editor.quote(speakerId, sourceId, "I warn you", TEXT.indexOf("I warn you")));
        body.put("type", "RUMOUR");
        editor().body(body).post("/api/quotes")
                .then().statusCode(400).body("'invalid-params'[0].name", equalTo("type"))
                .body("'invalid-params'[0].reason", containsString("DIRECT"));

        body = new HashMap<>(Editor.quote(speakerId, sourceId, "x".repeat(10_001), 0));
        editor().body(body).post("/api/quotes")
                .then().statusCode(400).body("'invalid-params'.name", hasItems("text"));
    }

    @Test
    void anUpdateCarriesTheVersionItWasReadAt() {
        long id = Editor.createQuote(speakerId, sourceId, TEXT, "I warn you");
        Map<String, Object> body = new HashMap<>(Editor.quote(speakerId, sourceId, "this is the last time",
                TEXT.indexOf("this is the last time")));
        body.put("version", 0);
        editor().body(body).put("/api/quotes/{id}", id)
                .then().statusCode(200).body("text", equalTo("this is the last time")).body("version", equalTo(1));

        // A second editor saving what they read at version 0 does not overwrite the first.
        body.put("status", "DISPUTED");
        editor().body(body).put("/api/quotes/{id}", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("currentVersion", equalTo(1))
                .body("detail", containsString("version 1"));

        body.remove("version");
        editor().body(body).put("/api/quotes/{id}", id)
                .then().statusCode(400).body("'invalid-params'[0].name", equalTo("version"));

        given().queryParam("q", "\"last time\"").queryParam("source", sourceId).get("/api/quotes")
                .then().body("total", equalTo(1));
        given().queryParam("q", "\"I warn you\"").queryParam("source", sourceId).get("/api/quotes")
                .then().body("total", equalTo(0));
    }

    @Test
    void theSameQuoteIsNotStoredTwice() {
        Editor.createQuote(speakerId, sourceId, TEXT, "I warn you");
        editor().body(Editor.quote(speakerId, sourceId, "I warn you", TEXT.indexOf("I warn you")))
                .post("/api/quotes")
                .then().statusCode(409).body("detail", containsString("already stored"));
    }

    @Test
    void aDeletedQuoteIsGoneFromTheApiAndTheSearch() {
        long id = Editor.createQuote(speakerId, sourceId, TEXT, "Then she left.");
        editor().delete("/api/quotes/{id}", id).then().statusCode(204);
        given().get("/api/quotes/{id}", id).then().statusCode(404);
        given().queryParam("q", "left").queryParam("source", sourceId).get("/api/quotes")
                .then().body("total", equalTo(0));
        editor().delete("/api/quotes/{id}", id).then().statusCode(404);
    }

    @Test
    void markupInAQuoteIsEscapedInTheHighlight() {
        String text = "He typed <script>alert(1)</script> into the form.";
        long source = Editor.createSource("Escaping " + System.nanoTime(), "2024-03-02", text);
        Editor.createQuote(speakerId, source, text, "<script>alert(1)</script>");
        String highlight = given().queryParam("q", "alert").queryParam("source", source).get("/api/quotes")
                .then().statusCode(200).extract().jsonPath().getString("items[0].highlight");
        assertThat(highlight).isEqualTo("&lt;script&gt;<mark>alert</mark>(1)&lt;&#x2F;script&gt;");
        List<String> texts = given().queryParam("source", source).get("/api/quotes").jsonPath().getList("items.text");
        assertThat(texts).containsExactly("<script>alert(1)</script>");
    }

    @Test
    void writesRejectMalformedBodies() {
        editor().body("{\"text\": \"unfinished").post("/api/quotes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("The request body is not valid JSON."));
        editor().body("[1, 2]").post("/api/quotes")
                .then().statusCode(400).contentType("application/problem+json");
        editor().body(Map.of("text", "x", "type", "DIRECT", "speaker", Map.of("id", "five"))).post("/api/quotes")
                .then().statusCode(400).body("'invalid-params'[0].name", equalTo("speaker.id"));
        editor().body(Map.of("spokenOn", "yesterday")).post("/api/quotes")
                .then().statusCode(400).body("'invalid-params'[0].name", equalTo("spokenOn"))
                .body("'invalid-params'[0].reason", endsWith("YYYY-MM-DD"));
    }
}
