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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
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
    private static final Path FORTUNES = Path.of("/usr/share/games/fortunes");
    /** An attribution: the entry's last line, indented, starting with "-- ". */
    private static final Pattern ATTRIBUTION = Pattern.compile("^[ \\t]+-- (.+)$");
    /** Longer than the tests' usual 30 s: the whole import is one request, answered at its end. */
    private static final int IMPORT_TIMEOUT_MILLIS = 600_000;
    private static final String GROUCHO = "Groucho Marx";
    private static final String GROUCHO_QUOTE = "I never forget a face, but in your case I'll make an exception.";

    private final ObjectMapper json = new ObjectMapper();

    record Fortune(String file, String text, String attribution) {

        String speaker() {
            int comma = attribution.indexOf(',');
            return (comma < 0 ? attribution : attribution.substring(0, comma)).strip();
        }
    }

    @Test
    void everyAttributedFortuneIsImportedAndFoundBySpeakerAndPhrase() throws IOException {
        if (!Files.isDirectory(FORTUNES)) {
            fail("No " + FORTUNES + ": install Debian's fortunes package (apt-get install fortunes),"
                    + " or run bin/verify, which installs it");
        }
        List<String> lines = new ArrayList<>();
        int fortunes = 0;
        for (Path file : fortuneFiles()) {
            ObjectNode source = citation(file);
            for (Fortune fortune : attributedFortunes(file)) {
                lines.add(importLine(fortune, source));
                fortunes++;
            }
        }
        assertThat(fortunes).as("attributed fortunes read from " + FORTUNES).isGreaterThan(7_000);
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

    /** The fortune files: those without a dot in their name (not the .dat indexes, nor the .u8 links). */
    private static List<Path> fortuneFiles() throws IOException {
        try (Stream<Path> files = Files.list(FORTUNES)) {
            return files.filter(f -> !f.getFileName().toString().contains(".")).filter(Files::isRegularFile)
                    .sorted().toList();
        }
    }

    /** One source per file, a citation: its title, publisher, date, where it is, and no text. */
    private ObjectNode citation(Path file) throws IOException {
        LocalDate modified = Files.getLastModifiedTime(file).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        ObjectNode source = json.createObjectNode();
        source.put("title", "Debian fortunes: " + file.getFileName());
        source.put("publisher", "Debian fortunes package");
        source.put("publishedOn", modified.toString());
        source.put("locator", file.toString());
        source.put("language", "en");
        return source;
    }

    /**
     * The entries of a file (separated by lines holding only "%") whose last line is an attribution
     * and which have text above it. One entry of {@code platitudes} is an attribution alone (Owen
     * Meredith, with no words of his): it is not a quote.
     */
    static List<Fortune> attributedFortunes(Path file) throws IOException {
        String name = file.getFileName().toString();
        List<Fortune> fortunes = new ArrayList<>();
        List<String> entry = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.equals("%")) {
                addIfAttributed(name, entry, fortunes);
                entry.clear();
            } else {
                entry.add(line);
            }
        }
        addIfAttributed(name, entry, fortunes);
        return fortunes;
    }

    private static void addIfAttributed(String file, List<String> entry, List<Fortune> fortunes) {
        List<String> lines = withoutTrailingBlankLines(entry);
        if (lines.isEmpty()) {
            return;
        }
        Matcher attribution = ATTRIBUTION.matcher(lines.get(lines.size() - 1));
        if (!attribution.matches()) {
            return;
        }
        String text = String.join("\n", withoutTrailingBlankLines(lines.subList(0, lines.size() - 1)));
        if (!text.isBlank()) {
            fortunes.add(new Fortune(file, text, attribution.group(1).strip()));
        }
    }

    private static List<String> withoutTrailingBlankLines(List<String> lines) {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isBlank()) {
            end--;
        }
        return lines.subList(0, end);
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
