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

/** Export, import into an empty instance, export again: the same bytes. */
class ExportRoundTripIT {

    @TempDir
    Path workDir;

    @TempDir
    Path seededData;

    @TempDir
    Path emptyData;

    @Test
    void anExportImportedIntoAnEmptyInstanceExportsIdentically() throws Exception {
        String first;
        try (RunningApp seeded = RunningApp.start(workDir, Map.of("QUOTEDESK_DATA_DIR", seededData.toString()),
                "roundtrip-seeded")) {
            first = given().get(seeded.url("/api/export")).then().statusCode(200).extract().asString();
        }
        assertThat(first.lines()).hasSize(Seed.QUOTES);

        try (RunningApp empty = RunningApp.start(workDir, Map.of("QUOTEDESK_DATA_DIR", emptyData.toString(),
                "QUOTEDESK_SEED", "false", "QUOTEDESK_ADMIN_PASSWORD", "it-kestrel-harbour-7"), "roundtrip-empty")) {
            assertThat(given().get(empty.url("/api/quotes")).jsonPath().getLong("total")).isZero();
            JsonPath report = given().auth().preemptive().basic("admin", "it-kestrel-harbour-7")
                    .contentType("application/x-ndjson").body(first.getBytes(StandardCharsets.UTF_8))
                    .post(empty.url("/api/import")).then().statusCode(200).extract().jsonPath();
            assertThat(report.getLong("imported")).isEqualTo(Seed.QUOTES);
            assertThat(report.getLong("rejectedTotal")).isZero();
            String second = given().get(empty.url("/api/export")).then().statusCode(200).extract().asString();
            assertThat(second).isEqualTo(first);
        }
    }
}
