package org.quotedesk.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.quotedesk.support.Editor.editor;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quotedesk.support.Editor;
import org.quotedesk.support.TestAccounts;
import org.quotedesk.support.WritableDatabase;

/** Quotes said on one of several days: written, read, checked, searched by overlap, exported and imported. */
@QuarkusTest
@TestProfile(WritableDatabase.class)
class DateRangeApiTest {

    private static final String TEXT = "The envoy said: we stay until the boats are home. Then: the nets are full."
            + " And: the harbour is closed.";

    private long sourceId;
    private long speakerId;

    @BeforeEach
    void createSourceAndSpeaker() {
        sourceId = Editor.createSource("Harbour log " + System.nanoTime(), "2024-03-02", TEXT);
        speakerId = Editor.createSpeaker("Envoy " + System.nanoTime(), "Harbour envoy");
    }

    private Map<String, Object> quote(String words, String spokenOn, String precision, String spokenUntil) {
        Map<String, Object> body = new HashMap<>(Editor.quote(speakerId, sourceId, words, TEXT.indexOf(words)));
        body.put("spokenOn", spokenOn);
        body.put("datePrecision", precision);
        if (spokenUntil != null) {
            body.put("spokenUntil", spokenUntil);
        }
        return body;
    }

    private long create(Map<String, Object> body) {
        return editor().body(body).post("/api/quotes").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private List<String> saidBetween(String from, String to) {
        return given().queryParam("source", sourceId).queryParam("from", from).queryParam("to", to)
                .queryParam("sort", "date").get("/api/quotes").then().statusCode(200).extract().jsonPath()
                .getList("items.text", String.class);
    }

    @Test
    void aRangeIsWrittenAndReadWithItsLastDay() {
        long id = create(quote("we stay until the boats are home", "2024-02-26", "BETWEEN", "2024-02-28"));
        given().get("/api/quotes/" + id).then().statusCode(200)
                .body("datePrecision", equalTo("BETWEEN"))
                .body("spokenOn", equalTo("2024-02-26"))
                .body("spokenUntil", equalTo("2024-02-28"));
        Map<String, Object> update = quote("we stay until the boats are home", "2024-02-26", "BETWEEN", "2024-02-27");
        update.put("version", 0);
        editor().body(update).put("/api/quotes/" + id).then().statusCode(200).body("spokenUntil", equalTo("2024-02-27"));
    }

    @Test
    void theLastDayIsRequiredForARangeAfterItsFirstAndForbiddenOtherwise() {
        String words = "the nets are full";
        for (Map<String, Object> wrong : List.of(quote(words, "2024-02-26", "BETWEEN", null),
                quote(words, "2024-02-26", "BETWEEN", "2024-02-25"), quote(words, "2024-02-26", "BETWEEN", "2024-02-26"),
                quote(words, "2024-02-26", "BETWEEN", "2024-03-03"),
                quote(words, "2024-02-26", "DAY", "2024-02-27"))) {
            editor().body(wrong).post("/api/quotes").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("'invalid-params'.name", contains("spokenUntil"));
        }
        editor().body(Map.of("text", words, "type", "DIRECT", "speaker", Map.of("id", speakerId),
                        "source", Map.of("id", sourceId), "spokenOn", "2024-02-26", "datePrecision", "BETWEEN",
                        "spokenUntil", "the 27th"))
                .post("/api/quotes").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aDateFilterFindsTheRangesThatOverlapIt() {
        create(quote("we stay until the boats are home", "2024-02-26", "BETWEEN", "2024-02-28"));
        create(quote("the nets are full", "2024-03-01", "DAY", null));
        create(quote("the harbour is closed", "2024-03-02", "ON_OR_BEFORE", null));
        assertThat(saidBetween("2024-02-20", "2024-02-26")).containsExactly("we stay until the boats are home");
        assertThat(saidBetween("2024-02-27", "2024-02-27")).containsExactly("we stay until the boats are home");
        assertThat(saidBetween("2024-02-28", "2024-03-01"))
                .containsExactly("we stay until the boats are home", "the nets are full");
        assertThat(saidBetween("2024-02-29", "2024-03-01")).containsExactly("the nets are full");
        // Every other precision is searched at its day, as before: "on or before" the 2nd is on the 2nd.
        assertThat(saidBetween("2024-03-02", "2024-03-31")).containsExactly("the harbour is closed");
        assertThat(saidBetween("2024-01-01", "2024-02-25")).isEmpty();
    }

    @Test
    void aRangeIsExportedAndImportedAsARange() {
        create(quote("we stay until the boats are home", "2024-02-26", "BETWEEN", "2024-02-28"));
        String title = given().get("/api/sources/" + sourceId).then().extract().jsonPath().getString("title");
        String line = given().get("/api/export").then().statusCode(200).extract().asString().lines()
                .filter(l -> l.contains(title)).findFirst().orElseThrow();
        assertThat(line).contains("\"datePrecision\":\"BETWEEN\"", "\"spokenUntil\":\"2024-02-28\"");

        String copy = title + " (copy)";
        JsonPath report = given().auth().preemptive().basic(TestAccounts.EDITOR, TestAccounts.EDITOR_PASSWORD)
                .contentType("application/x-ndjson")
                .body(line.replace(title, copy).getBytes(StandardCharsets.UTF_8))
                .post("/api/import").then().statusCode(200).extract().jsonPath();
        assertThat(report.getLong("imported")).isEqualTo(1);
        JsonPath found = given().queryParam("q", "\"boats are home\"").queryParam("size", 100).get("/api/quotes")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> copies = found.<Map<String, Object>>getList("items").stream()
                .filter(q -> copy.equals(((Map<?, ?>) q.get("source")).get("title"))).toList();
        assertThat(copies).singleElement().satisfies(q -> assertThat(q)
                .containsEntry("datePrecision", "BETWEEN").containsEntry("spokenOn", "2024-02-26")
                .containsEntry("spokenUntil", "2024-02-28"));
    }
}
