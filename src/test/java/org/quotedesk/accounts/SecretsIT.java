package org.quotedesk.accounts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quotedesk.support.AdminSession;
import org.quotedesk.support.ItDatabase;
import org.quotedesk.support.RunningApp;

/**
 * The packaged application's secrets: the session key (on H2; the PostgreSQL build's comes from the
 * environment) and the first admin's password live in owner-only files of the data directory, never
 * in the log; sessions survive a restart; a forgotten password is reset by a command.
 */
class SecretsIT {

    @Test
    void secretsAreKeptInOwnerOnlyFilesNeverInTheLogAndAForgottenPasswordIsResetByACommand() throws Exception {
        Path dir = Files.createTempDirectory("quotedesk-secrets-");
        Path data = dir.resolve("data");
        Map<String, String> env = Map.of("QUOTEDESK_DATA_DIR", data.toString());
        Path passwordFile = data.resolve("secrets/initial-admin-password");
        Path keyFile = data.resolve("secrets/session-key");
        String password;
        AdminSession before;
        try (RunningApp app = RunningApp.start(dir, env, "secrets-first")) {
            password = Files.readString(passwordFile).strip();
            // The PostgreSQL build takes its key from the environment only, and keeps none in a file.
            assertThat(keyFile).matches(file -> Files.exists(file) == ItDatabase.isH2());
            String key = ItDatabase.isH2() ? Files.readString(keyFile).strip() : ItDatabase.SESSION_KEY;
            String log = app.log();
            assertThat(log).doesNotContain(password).doesNotContain(key).doesNotContainIgnoringCase("temporary key")
                    .contains(passwordFile.toString());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
            if (ItDatabase.isH2()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
            }
            before = AdminSession.signIn(app.url(""), "admin", password);
            before.get("/admin").then().statusCode(200);
        }
        try (RunningApp app = RunningApp.start(dir, env, "secrets-restarted")) {
            assertThat(AdminSession.signIn(app.url(""), "admin", "nothing like it").signedIn()).isFalse();
            sameCookiesAt(before, app).get("/admin").then().statusCode(200);
        }
        Map<String, String> withKey = Map.of("QUOTEDESK_DATA_DIR", data.toString(),
                "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", "a key of the operator's own, long enough");
        try (RunningApp app = RunningApp.start(dir, withKey, "secrets-key-from-environment")) {
            // The environment's key wins over the file's: a cookie made with the file's key means nothing.
            Response refused = sameCookiesAt(before, app).get("/admin");
            assertThat(refused.statusCode()).isIn(302, 303);
            assertThat(AdminSession.signIn(app.url(""), "admin", password).signedIn()).isTrue();
        }

        RunningApp.Finished reset = RunningApp.runToEnd(dir, env, "secrets-reset", "reset-password", "admin");
        assertThat(reset.exitCode()).isZero();
        Path newPasswordFile = data.resolve("secrets/new-password-admin");
        String newPassword = Files.readString(newPasswordFile).strip();
        assertThat(reset.output()).contains(newPasswordFile.toString()).doesNotContain(newPassword);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(newPasswordFile)))
                .isEqualTo("rw-------");

        try (RunningApp app = RunningApp.start(dir, env, "secrets-after-reset")) {
            given().auth().preemptive().basic("admin", password).delete(app.url("/api/quotes/99999"))
                    .then().statusCode(401);
            given().auth().preemptive().basic("admin", newPassword).delete(app.url("/api/quotes/99999"))
                    .then().statusCode(404);
            Response ended = sameCookiesAt(before, app).get("/admin");
            assertThat(ended.statusCode()).isIn(302, 303);
            assertThat(ended.header("Location")).contains("/login");
        }
    }

    /** Before, "a" was accepted, and "password1234" too. */
    @Test
    void aGuessableFirstAdminPasswordStopsTheStartWithoutBeingLogged() throws Exception {
        Path dir = Files.createTempDirectory("quotedesk-weak-");
        RunningApp.Finished start = RunningApp.runToEnd(dir, Map.of("QUOTEDESK_DATA_DIR",
                dir.resolve("data").toString(), "QUOTEDESK_ADMIN_PASSWORD", "password1234"), "secrets-weak");
        assertThat(start.exitCode()).isNotZero();
        assertThat(start.output()).contains("QUOTEDESK_ADMIN_PASSWORD is too easy to guess")
                .doesNotContain("password1234");
    }

    private static AdminSession sameCookiesAt(AdminSession session, RunningApp app) {
        return session.copyFor(app.url(""));
    }
}
