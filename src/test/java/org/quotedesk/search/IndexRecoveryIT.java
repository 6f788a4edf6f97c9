package org.quotedesk.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotedesk.support.ItDatabase;
import org.quotedesk.support.RunningApp;
import org.quotedesk.support.Seed;

/**
 * The embedded search index follows the database across crashes: it is rebuilt when missing or
 * unreadable, and changes committed to the database but not yet indexed are applied at the next
 * start. On the scale build too, with its embedded index (an empty {@code QUOTEDESK_OPENSEARCH_URL}):
 * OpenSearch's recovery is the multi-instance test's.
 */
class IndexRecoveryIT {

    private static final String PASSWORD = "it-kestrel-harbour-7";

    @TempDir
    Path workDir;

    @TempDir
    Path dataDir;

    private RunningApp start(String name) throws Exception {
        return RunningApp.start(workDir, Map.of("QUOTEDESK_DATA_DIR", dataDir.toString(),
                "QUOTEDESK_ADMIN_PASSWORD", PASSWORD, "QUOTEDESK_OPENSEARCH_URL", ""), name);
    }

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", PASSWORD).contentType(ContentType.JSON);
    }

    private static long total(RunningApp app, String query) {
        return given().get(app.url(query.isEmpty() ? "/api/quotes" : "/api/quotes?" + query)).then().statusCode(200).extract().jsonPath()
                .getLong("total");
    }

    @Test
    void aWriteAnsweredJustBeforeAKillIsThereAfterTheRestart() throws Exception {
        String text = "Sentinel words: quokka ascendant.";
        long quoteId;
        try (RunningApp app = start("kill-after-write")) {
            long source = admin().body(Map.of("title", "Sentinel", "publishedOn", "2024-01-02", "language", "en",
                    "text", text)).post(app.url("/api/sources")).then().statusCode(201).extract().jsonPath().getLong("id");
            long speaker = admin().body(Map.of("name", "Sentinel Speaker", "kind", "PERSON"))
                    .post(app.url("/api/speakers")).then().statusCode(201).extract().jsonPath().getLong("id");
            quoteId = admin().body(Map.of("text", "quokka ascendant", "type", "PARTIAL", "speaker", Map.of("id", speaker),
                            "source", Map.of("id", source), "start", 16, "end", 32))
                    .post(app.url("/api/quotes")).then().statusCode(201).extract().jsonPath().getLong("id");
            app.kill();
        }
        try (RunningApp app = start("kill-after-write-restarted")) {
            given().get(app.url("/api/quotes/" + quoteId)).then().statusCode(200).body("text", equalTo("quokka ascendant"));
            assertThat(total(app, "q=quokka")).isEqualTo(1);
        }
    }

    @Test
    void aMissingIndexIsRebuiltFromTheDatabase() throws Exception {
        try (RunningApp app = start("missing-first")) {
            assertThat(total(app, "q=provoc*")).isEqualTo(4);
        }
        deleteRecursively(dataDir.resolve("index"));
        try (RunningApp app = start("missing-restarted")) {
            assertThat(total(app, "q=provoc*")).isEqualTo(4);
            assertThat(total(app, "")).isEqualTo(Seed.QUOTES);
        }
    }

    @Test
    void anUnreadableIndexIsRebuiltFromTheDatabase() throws Exception {
        try (RunningApp app = start("corrupt-first")) {
            assertThat(total(app, "q=provoc*")).isEqualTo(4);
        }
        try (Stream<Path> files = Files.list(dataDir.resolve("index"))) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                Files.write(file, "not a Lucene file".getBytes());
            }
        }
        try (RunningApp app = start("corrupt-restarted")) {
            assertThat(total(app, "q=provoc*")).isEqualTo(4);
            assertThat(total(app, "")).isEqualTo(Seed.QUOTES);
        }
    }

    @Test
    void changesCommittedButNotIndexedBeforeACrashAreAppliedAtTheNextStart() throws Exception {
        long disputed;
        long deleted;
        try (RunningApp app = start("behind-first")) {
            List<Long> ids = given().get(app.url("/api/quotes")).then().extract().jsonPath().getList("items.id", Long.class);
            disputed = ids.get(0);
            deleted = ids.get(1);
            assertThat(total(app, "status=DISPUTED")).isZero();
            app.kill();
        }
        // What a crash right after the database commit leaves: the change and its outbox entry, not
        // yet in the index. And a row deleted behind the application's back, with no entry at all.
        try (Connection db = ItDatabase.connect(dataDir)) {
            db.createStatement().executeUpdate("update quote set status = 'DISPUTED' where id = " + disputed);
            db.createStatement().executeUpdate("insert into search_outbox (quote_id) values (" + disputed + ")");
            db.createStatement().executeUpdate("delete from quote where id = " + deleted);
        }
        try (RunningApp app = start("behind-restarted")) {
            given().get(app.url("/api/quotes?status=DISPUTED")).then().body("total", equalTo(1))
                    .body("items[0].id", equalTo((int) disputed));
            assertThat(total(app, "")).isEqualTo(Seed.QUOTES - 1);
        }
    }

    private static void deleteRecursively(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(file);
            }
        }
    }
}
