package org.quotedesk.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotedesk.support.ItDatabase;
import org.quotedesk.support.RunningApp;
import org.quotedesk.support.Seed;

/**
 * The packaged application keeps its data in QUOTEDESK_DATA_DIR across a kill -9 and a restart,
 * and the seed never runs again over curated data.
 */
class RestartDurabilityIT {

    @TempDir
    Path workDir;

    @TempDir
    Path dataDir;

    @Test
    void curatedDataSurvivesAKillAndARestartAndTheSeedNeverRunsAgain() throws Exception {
        Map<String, String> env = Map.of("QUOTEDESK_DATA_DIR", dataDir.toString());
        long disputed;
        long deleted;
        try (RunningApp first = RunningApp.start(workDir, env, "restart-first")) {
            given().get(first.url("/api/quotes")).then().statusCode(200).body("total", equalTo(Seed.QUOTES));
            disputed = given().get(first.url("/api/quotes")).then().extract().jsonPath().getLong("items[0].id");
            deleted = given().get(first.url("/api/quotes")).then().extract().jsonPath().getLong("items[1].id");
            first.kill();
        }

        // An editor's curation, written straight into the database while the application is down.
        try (Connection db = ItDatabase.connect(dataDir);
                PreparedStatement dispute = db.prepareStatement("update quote set status = 'DISPUTED' where id = ?");
                PreparedStatement delete = db.prepareStatement("delete from quote where id = ?")) {
            dispute.setLong(1, disputed);
            assertThat(dispute.executeUpdate()).isEqualTo(1);
            delete.setLong(1, deleted);
            assertThat(delete.executeUpdate()).isEqualTo(1);
        }

        try (RunningApp second = RunningApp.start(workDir, env, "restart-second")) {
            given().get(second.url("/api/quotes")).then().statusCode(200).body("total", equalTo(Seed.QUOTES - 1));
            given().get(second.url("/api/quotes/" + disputed)).then().statusCode(200).body("status", equalTo("DISPUTED"));
            given().get(second.url("/api/quotes/" + deleted)).then().statusCode(404);
            given().get(second.url("/q/swagger-ui/")).then().statusCode(200);
            given().get(second.url("/q/openapi")).then().statusCode(200);
            second.kill();
        }

        try (Stream<Path> written = Files.list(workDir)) {
            assertThat(written).as("files written outside the data directory").isEmpty();
        }
        if (!ItDatabase.hasOpenSearch()) {
            assertThat(dataDir.resolve("index")).isDirectory();
        }
        if (ItDatabase.isH2()) {
            assertThat(dataDir.resolve("db/quotedesk.mv.db")).isRegularFile();
        }
    }
}
