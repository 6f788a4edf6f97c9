package org.quotedesk.web.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quotedesk.support.AdminSession;
import org.quotedesk.support.Editor;
import org.quotedesk.support.TestAccounts;
import org.quotedesk.support.WritableDatabase;

/** A quote said between two days, through the admin quote form and through a review candidate accepted. */
@QuarkusTest
@TestProfile(WritableDatabase.class)
class DateRangeFormTest {

    private static final String TEXT = "The mayor said: the ferry runs again. The port stays open.";

    /** Published on Saturday 2024-03-09: Monday to Wednesday is the 4th to the 6th. */
    private static final String ARTICLE = "Tarnby's ferry is back.\n\n"
            + "“The ferry runs again,” Mayor Anna Lindqvist told reporters between Monday and Wednesday.";

    private static AdminSession editor() {
        AdminSession session = AdminSession.signIn(TestAccounts.EDITOR, TestAccounts.EDITOR_PASSWORD);
        assertThat(session.signedIn()).isTrue();
        return session;
    }

    private static Map<String, String> form(long source, String speaker, String words, String until) {
        Map<String, String> form = new HashMap<>(Map.of("text", words, "type", "DIRECT", "speaker", speaker,
                "source", Long.toString(source), "spokenOn", "2024-03-04", "datePrecision", "BETWEEN",
                "status", "UNVERIFIED"));
        form.put("spokenUntil", until);
        return form;
    }

    @Test
    void theQuoteFormTakesTheRangesLastDayAndThePageShowsTheRange() {
        long source = Editor.createSource("Port notice " + System.nanoTime(), "2024-03-09", TEXT);
        long speakerId = Editor.createSpeaker("Mayor " + System.nanoTime(), "Mayor");
        String speaker = given().get("/api/speakers/{id}", speakerId).jsonPath().getString("name");
        AdminSession editor = editor();

        String refused = editor.submit("/admin/quotes/new", "/admin/quotes", form(source, speaker, "the ferry runs again",
                "")).then().statusCode(400).extract().asString();
        assertThat(refused).contains("is required when datePrecision is BETWEEN");

        Response saved = editor.submit("/admin/quotes/new", "/admin/quotes",
                form(source, speaker, "the ferry runs again", "2024-03-06"));
        saved.then().statusCode(303);
        editor.get(saved.getHeader("Location")).then().statusCode(200).body(containsString("value=\"2024-03-06\""));
        long id = given().queryParam("source", source).get("/api/quotes").then()
                .body("items[0].datePrecision", equalTo("BETWEEN"))
                .body("items[0].spokenUntil", equalTo("2024-03-06"))
                .extract().jsonPath().getLong("items[0].id");
        given().get("/quotes/" + id).then().statusCode(200).body(containsString("between 4 and 6 March 2024"));
    }

    @Test
    void aCandidateSaidBetweenTwoDaysIsAcceptedAsARange() {
        AdminSession editor = editor();
        Response imported = editor.submit("/admin/articles/new", "/admin/articles", Map.of("title",
                "Ferry back " + System.nanoTime(), "publishedOn", "2024-03-09", "language", "en", "text", ARTICLE));
        assertThat(imported.statusCode()).isEqualTo(303);
        String review = imported.getHeader("Location").replaceFirst("^https?://[^/]+", "");
        String page = editor.get(review).then().statusCode(200).body(containsString("between 4 and 6 March 2024"))
                .extract().asString();
        Matcher candidate = Pattern.compile("id=\"candidate-(\\d+)\"").matcher(page);
        assertThat(candidate.find()).isTrue();
        assertThat(editor.submit(review, review + "/candidates/" + candidate.group(1) + "/accept", Map.of())
                .statusCode()).isEqualTo(303);
        given().queryParam("q", "\"ferry runs again\"").get("/api/quotes").then()
                .body("items[0].datePrecision", equalTo("BETWEEN"))
                .body("items[0].spokenOn", equalTo("2024-03-04"))
                .body("items[0].spokenUntil", equalTo("2024-03-06"));
    }
}
