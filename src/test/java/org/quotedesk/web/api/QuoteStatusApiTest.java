package org.quotedesk.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.quotedesk.support.Editor.editor;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quotedesk.support.AdminSession;
import org.quotedesk.support.Editor;
import org.quotedesk.support.TestAccounts;
import org.quotedesk.support.WritableDatabase;

/** PATCH /api/quotes/{id}: the status alone, on evidence, recorded with who and when. */
@QuarkusTest
@TestProfile(WritableDatabase.class)
class QuoteStatusApiTest {

    private static final String TEXT = "The mayor said: the pool opens in June. Then the rain came.";
    private static final String NOTE = "Checked against the council video, 14:02";

    private long quote;

    @BeforeEach
    void createQuote() {
        long source = Editor.createSource("Council minutes " + System.nanoTime(), "2024-03-02", TEXT);
        long speaker = Editor.createSpeaker("Mayor " + System.nanoTime(), "Mayor");
        quote = Editor.createQuote(speaker, source, TEXT, "the pool opens in June");
    }

    private static Map<String, Object> change(String status, String evidence) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("evidence", evidence);
        return body;
    }

    @Test
    void aStatusChangeIsRecordedWithWhoWhenAndEvidenceAndNothingElseChanges() {
        JsonPath before = given().get("/api/quotes/{id}", quote).then().statusCode(200)
                .body("status", equalTo("UNVERIFIED")).body("verification", nullValue())
                .extract().jsonPath();

        JsonPath after = editor().body(change("VERIFIED", NOTE)).patch("/api/quotes/{id}", quote)
                .then().statusCode(200)
                .body("status", equalTo("VERIFIED"))
                .body("verification.setBy", equalTo(TestAccounts.EDITOR))
                .body("verification.setAt", notNullValue())
                .body("verification.evidence", equalTo(NOTE))
                .body("version", equalTo(1))
                .extract().jsonPath();
        for (String field : List.of("text", "type", "speaker", "source", "start", "end", "spokenOn", "datePrecision",
                "language", "translated", "notes", "reportedVia")) {
            assertThat((Object) after.get(field)).as(field).isEqualTo(before.get(field));
        }
        given().get("/api/quotes/{id}", quote).then().body("verification.evidence", equalTo(NOTE));

        // The history on the quote's admin page shows the old and new status and the evidence.
        String page = AdminSession.signIn(TestAccounts.EDITOR, TestAccounts.EDITOR_PASSWORD)
                .get("/admin/quotes/" + quote).then().statusCode(200).extract().asString();
        assertThat(page).contains("<th scope=\"row\">status</th><td>UNVERIFIED</td><td>VERIFIED</td>")
                .contains("<th scope=\"row\">evidence</th><td>—</td><td>" + NOTE + "</td>")
                .contains("by " + TestAccounts.EDITOR);
    }

    @Test
    void backToUnverifiedNeedsNoEvidenceAndALinkIsKeptAsGiven() {
        String link = "https://example.org/council/video?t=842";
        editor().body(change("DISPUTED", link)).patch("/api/quotes/{id}", quote)
                .then().statusCode(200).body("verification.evidence", equalTo(link));
        editor().body(change("UNVERIFIED", null)).patch("/api/quotes/{id}", quote)
                .then().statusCode(200).body("status", equalTo("UNVERIFIED"))
                .body("verification.setBy", equalTo(TestAccounts.EDITOR))
                .body("verification.evidence", nullValue());
    }

    @Test
    void badChangesAre400sNamingTheField() {
        editor().body(change("VERIFIED", null)).patch("/api/quotes/{id}", quote)
                .then().statusCode(400).contentType("application/problem+json")
                .body("'invalid-params'[0].name", equalTo("evidence"))
                .body("'invalid-params'[0].reason", containsString("required"));
        editor().body(change("VERIFIED", "   ")).patch("/api/quotes/{id}", quote)
                .then().statusCode(400).body("'invalid-params'[0].name", equalTo("evidence"));
        editor().body(change("CONFIRMED", NOTE)).patch("/api/quotes/{id}", quote)
                .then().statusCode(400).contentType("application/problem+json")
                .body("'invalid-params'[0].name", equalTo("status"))
                .body("'invalid-params'[0].reason", containsString("VERIFIED"));
        editor().body(change(null, NOTE)).patch("/api/quotes/{id}", quote)
                .then().statusCode(400).body("'invalid-params'[0].name", equalTo("status"));
        editor().body(change("VERIFIED", "x".repeat(2_001))).patch("/api/quotes/{id}", quote)
                .then().statusCode(400).body("'invalid-params'.name", hasItems("evidence"));
        editor().body(change("MISATTRIBUTED", "javascript:alert(1)")).patch("/api/quotes/{id}", quote)
                .then().statusCode(400).body("'invalid-params'[0].name", equalTo("evidence"))
                .body("'invalid-params'[0].reason", containsString("http"));
        editor().body("{\"status\": \"VERIFIED\", \"evidence\": 5, ").patch("/api/quotes/{id}", quote)
                .then().statusCode(400).contentType("application/problem+json");

        given().get("/api/quotes/{id}", quote).then()
                .body("status", equalTo("UNVERIFIED")).body("version", equalTo(0));
    }

    @Test
    void aStaleVersionIsA409AndTheRightOneIsAccepted() {
        Map<String, Object> body = change("VERIFIED", NOTE);
        body.put("version", 3);
        editor().body(body).patch("/api/quotes/{id}", quote)
                .then().statusCode(409).body("currentVersion", equalTo(0));
        body.put("version", 0);
        editor().body(body).patch("/api/quotes/{id}", quote).then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void onlyEditorsChangeAStatusAndAnUnknownQuoteIsA404() {
        Map<String, Object> body = change("VERIFIED", NOTE);
        given().contentType(ContentType.JSON).body(body).patch("/api/quotes/{id}", quote)
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().preemptive().basic(TestAccounts.READER, TestAccounts.READER_PASSWORD)
                .contentType(ContentType.JSON).body(body).patch("/api/quotes/{id}", quote)
                .then().statusCode(403).contentType("application/problem+json");
        editor().body(body).patch("/api/quotes/{id}", 987_654_321L)
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/api/quotes/{id}", quote).then().body("status", equalTo("UNVERIFIED"));
    }

    @Test
    void anImportedStatusNeedsNoEvidenceAndRecordsTheImportingAccount() {
        String speaker = "Importer's speaker " + System.nanoTime();
        String line = "{\"text\":\"We shall see.\",\"type\":\"DIRECT\",\"speaker\":{\"name\":\"" + speaker + "\"},"
                + "\"source\":{\"title\":\"Archive " + System.nanoTime() + "\",\"publishedOn\":\"2020-01-01\"},"
                + "\"status\":\"DISPUTED\"}\n";
        given().auth().preemptive().basic(TestAccounts.EDITOR, TestAccounts.EDITOR_PASSWORD)
                .contentType("application/x-ndjson").body(line.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/import")
                .then().statusCode(200).body("imported", equalTo(1));
        long id = given().queryParam("speaker", speaker).get("/api/quotes")
                .then().statusCode(200).body("total", equalTo(1)).extract().jsonPath().getLong("items[0].id");
        given().get("/api/quotes/{id}", id).then()
                .body("status", equalTo("DISPUTED"))
                .body("verification.setBy", equalTo(TestAccounts.EDITOR))
                .body("verification.setAt", notNullValue())
                .body("verification.evidence", nullValue());
    }

    @Test
    void creatingOrUpdatingWithAStatusGoesThroughTheSameRule() {
        long source = Editor.createSource("Second minutes " + System.nanoTime(), "2024-03-02", TEXT);
        long speaker = Editor.createSpeaker("Clerk " + System.nanoTime(), null);
        Map<String, Object> body = new HashMap<>(Editor.quote(speaker, source, "Then the rain came.",
                TEXT.indexOf("Then the rain came.")));
        body.put("status", "DISPUTED");
        editor().body(body).post("/api/quotes")
                .then().statusCode(400).body("'invalid-params'.name", hasItems("evidence"));
        body.put("evidence", NOTE);
        long id = editor().body(body).post("/api/quotes").then().statusCode(201)
                .body("verification.setBy", equalTo(TestAccounts.EDITOR))
                .body("verification.evidence", equalTo(NOTE))
                .extract().jsonPath().getLong("id");

        // An update that keeps the status and sends no evidence keeps the record.
        body.remove("evidence");
        body.put("version", 0);
        body.put("notes", "Reread.");
        editor().body(body).put("/api/quotes/{id}", id).then().statusCode(200)
                .body("status", equalTo("DISPUTED")).body("verification.evidence", equalTo(NOTE));
        body.put("version", 1);
        body.put("status", "MISATTRIBUTED");
        editor().body(body).put("/api/quotes/{id}", id)
                .then().statusCode(400).body("'invalid-params'.name", hasItems("evidence"));
    }
}
