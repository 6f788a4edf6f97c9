package org.quotedesk.web.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.quotedesk.support.Editor.editor;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotedesk.support.AdminSession;
import org.quotedesk.support.TestAccounts;
import org.quotedesk.support.WritableDatabase;

/** The statement pages and the editors' corrections given what they should not be given: a page, never a 500. */
@QuarkusTest
@TestProfile(WritableDatabase.class)
class StatementCorrectionsTest {

    private final String tag = Long.toString(System.nanoTime());

    private long source(String outlet) {
        return editor().body(Map.of("title", outlet + " " + tag, "publishedOn", "2024-05-01", "language", "en"))
                .post("/api/sources").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private JsonPath quote(String speaker, String text) {
        return editor().body(Map.of("text", text, "type", "DIRECT", "speaker", Map.of("name", speaker + " " + tag),
                "source", Map.of("id", source("Gazette")))).post("/api/quotes").then().statusCode(201).extract()
                .jsonPath();
    }

    private static AdminSession editorSession() {
        return AdminSession.signIn(TestAccounts.EDITOR, TestAccounts.EDITOR_PASSWORD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/statements/999999999", "/statements/abc", "/statements/-1"})
    void aStatementThatDoesNotExistIsTheSitesNotFoundPage(String path) {
        given().accept("text/html").get(path).then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("Search QuoteDesk"));
        editorSession().get("/admin" + path).then().statusCode(404);
    }

    @Test
    void mergingWhatCannotBeMergedGivesTheFormBackWithTheReason() {
        long statement = quote("Pia Lund", "The new bridge will carry trams from next spring onwards.")
                .getLong("statement.id");
        long otherSpeakers = quote("Ole Berg", "Trams will cross the river by the new bridge.").getLong("statement.id");
        String page = "/admin/statements/" + statement;
        String merge = page + "/merge";
        AdminSession editor = editorSession();

        editor.submit(page, merge, Map.of("from", Long.toString(otherSpeakers))).then().statusCode(409)
                .body(containsString("Statements of different speakers are never one statement"));
        editor.submit(page, merge, Map.of("from", "999999999")).then().statusCode(400)
                .body(containsString("must be another statement&#39;s id"));
        editor.submit(page, merge, Map.of("from", Long.toString(statement))).then().statusCode(400)
                .body(containsString("must be another statement&#39;s id"));
        editor.submit(page, merge, Map.of("from", "the other one")).then().statusCode(400)
                .body(containsString("must be a statement&#39;s number or the address of its page"));
        editor.submit(page, merge, Map.of("from", "")).then().statusCode(400)
                .body(containsString("give the number of the statement to merge in"));
        editor.submit(page, merge, Map.of("from", "99999999999999999999")).then().statusCode(400);
        editor.submit(page, "/admin/statements/999999999/merge", Map.of("from", Long.toString(statement)))
                .then().statusCode(404).body(containsString("Search QuoteDesk"));
        given().accept("text/html").get("/statements/" + statement).then().statusCode(200)
                .body(not(containsString("Ole Berg")));
    }

    @Test
    void splittingWhatCannotBeSplitGivesAPage() {
        JsonPath only = quote("Eva Sten", "Every school in the district will have a nurse by autumn.");
        long statement = only.getLong("statement.id");
        String page = "/admin/statements/" + statement;
        String split = page + "/split";
        AdminSession editor = editorSession();

        editor.submit(page, split, Map.of("quote", Long.toString(only.getLong("id")))).then().statusCode(400)
                .body(containsString("the statement&#39;s only report"));
        editor.submit(page, split, Map.of("quote", "x1")).then().statusCode(400)
                .body(containsString("must be a quote&#39;s number"));
        editor.submit(page, split, Map.of()).then().statusCode(400)
                .body(containsString("choose the report to split off"));
        editor.submit(page, split, Map.of("quote", "999999999")).then().statusCode(404);
    }

    @Test
    void onlyEditorsCorrectAndOnlyWithTheFormsToken() {
        JsonPath a = quote("Uma Falk", "The harbour tax will not rise again this decade at all.");
        long statement = a.getLong("statement.id");
        AdminSession editor = editorSession();
        editor.postWithoutToken("/admin/statements/" + statement + "/merge", Map.of("from", "1")).then()
                .statusCode(400);
        AdminSession reader = AdminSession.signIn(TestAccounts.READER, TestAccounts.READER_PASSWORD);
        assertThat(reader.get("/admin/statements/" + statement).statusCode()).isEqualTo(403);
        int anonymous = given().redirects().follow(false).get("/admin/statements/" + statement).statusCode();
        assertThat(anonymous).isEqualTo(302);
    }

    @Test
    void theQueueListsStatementsWhoseWordsAreAlsoAttributedToAnotherSpeaker() {
        JsonPath said = quote("Ines Roth", "No family will lose its home to the flood repairs.");
        quote("Karl Voss", "No family will lose its home to the flood repairs!");
        long alone = quote("Ines Roth", "Repairs start on Monday in every street of the old town.").getLong("statement.id");
        String page = editorSession().get("/admin/verification?tab=conflicts").then().statusCode(200).extract().asString();
        assertThat(page).contains("href=\"/statements/" + said.getLong("statement.id") + "\"")
                .contains("Karl Voss " + tag).doesNotContain("href=\"/statements/" + alone + "\"");
        editorSession().get("/admin/verification?tab=nonsense").then().statusCode(400);
        editorSession().get("/admin/verification?tab=conflicts&page=x").then().statusCode(400);
    }
}
