package org.quotedesk.web.admin;

import static io.restassured.RestAssured.given;
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

/** Accounts: created and disabled by admins, locked after repeated failed sign-ins. */
@QuarkusTest
@TestProfile(WritableDatabase.class)
class AccountsTest {

    private static final String PASSWORD = "a long enough password";

    private static String createAccount(String prefix) {
        return TestAccounts.createEditor(prefix, PASSWORD);
    }

    @Test
    void anAdminCreatesAnAccountThatCanSignInAndItsCreationIsAudited() {
        String username = createAccount("reporter");
        assertThat(AdminSession.signIn(username, PASSWORD).signedIn()).isTrue();
        String changes = AdminSession.signIn(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD).get("/admin/changes")
                .asString();
        assertThat(changes).contains(username).contains("<tr><th scope=\"row\">password</th><td>—</td><td>(set)</td></tr>")
                .doesNotContain("$2a$");
    }

    @Test
    void aShortPasswordIsRefusedBesideItsField() {
        AdminSession admin = AdminSession.signIn(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
        admin.submit("/admin/users/new", "/admin/users", Map.of("username", "shorty", "password", "short"))
                .then().statusCode(400).body(containsString("must be at least 12 characters"))
                .body(containsString("value=\"shorty\""));
    }

    @Test
    void repeatedFailedSignInsLockTheAccountForAWhile() {
        String username = createAccount("target");
        for (int attempt = 1; attempt <= 5; attempt++) {
            given().auth().preemptive().basic(username, "wrong guess " + attempt).delete("/api/quotes/1")
                    .then().statusCode(401);
        }
        // The right password is refused too, until the lock expires; others are not affected.
        given().auth().preemptive().basic(username, PASSWORD).delete("/api/quotes/999999").then().statusCode(401);
        assertThat(AdminSession.signIn(username, PASSWORD).signedIn()).isFalse();
        assertThat(AdminSession.signIn(TestAccounts.EDITOR, TestAccounts.EDITOR_PASSWORD).signedIn()).isTrue();
    }

    @Test
    void aDisabledAccountCannotSignInNorKeepItsSession() {
        String username = createAccount("leaver");
        AdminSession leaver = AdminSession.signIn(username, PASSWORD);
        leaver.get("/admin").then().statusCode(200);

        AdminSession admin = AdminSession.signIn(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
        String list = admin.get("/admin/users").asString();
        String id = list.replaceAll("(?s).*href=\"/admin/users/(\\d+)\">" + username + "<.*", "$1");
        admin.submit("/admin/users/" + id, "/admin/users/" + id, Map.of("version", "0")).then().statusCode(303);

        assertThat(AdminSession.signIn(username, PASSWORD).signedIn()).isFalse();
        Response refused = leaver.get("/admin");
        assertThat(refused.statusCode()).isIn(302, 303);
        assertThat(refused.header("Location")).contains("/login");
    }

    @Test
    void anAdminCannotLockThemselvesOut() {
        AdminSession admin = AdminSession.signIn(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
        String list = admin.get("/admin/users").asString();
        String id = list.replaceAll("(?s).*href=\"/admin/users/(\\d+)\">admin<.*", "$1");
        String version = admin.get("/admin/users/" + id).asString()
                .replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        admin.submit("/admin/users/" + id, "/admin/users/" + id, Map.of("version", version, "enabled", "on"))
                .then().statusCode(409).body(containsString("cannot take away your own admin role"));
    }
}
