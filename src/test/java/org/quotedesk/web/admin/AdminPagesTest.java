package org.quotedesk.web.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.quotedesk.support.Editor.editor;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quotedesk.support.AdminSession;
import org.quotedesk.support.Editor;
import org.quotedesk.support.TestAccounts;
import org.quotedesk.support.WritableDatabase;

@QuarkusTest
@TestProfile(WritableDatabase.class)
class AdminPagesTest {

    private static final String TEXT = "The chair said: we will vote on Tuesday, not before.";

    private static AdminSession editorSession() {
        AdminSession session = AdminSession.signIn(TestAccounts.EDITOR, TestAccounts.EDITOR_PASSWORD);
        assertThat(session.signedIn()).isTrue();
        return session;
    }

    private static Map<String, String> quoteForm(long sourceId, String speaker, String text, String version) {
        Map<String, String> form = new HashMap<>(Map.of("text", text, "type", "DIRECT", "speaker", speaker,
                "source", Long.toString(sourceId), "start", Integer.toString(TEXT.indexOf(text)),
                "end", Integer.toString(TEXT.indexOf(text) + text.length()), "status", "UNVERIFIED",
                "datePrecision", "DAY", "spokenOn", "2024-06-01"));
        if (version != null) {
            form.put("version", version);
        }
        return form;
    }

    @Test
    void theAdminPagesAskForASignIn() {
        for (String path : new String[] {"/admin", "/admin/quotes", "/admin/quotes/new", "/admin/users"}) {
            given().redirects().follow(false).get(path)
                    .then().statusCode(302).header("Location", endsWith("/login"));
        }
        given().get("/admin").then().statusCode(200)
                .body(containsString("action=\"/j_security_check\""))
                .body(containsString("name=\"j_username\"")).body(containsString("name=\"j_password\""));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        Response response = given().redirects().follow(false)
                .formParam("j_username", TestAccounts.EDITOR).formParam("j_password", TestAccounts.EDITOR_PASSWORD)
                .post("/j_security_check");
        String cookie = response.getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("quarkus-credential=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
    }

    @Test
    void aWrongPasswordDoesNotSignIn() {
        Response response = given().redirects().follow(false)
                .formParam("j_username", TestAccounts.EDITOR).formParam("j_password", "not the password")
                .post("/j_security_check");
        assertThat(response.getHeader("Location")).contains("/login?error");
        assertThat(response.getCookies()).doesNotContainKey("quarkus-credential");
    }

    @Test
    void anEditorCannotManageAccounts() {
        AdminSession editor = editorSession();
        editor.get("/admin").then().statusCode(200).body(containsString("Dashboard"))
                .body(not(containsString("/admin/users")));
        editor.get("/admin/users").then().statusCode(403);
        editor.get("/admin/users/new").then().statusCode(403);
        AdminSession admin = AdminSession.signIn(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
        admin.get("/admin/users").then().statusCode(200).body(containsString(TestAccounts.EDITOR));
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        AdminSession editor = editorSession();
        long before = given().get("/api/sources").jsonPath().getLong("total");
        editor.postWithoutToken("/admin/sources", Map.of("title", "Forged", "publishedOn", "2024-01-01",
                        "language", "en", "text", "Forged text."))
                .then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("The form could not be accepted"));
        assertThat(given().get("/api/sources").jsonPath().getLong("total")).isEqualTo(before);
    }

    @Test
    void aRefusedFormComesBackWithWhatWasTypedAndTheErrorsBesideTheFields() {
        long source = Editor.createSource("Council minutes " + System.nanoTime(), "2024-06-02", TEXT);
        AdminSession editor = editorSession();
        Map<String, String> form = quoteForm(source, "Nobody By This Name", "we will vote on Tuesday", null);
        form.put("notes", "typed <b>notes</b>");
        form.put("end", "5");
        String page = editor.submit("/admin/quotes/new", "/admin/quotes", form).then().statusCode(400)
                .extract().asString();
        assertThat(page).contains("no speaker has this name or alias")
                .contains("value=\"Nobody By This Name\"")
                .contains(">we will vote on Tuesday</textarea>")
                .contains(">typed &lt;b&gt;notes&lt;/b&gt;</textarea>")
                .contains("value=\"5\"");

        // Corrected, with the new speaker created on the way: saved, then redirected with a message.
        form.put("end", Integer.toString(TEXT.indexOf("we will vote on Tuesday") + "we will vote on Tuesday".length()));
        form.put("createSpeaker", "on");
        form.put("newSpeakerRole", "Chair of the council");
        Response saved = editor.submit("/admin/quotes/new", "/admin/quotes", form);
        saved.then().statusCode(303);
        String location = saved.getHeader("Location");
        editor.get(location).then().statusCode(200).body(containsString("created."))
                .body(containsString("value=\"Nobody By This Name\""));
        given().queryParam("q", "\"vote on Tuesday\"").get("/api/quotes").then()
                .body("items[0].speaker.name", equalTo("Nobody By This Name"))
                .body("items[0].speaker.role", equalTo("Chair of the council"));
    }

    @Test
    void aSecondEditorSavingAnOldVersionGetsTheConflictPageNotAnOverwrite() {
        long source = Editor.createSource("Minutes " + System.nanoTime(), "2024-06-02", TEXT);
        long speaker = Editor.createSpeaker("Chair " + System.nanoTime(), "Chair");
        long id = Editor.createQuote(speaker, source, TEXT, "we will vote on Tuesday");
        String speakerName = given().get("/api/speakers/{id}", speaker).jsonPath().getString("name");
        AdminSession first = editorSession();
        AdminSession second = AdminSession.signIn(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);

        Map<String, String> mine = quoteForm(source, speakerName, "we will vote on Tuesday", "0");
        mine.put("status", "VERIFIED");
        mine.put("evidence", "Checked against the minutes");
        first.submit("/admin/quotes/" + id, "/admin/quotes/" + id, mine).then().statusCode(303);

        Map<String, String> theirs = quoteForm(source, speakerName, "we will vote on Tuesday", "0");
        theirs.put("status", "DISPUTED");
        theirs.put("evidence", "The chair's office denies it");
        theirs.put("notes", "Checked against the recording.");
        String conflict = second.submit("/admin/quotes/" + id, "/admin/quotes/" + id, theirs).then().statusCode(409)
                .extract().asString();
        assertThat(conflict).contains("Someone else saved quote " + id)
                .contains("<tr class=\"differs\"><th scope=\"row\">Status")
                .contains("<td>DISPUTED</td><td>VERIFIED</td>")
                .contains("name=\"version\" value=\"1\"")
                .contains("value=\"Checked against the recording.\"");
        given().get("/api/quotes/{id}", id).then().body("status", equalTo("VERIFIED"));

        // Re-applied knowingly, at the version now stored: it goes through.
        theirs.put("version", "1");
        second.submit("/admin/quotes/" + id, "/admin/quotes/" + id, theirs).then().statusCode(303);
        given().get("/api/quotes/{id}", id).then().body("status", equalTo("DISPUTED"));
    }

    @Test
    void everyChangeIsInTheAuditTrailWithWhoAndOldAndNewValues() {
        long source = Editor.createSource("Audit " + System.nanoTime(), "2024-06-02", TEXT);
        long speaker = Editor.createSpeaker("Audited " + System.nanoTime(), "Chair");
        long id = Editor.createQuote(speaker, source, TEXT, "we will vote on Tuesday");
        Map<String, Object> update = new HashMap<>(Editor.quote(speaker, source, "we will vote on Tuesday",
                TEXT.indexOf("we will vote on Tuesday")));
        update.put("status", "DISPUTED");
        update.put("evidence", "The chair's office denies it");
        update.put("version", 0);
        editor().body(update).put("/api/quotes/{id}", id).then().statusCode(200);

        String history = editorSession().get("/admin/quotes/" + id).then().statusCode(200).extract().asString();
        assertThat(history).contains("<h2 id=\"history-heading\">History</h2>")
                .contains("<tr><th scope=\"row\">status</th><td>UNVERIFIED</td><td>DISPUTED</td></tr>")
                .contains("by " + TestAccounts.EDITOR);
        assertThat(history.indexOf("<strong>update</strong>")).isLessThan(history.indexOf("<strong>create</strong>"));
    }

    @Test
    void anImportIsAuditedOncePerChunkAndWhatItCreatedShowsItInItsHistory() {
        String title = "Imported minutes " + System.nanoTime();
        String body = "{\"text\":\"we will vote on Tuesday\",\"type\":\"DIRECT\",\"speaker\":{\"name\":\"Imported "
                + title + "\"},\"source\":{\"title\":\"" + title + "\",\"publishedOn\":\"2024-06-02\",\"text\":\""
                + TEXT + "\"}}\n{\"text\":\"not before.\",\"type\":\"DIRECT\",\"speaker\":{\"name\":\"Imported "
                + title + "\"},\"source\":{\"title\":\"" + title + "\"}}\n";
        editor().contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8)).post("/api/import")
                .then().statusCode(200).body("imported", equalTo(2));
        var found = given().queryParam("speaker", "Imported " + title).get("/api/quotes").then().statusCode(200)
                .body("total", equalTo(2)).extract().jsonPath();
        long quote = found.getLong("items[0].id");
        long source = found.getLong("items[0].source.id");

        AdminSession editor = editorSession();
        for (String page : new String[] {"/admin/quotes/" + quote, "/admin/sources/" + source}) {
            assertThat(editor.get(page).then().statusCode(200).extract().asString())
                    .contains("<strong>import</strong>")
                    .contains("Lines 1–2 of an import: 2 quotes")
                    .contains("by " + TestAccounts.EDITOR)
                    .doesNotContain("<strong>create</strong>");
        }
    }

    @Test
    void aDeletedQuoteCanBeRestoredByAnAdminFromTheChanges() {
        long source = Editor.createSource("Restore " + System.nanoTime(), "2024-06-02", TEXT);
        long speaker = Editor.createSpeaker("Restorable " + System.nanoTime(), null);
        long id = Editor.createQuote(speaker, source, TEXT, "not before.");
        AdminSession editor = editorSession();
        // A GET shows the confirmation and changes nothing.
        editor.get("/admin/quotes/" + id + "/delete").then().statusCode(200).body(containsString("Delete quote " + id));
        given().get("/api/quotes/{id}", id).then().statusCode(200);
        editor.submit("/admin/quotes/" + id + "/delete", "/admin/quotes/" + id + "/delete", Map.of())
                .then().statusCode(303);
        given().get("/api/quotes/{id}", id).then().statusCode(404);

        AdminSession admin = AdminSession.signIn(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
        String changes = admin.get("/admin/changes").then().statusCode(200).extract().asString();
        Matcher restore = Pattern.compile("action=\"/admin/changes/(\\d+)/restore\"").matcher(changes);
        assertThat(restore.find()).isTrue();
        assertThat(editor.get("/admin/changes").asString()).doesNotContain("/restore\"");
        Response restored = admin.submit("/admin/changes", "/admin/changes/" + restore.group(1) + "/restore", Map.of());
        restored.then().statusCode(303);
        given().queryParam("source", source).get("/api/quotes").then().body("total", equalTo(1))
                .body("items[0].text", equalTo("not before."));
    }

    @Test
    void signingOutEndsTheSession() {
        AdminSession editor = editorSession();
        editor.submit("/admin", "/logout", Map.of()).then().statusCode(303);
        editor.get("/admin").then().statusCode(302).header("Location", endsWith("/login"));
    }
}
