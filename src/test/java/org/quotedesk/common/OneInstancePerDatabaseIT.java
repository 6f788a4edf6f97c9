package org.quotedesk.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.quotedesk.support.ItDatabase;
import org.quotedesk.support.RunningApp;
import org.quotedesk.support.Seed;

/**
 * The PostgreSQL build with the embedded index refuses a second instance on a database another
 * instance is using (its own index would miss the other's changes), and takes the database once the
 * first is gone, a kill -9 included. Runs in the PostgreSQL suite ({@code bin/verify}'s second run),
 * without OpenSearch (an empty {@code QUOTEDESK_OPENSEARCH_URL} is none).
 */
@EnabledIfSystemProperty(named = "quotedesk.it.postgres", matches = ".+")
class OneInstancePerDatabaseIT {

    @TempDir
    Path workDir;

    @TempDir
    Path firstData;

    @TempDir
    Path secondData;

    @Test
    void aSecondInstanceOnTheSameDatabaseIsRefusedUntilTheFirstIsGone() throws Exception {
        Map<String, String> second = Map.of("QUOTEDESK_DATA_DIR", secondData.toString(),
                "QUARKUS_DATASOURCE_JDBC_URL", ItDatabase.url(firstData), "QUOTEDESK_OPENSEARCH_URL", "");
        try (RunningApp first = RunningApp.start(Files.createDirectories(workDir.resolve("first")),
                Map.of("QUOTEDESK_DATA_DIR", firstData.toString(), "QUOTEDESK_OPENSEARCH_URL", ""),
                "one-instance-first")) {
            Throwable refused = catchThrowable(() -> {
                try (RunningApp unexpected = RunningApp.start(Files.createDirectories(workDir.resolve("second")),
                        second, "one-instance-refused")) {
                    // Started after all: closed here, and the assertion below fails.
                }
            });
            assertThat(refused).hasMessageContaining("Another QuoteDesk instance is using this database");
            given().get(first.url("/api/quotes")).then().statusCode(200).body("total", equalTo(Seed.QUOTES));
            first.kill();
        }
        try (RunningApp after = RunningApp.start(workDir.resolve("second"), second, "one-instance-after")) {
            given().get(after.url("/api/quotes")).then().statusCode(200).body("total", equalTo(Seed.QUOTES));
        }
    }
}
