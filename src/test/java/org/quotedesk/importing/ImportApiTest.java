package org.quotedesk.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quotedesk.support.TestAccounts;
import org.quotedesk.support.WritableDatabase;

@QuarkusTest
@TestProfile(WritableDatabase.class)
class ImportApiTest {

    private static RequestSpecification ndjson(String body) {
        return given().auth().preemptive().basic(TestAccounts.EDITOR, TestAccounts.EDITOR_PASSWORD)
                .contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void linesNameTheirSpeakerVenueAndSourceAndNewOnesAreCreated() {
        String title = "Memoirs " + System.nanoTime();
        String body = String.join("\n",
                "{\"text\":\"Hello\",\"type\":\"DIRECT\",\"speaker\":{\"name\":\"Groucho Marx\",\"role\":\"Comedian\"},"
                        + "\"venue\":{\"name\":\"Stage door\",\"kind\":\"SPEECH\"},"
                        + "\"source\":{\"title\":\"" + title + "\",\"publishedOn\":\"1959-01-01\","
                        + "\"text\":\"He said: Hello, I must be going.\"},\"start\":9,\"end\":14}",
                "",
                "{\"text\":\"I must be going\",\"type\":\"DIRECT\",\"speaker\":{\"name\":\"groucho marx\"},"
                        + "\"source\":{\"title\":\"" + title + "\"},\"start\":16,\"end\":31}",
                "{\"text\":\"Hello\",\"type\":\"DIRECT\",\"speaker\":{\"name\":\"Groucho Marx\"},"
                        + "\"source\":{\"title\":\"" + title + "\"},\"start\":9,\"end\":14}",
                "not json at all",
                "{\"text\":\"Goodbye\",\"type\":\"DIRECT\",\"speaker\":{\"name\":\"Groucho Marx\"},"
                        + "\"source\":{\"title\":\"" + title + "\"},\"start\":9,\"end\":16}",
                "{\"type\":\"SHOUTED\"}",
                "{\"text\":\"x\",\"type\":\"DIRECT\",\"speaker\":{\"name\":\"Chico\"},"
                        + "\"source\":{\"title\":\"Unwritten " + title + "\",\"publishedOn\":\"1960-01-01\"},"
                        + "\"start\":0,\"end\":1}");
        JsonPath report = ndjson(body).post("/api/import").then().statusCode(200).extract().jsonPath();
        assertThat(report.getLong("imported")).isEqualTo(2);
        assertThat(report.getLong("duplicates")).isEqualTo(1);
        assertThat(report.getLong("rejectedTotal")).isEqualTo(4);
        assertThat(report.getList("rejected.line", Integer.class)).containsExactly(5, 6, 7, 8);
        List<Map<String, Object>> rejected = report.getList("rejected");
        assertThat((List<String>) rejected.get(0).get("errors")).containsExactly("is not valid JSON");
        assertThat((List<String>) rejected.get(1).get("errors"))
                .singleElement().asString().startsWith("text: must be the source text");
        assertThat((List<String>) rejected.get(2).get("errors"))
                .singleElement().asString().startsWith("type: must be one of");
        // A source named for the first time without a text is a citation: its quotes have no offsets.
        assertThat((List<String>) rejected.get(3).get("errors")).anySatisfy(
                error -> assertThat(error).startsWith("start: must be empty: the source is a citation"));

        given().queryParam("speaker", "Groucho Marx").get("/api/quotes")
                .then().body("total", equalTo(2)).body("items[0].speaker.role", equalTo("Comedian"));
        // A rejected line creates nothing, not even the speaker and source it named.
        given().queryParam("speaker", "Chico").get("/api/quotes").then().body("total", equalTo(0));
        given().queryParam("q", "source:Unwritten").get("/api/quotes").then().body("total", equalTo(0));
        assertThat(given().queryParam("size", 100).get("/api/speakers").jsonPath().getList("items.name", String.class))
                .doesNotContain("Chico");
    }

    @Test
    void linesWithoutOffsetsAreLocatedInTheirSourcesTextOrCiteASourceWithout() {
        String title = "Interview " + System.nanoTime();
        String text = "Q: Will you run? A: “I won’t run – I’ve said it.” Q: Never? A: I won’t run.";
        String body = String.join("\n",
                line("I won't run - I've said it.", "Ann Candidate", "{\"title\":\"" + title
                        + "\",\"publishedOn\":\"2024-06-01\",\"text\":" + json(text) + "}"),
                line("I won't run", "Ann Candidate", "{\"title\":\"" + title + "\"}"),
                line("I will run", "Ann Candidate", "{\"title\":\"" + title + "\"}"),
                line("She would not say.", "Ann Candidate", "{\"title\":\"Radio " + title
                        + "\",\"publishedOn\":\"2024-06-02\",\"locator\":\"07:45\"}"));
        JsonPath report = ndjson(body).post("/api/import").then().statusCode(200).extract().jsonPath();
        assertThat(report.getLong("imported")).isEqualTo(2);
        assertThat(report.getList("rejected.line", Integer.class)).containsExactly(2, 3);
        List<Map<String, Object>> rejected = report.getList("rejected");
        assertThat((List<String>) rejected.get(0).get("errors")).singleElement().asString()
                .startsWith("start: the text occurs more than once");
        assertThat((List<String>) rejected.get(1).get("errors")).singleElement().asString()
                .startsWith("text: is not in the source's text");

        JsonPath located = given().queryParam("q", "\"said it\"").get("/api/quotes").jsonPath();
        assertThat(located.getString("items[0].text")).isEqualTo("I won’t run – I’ve said it.");
        assertThat(located.getInt("items[0].start")).isEqualTo(text.indexOf("I won’t run – I’ve"));
        JsonPath cited = given().queryParam("q", "\"would not say\"").get("/api/quotes").jsonPath();
        assertThat(cited.getString("items[0].source.locator")).isEqualTo("07:45");
        assertThat(cited.getString("items[0].start")).isNull();
    }

    private static String line(String text, String speaker, String source) {
        return "{\"text\":" + json(text) + ",\"type\":\"DIRECT\",\"speaker\":{\"name\":" + json(speaker)
                + "},\"source\":" + source + "}";
    }

    private static String json(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Test
    void importingNeedsAnEditor() {
        given().contentType("application/x-ndjson").body("{}".getBytes(StandardCharsets.UTF_8)).post("/api/import")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().preemptive().basic(TestAccounts.READER, TestAccounts.READER_PASSWORD)
                .contentType("application/x-ndjson").body("{}".getBytes(StandardCharsets.UTF_8)).post("/api/import").then().statusCode(403);
    }

    @Test
    void exportWritesEveryQuoteInTheImportFormat() {
        String export = given().get("/api/export").then().statusCode(200)
                .contentType("application/x-ndjson").extract().asString();
        List<String> lines = export.lines().toList();
        long total = given().get("/api/quotes").jsonPath().getLong("total");
        assertThat(lines).hasSize((int) total);
        assertThat(lines.get(0)).contains("\"speaker\":{\"name\":").doesNotContain("\"id\"");
        // Importing the export again stores nothing new: every line is a duplicate.
        JsonPath report = ndjson(export).post("/api/import").then().statusCode(200).extract().jsonPath();
        assertThat(report.getLong("duplicates")).isEqualTo(total);
        assertThat(report.getLong("imported")).isZero();
        assertThat(report.getLong("rejectedTotal")).isZero();
    }
}
