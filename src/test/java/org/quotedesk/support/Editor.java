package org.quotedesk.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;

/** Requests signed in as the test editor, and helpers to create what a test needs. */
public final class Editor {

    private Editor() {
    }

    public static RequestSpecification editor() {
        return given().auth().preemptive().basic(TestAccounts.EDITOR, TestAccounts.EDITOR_PASSWORD)
                .contentType(ContentType.JSON);
    }

    /** A new source with this text; returns its id. */
    public static long createSource(String title, String publishedOn, String text) {
        return editor().body(Map.of("title", title, "publishedOn", publishedOn, "language", "en", "text", text))
                .post("/api/sources").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long createSpeaker(String name, String role) {
        Map<String, Object> speaker = new HashMap<>(Map.of("name", name, "kind", "PERSON"));
        speaker.put("role", role);
        return editor().body(speaker)
                .post("/api/speakers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A quote of the whole text of {@code sourceText} at {@code start}; returns its id. */
    public static long createQuote(long speakerId, long sourceId, String sourceText, String quoteText) {
        int start = sourceText.indexOf(quoteText);
        return editor().body(quote(speakerId, sourceId, quoteText, start))
                .post("/api/quotes").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static Map<String, Object> quote(long speakerId, long sourceId, String text, int start) {
        return Map.of("text", text, "type", "DIRECT", "speaker", Map.of("id", speakerId),
                "source", Map.of("id", sourceId), "start", start, "end", start + text.length(),
                "spokenOn", "2024-03-01", "datePrecision", "DAY");
    }
}
