package org.quotedesk.web.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quotedesk.support.AdminSession;
import org.quotedesk.support.TestAccounts;
import org.quotedesk.support.WritableDatabase;

/** Sessions end on sign-out, on a new password and on disabling: a copied cookie is worth nothing after. */
@QuarkusTest
@TestProfile(WritableDatabase.class)
class SessionsTest {

    private static final String PASSWORD = "marble orchard lantern";

    private static String createAccount(String prefix) {
        return TestAccounts.createEditor(prefix, PASSWORD);
    }

    private static void assertSignedOut(AdminSession session) {
        Response refused = session.get("/admin");
        assertThat(refused.statusCode()).isIn(302, 303);
        assertThat(refused.header("Location")).contains("/login");
    }

    /** Before, a cookie saved before /logout still worked afterwards. */
    @Test
    void signingOutEndsTheSessionEvenForACopyOfItsCookie() {
        AdminSession session = AdminSession.signIn(createAccount("leaving"), PASSWORD);
        session.get("/admin").then().statusCode(200);
        AdminSession saved = session.copy();
        session.submit("/admin", "/logout", Map.of()).then().statusCode(303);
        assertSignedOut(saved);
        assertSignedOut(session);
    }

    /** Before, an editor's cookie still worked after an admin had reset the password. */
    @Test
    void aPasswordResetByAnAdminEndsTheAccountsSessions() {
        String username = createAccount("reset");
        AdminSession owner = AdminSession.signIn(username, PASSWORD);
        owner.get("/admin").then().statusCode(200);
        AdminSession admin = AdminSession.signIn(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
        String id = admin.get("/admin/users").asString()
                .replaceAll("(?s).*href=\"/admin/users/(\\d+)\">" + username + "<.*", "$1");
        admin.submit("/admin/users/" + id, "/admin/users/" + id + "/password",
                Map.of("password", "quartz meadow falcon")).then().statusCode(303);
        assertSignedOut(owner);
        assertThat(AdminSession.signIn(username, "quartz meadow falcon").signedIn()).isTrue();
    }

    /** Before, editors could not change their own password. */
    @Test
    void changingOnesOwnPasswordKeepsThisBrowserAndSignsOutTheOthers() {
        String username = createAccount("owner");
        AdminSession here = AdminSession.signIn(username, PASSWORD);
        AdminSession elsewhere = AdminSession.signIn(username, PASSWORD);
        here.submit("/admin/account", "/admin/account/password", Map.of("current", PASSWORD,
                "password", "copper willow thistle", "repeated", "copper willow thistle")).then().statusCode(303);
        here.get("/admin/account").then().statusCode(200).body(containsString("Password changed"));
        assertSignedOut(elsewhere);
        assertThat(AdminSession.signIn(username, PASSWORD).signedIn()).isFalse();
        assertThat(AdminSession.signIn(username, "copper willow thistle").signedIn()).isTrue();
    }

    @Test
    void aWrongCurrentPasswordOrAWeakNewOneIsRefusedBesideItsField() {
        String username = createAccount("careful");
        AdminSession here = AdminSession.signIn(username, PASSWORD);
        here.submit("/admin/account", "/admin/account/password", Map.of("current", "not it at all",
                "password", "password1234", "repeated", "password1235")).then().statusCode(400)
                .body(containsString("is not your current password")).body(containsString("too easy to guess"))
                .body(containsString("is not the same password"));
        here.get("/admin").then().statusCode(200);
    }
}
