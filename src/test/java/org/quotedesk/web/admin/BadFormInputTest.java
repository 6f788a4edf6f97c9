package org.quotedesk.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotedesk.support.AdminSession;
import org.quotedesk.support.Editor;
import org.quotedesk.support.TestAccounts;
import org.quotedesk.support.WritableDatabase;

/** Input that used to give a 500: each is now refused with its field named, or ignored where harmless. */
@QuarkusTest
@TestProfile(WritableDatabase.class)
class BadFormInputTest {

    private static final String TEXT = "The clerk said: the vote is on Tuesday.";

    @ParameterizedTest
    @ValueSource(strings = {"2022-02-30", "2022-13-45", "2023-02-29"})
    void aDateThatDoesNotExistIsRefusedBesideItsField(String date) {
        long source = Editor.createSource("Clerk " + System.nanoTime(), "2024-03-02", TEXT);
        String quote = "the vote is on Tuesday.";
        Map<String, String> form = new HashMap<>(Map.of("text", quote, "type", "DIRECT",
                "speaker", "Clerk " + System.nanoTime(), "createSpeaker", "on", "source", Long.toString(source),
                "start", Integer.toString(TEXT.indexOf(quote)), "end", Integer.toString(TEXT.length()),
                "status", "UNVERIFIED", "datePrecision", "DAY", "spokenOn", date));
        AdminSession editor = AdminSession.signIn(TestAccounts.EDITOR, TestAccounts.EDITOR_PASSWORD);
        editor.submit("/admin/quotes/new", "/admin/quotes", form).then().statusCode(400)
                .body(containsString("must be a date that exists"));
        editor.submit("/admin/sources/new", "/admin/sources", Map.of("title", "Dated " + date,
                "publishedOn", date, "language", "en", "text", TEXT)).then().statusCode(400)
                .body(containsString("must be a date that exists"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "%zz", "%E2%82", "abc%"})
    void aMalformedFlashCookieIsIgnored(String value) {
        AdminSession editor = AdminSession.signIn(TestAccounts.EDITOR, TestAccounts.EDITOR_PASSWORD);
        int status = editor.request().cookie("quotedesk-flash", value).get("/admin").statusCode();
        assertThat(status).isEqualTo(200);
    }
}
