package org.quotedesk.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotedesk.support.RunningApp;
import org.quotedesk.support.Seed;

/**
 * Export, import into an empty instance, export again: the same bytes, for a database that mixes
 * quotes anchored in their source's text and quotes of citations, which have no offsets.
 */
class ExportRoundTripIT {

    @TempDir
    Path workDir;

    @TempDir
    Path seededData;

    @TempDir
    Path emptyData;

    private static final String PASSWORD = "it-kestrel-harbour-7";
    private static final int CITED = 3;

    @Test
    void anExportImportedIntoAnEmptyInstanceExportsIdentically() throws Exception {
        String first;
        try (RunningApp seeded = RunningApp.start(workDir, Map.of("QUOTEDESK_DATA_DIR", seededData.toString(),
                "QUOTEDESK_ADMIN_PASSWORD", PASSWORD), "roundtrip-seeded")) {
            addCitationWithQuotes(seeded);
            first = given().get(seeded.url("/api/export")).then().statusCode(200).extract().asString();
        }
        assertThat(first.lines()).hasSize(Seed.QUOTES + CITED);
        assertThat(first.lines().filter(line -> !line.contains("\"start\":"))).hasSize(CITED);

        try (RunningApp empty = RunningApp.start(workDir, Map.of("QUOTEDESK_DATA_DIR", emptyData.toString(),
                "QUOTEDESK_SEED", "false", "QUOTEDESK_ADMIN_PASSWORD", PASSWORD), "roundtrip-empty")) {
            assertThat(given().get(empty.url("/api/quotes")).jsonPath().getLong("total")).isZero();
            JsonPath report = given().auth().preemptive().basic("admin", PASSWORD)
                    .contentType("application/x-ndjson").body(first.getBytes(StandardCharsets.UTF_8))
                    .post(empty.url("/api/import")).then().statusCode(200).extract().jsonPath();
            assertThat(report.getLong("imported")).isEqualTo(Seed.QUOTES + CITED);
            assertThat(report.getLong("rejectedTotal")).isZero();
            String second = given().get(empty.url("/api/export")).then().statusCode(200).extract().asString();
            assertThat(second).isEqualTo(first);
        }
    }

    /** A broadcast QuoteDesk has no transcript of, and quotes of it: no offsets. */
    private static void addCitationWithQuotes(RunningApp app) {
        for (int i = 1; i <= CITED; i++) {
            Map<String, Object> quote = Map.of("text", "Point number " + i + " of the interview.", "type", "INDIRECT",
                    "speaker", Map.of("name", "Round Trip Speaker", "role", "Guest"),
                    "source", Map.of("title", "Evening broadcast", "publishedOn", "2024-05-02", "publisher", "Radio",
                            "locator", "from 18:04"));
            given().auth().preemptive().basic("admin", PASSWORD).contentType("application/json").body(quote)
                    .post(app.url("/api/quotes")).then().statusCode(201);
        }
    }
}
