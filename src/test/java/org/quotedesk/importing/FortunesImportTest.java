package org.quotedesk.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.quotedesk.support.Fortunes;
import org.quotedesk.support.Fortunes.Fortune;
import org.quotedesk.support.TestAccounts;
import org.quotedesk.support.WritableDatabase;

/**
 * Real data nobody here wrote: every attributed fortune of Debian's {@code fortunes} package,
 * imported as a new user would, with the speaker and the source given by name. Each fortune file
 * is one citation (a source without a text), so its quotes have no offsets.
 */
@QuarkusTest
@TestProfile(FortunesImportTest.FreshDatabase.class)
class FortunesImportTest {

    /** Some 7,000 quotes: a database of their own, so that no other test sees them in its totals. */
    public static class FreshDatabase extends WritableDatabase {
        @Override
        public Map<String, String> getConfigOverrides() {
            return with(Map.of());
        }
    }

    private static final Logger LOG = Logger.getLogger(FortunesImportTest.class);
    /** Longer than the tests' usual 30 s: the whole import is one request, answered at its end. */
    private static final int IMPORT_TIMEOUT_MILLIS = 600_000;
    private static final String GROUCHO = "Groucho Marx";
    private static final String GROUCHO_QUOTE = "I never forget a face, but in your case I'll make an exception.";

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyAttributedFortuneIsImportedAndFoundBySpeakerAndPhrase() throws IOException {
        if (!Fortunes.installed()) {
            fail("No " + Fortunes.DIRECTORY + ": install Debian's fortunes package (apt-get install fortunes),"
                    + " or run bin/verify, which installs it");
        }
        List<String> lines = new ArrayList<>();
        int fortunes = 0;
        for (Path file : Fortunes.files()) {
            ObjectNode source = citation(file);
            for (Fortune fortune : Fortunes.attributed(file)) {
                lines.add(importLine(fortune, source));
                fortunes++;
            }
        }
        assertThat(fortunes).as("attributed fortunes read from " + Fortunes.DIRECTORY).isGreaterThan(7_000);
        assertThat(lines).anySatisfy(line -> assertThat(line).contains(json.writeValueAsString(GROUCHO_QUOTE)));

        // 2.5 MB of NDJSON: well under the import's body limit (quotedesk.http.max-import-size, 2G).
        byte[] body = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        long started = System.nanoTime();
        JsonPath report = given().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", IMPORT_TIMEOUT_MILLIS)))
                .auth().preemptive().basic(TestAccounts.EDITOR, TestAccounts.EDITOR_PASSWORD)
                .contentType("application/x-ndjson").body(body).post("/api/import")
                .then().statusCode(200).extract().jsonPath();
        double seconds = (System.nanoTime() - started) / 1e9;
        long imported = report.getLong("imported");
        long duplicates = report.getLong("duplicates");
        long rejected = report.getLong("rejectedTotal");
        LOG.infof("Fortunes import: %d lines (%d bytes) in %.1f s: %d imported, %d duplicates, %d rejected",
                lines.size(), body.length, seconds, imported, duplicates, rejected);

        List<Map<String, Object>> firstRejections = report.getList("rejected");
        assertThat(rejected).as("rejected lines; the first: %s", firstRejections.stream().limit(10).toList())
                .isZero();
        assertThat(imported + duplicates).isEqualTo(fortunes);

        JsonPath byGroucho = given().queryParam("speaker", GROUCHO).queryParam("size", 100)
                .get("/api/quotes").then().statusCode(200).extract().jsonPath();
        assertThat(byGroucho.getList("items.speaker.name", String.class)).isNotEmpty().containsOnly(GROUCHO);
        assertThat(byGroucho.getList("items.text", String.class)).contains(GROUCHO_QUOTE);

        JsonPath phrase = given().queryParam("q", "\"never forget a face\"").queryParam("size", 100)
                .get("/api/quotes").then().statusCode(200).extract().jsonPath();
        assertThat(phrase.getList("items.text", String.class)).contains(GROUCHO_QUOTE);
        assertThat(phrase.getList("items.speaker.name", String.class)).contains(GROUCHO);
    }

    /** One source per file, a citation: its title, publisher, date, where it is, and no text. */
    private ObjectNode citation(Path file) throws IOException {
        ObjectNode source = json.createObjectNode();
        source.put("title", "Debian fortunes: " + file.getFileName());
        source.put("publisher", "Debian fortunes package");
        source.put("publishedOn", Fortunes.modified(file).toString());
        source.put("locator", file.toString());
        source.put("language", "en");
        return source;
    }

    /** The fortune as one line of the import: a direct quote, its speaker by name, no offsets. */
    private String importLine(Fortune fortune, ObjectNode source) throws JsonProcessingException {
        ObjectNode quote = json.createObjectNode();
        quote.put("text", fortune.text());
        quote.put("type", "DIRECT");
        quote.putObject("speaker").put("name", fortune.speaker());
        quote.set("source", source);
        quote.put("notes", fortune.attribution());
        return json.writeValueAsString(quote);
    }
}
