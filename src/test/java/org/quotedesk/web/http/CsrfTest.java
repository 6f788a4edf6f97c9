package org.quotedesk.web.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quotedesk.support.AdminSession;
import org.quotedesk.support.TestAccounts;
import org.quotedesk.support.WritableDatabase;

/**
 * Every change made from a page needs the form's CSRF token, whatever the body's type. Before, an
 * empty or text/plain POST deleted, restored and signed out without one, and a form whose type
 * differed in case ("Application/X-WWW-Form-Urlencoded") was saved without its token checked.
 */
@QuarkusTest
@TestProfile(WritableDatabase.class)
class CsrfTest {

    @ParameterizedTest
    @CsvSource(value = {"NONE, NONE", "text/plain, x", "application/json, {}",
        "Application/X-WWW-Form-Urlencoded, confirm=yes", "application/x-www-form-urlencoded, NONE",
        "multipart/form-data; boundary=x, NONE"}, nullValues = "NONE")
    void aDeleteWithoutTheTokenIsRefusedWhateverItsBody(String contentType, String body) {
        AdminSession editor = AdminSession.signIn(TestAccounts.EDITOR, TestAccounts.EDITOR_PASSWORD);
        assertThat(editor.post("/admin/quotes/1/delete", contentType, body).statusCode()).isEqualTo(400);
        given().get("/api/quotes/1").then().statusCode(200);
        assertThat(editor.post("/admin/changes/1/restore", contentType, body).statusCode()).isIn(400, 403);
    }

    @ParameterizedTest
    @CsvSource(value = {"NONE, NONE", "text/plain, x", "APPLICATION/X-WWW-FORM-URLENCODED, a=b"},
            nullValues = "NONE")
    void signingOutWithoutTheTokenIsRefusedAndTheSessionGoesOn(String contentType, String body) {
        AdminSession editor = AdminSession.signIn(TestAccounts.EDITOR, TestAccounts.EDITOR_PASSWORD);
        assertThat(editor.post("/logout", contentType, body).statusCode()).isEqualTo(400);
        editor.get("/admin").then().statusCode(200);
    }

    @ParameterizedTest
    @CsvSource({"Application/X-WWW-Form-Urlencoded", "application/X-WWW-FORM-urlencoded; charset=UTF-8"})
    void aFormWhoseTypeDiffersInCaseIsCheckedLikeAnyOther(String contentType) {
        AdminSession editor = AdminSession.signIn(TestAccounts.EDITOR, TestAccounts.EDITOR_PASSWORD);
        assertThat(editor.post("/admin/speakers", contentType, "name=Case+Mixer&kind=PERSON").statusCode())
                .isEqualTo(400);
        given().queryParam("q", "Case Mixer").get("/api/speakers").then().statusCode(200);
    }
}
