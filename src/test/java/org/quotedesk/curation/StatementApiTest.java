package org.quotedesk.curation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quotedesk.support.Editor.editor;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quotedesk.catalogue.history.FieldChange;
import org.quotedesk.support.Api;
import org.quotedesk.support.TestAccounts;
import org.quotedesk.support.WritableDatabase;

/** Reports of one speaker's words in several sources are one statement, on every write path. */
@QuarkusTest
@TestProfile(WritableDatabase.class)
class StatementApiTest {

    @Inject
    Quotes quotes;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private long source(String outlet, String publishedOn) {
        return editor().body(Map.of("title", outlet + " report " + tag, "publisher", outlet, "publishedOn",
                publishedOn, "language", "en")).post("/api/sources").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    private static JsonPath quote(String speaker, long source, String text) {
        return editor().body(Map.of("text", text, "type", "DIRECT", "speaker", Map.of("name", speaker),
                "source", Map.of("id", source))).post("/api/quotes").then().statusCode(201).extract().jsonPath();
    }

    private static JsonPath statement(long id) {
        return given().get("/api/statements/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void outletsReportingOneSentenceGiveOneStatementFirstReportedByTheEarliest() {
        String speaker = "Mara Ostrova " + tag;
        long later = source("Daily Courier", "2024-03-03");
        long earlier = source("Wire Service", "2024-03-01");
        JsonPath a = quote(speaker, later, "Nobody is planning to attack anyone in the region.");
        assertThat(a.getLong("statement.reports")).isEqualTo(1);
        JsonPath b = quote(speaker, earlier, "Nobody is planning to invade anyone in the region.");
        JsonPath c = quote(speaker, source("Evening Post", "2024-03-05"), "nobody is planning to invade anyone");
        JsonPath other = quote(speaker, earlier, "The region deserves a lasting peace and our help.");

        long id = a.getLong("statement.id");
        assertThat(b.getLong("statement.id")).isEqualTo(id);
        assertThat(b.getLong("statement.reports")).isEqualTo(2);
        assertThat(c.getLong("statement.id")).as("a fragment of six words").isEqualTo(id);
        assertThat(other.getLong("statement.id")).isNotEqualTo(id);
        assertThat(given().get("/api/quotes/" + a.getLong("id")).then().extract().jsonPath()
                .getLong("statement.reports")).isEqualTo(3);

        JsonPath s = statement(id);
        assertThat(s.getString("speaker.name")).isEqualTo(speaker);
        assertThat(s.getString("text")).isEqualTo("Nobody is planning to invade anyone in the region.");
        assertThat(s.getLong("firstReported.id")).isEqualTo(b.getLong("id"));
        assertThat(s.getList("reports.id", Long.class))
                .containsExactly(b.getLong("id"), a.getLong("id"), c.getLong("id"));
        assertThat(s.getInt("variants")).isEqualTo(3);
        assertThat(s.getList("alsoAttributedTo")).isEmpty();
    }

    @Test
    void theSameWordsOfAnotherSpeakerAreNeverLinkedButNamed() {
        long source = source("Wire Service", "2024-04-01");
        JsonPath said = quote("Ivo Marek " + tag, source, "We will never bargain over our borders, never.");
        JsonPath misattributed = quote("Ana Lenk " + tag, source, "We will never bargain over our borders, never!");
        assertThat(misattributed.getLong("statement.id")).isNotEqualTo(said.getLong("statement.id"));
        assertThat(statement(said.getLong("statement.id")).getList("alsoAttributedTo.name"))
                .containsExactly("Ana Lenk " + tag);
    }

    @Test
    void anImportLinksItsLinesToEachOtherAndToWhatIsStored() {
        String speaker = "Teo Varga " + tag;
        JsonPath stored = quote(speaker, source("Wire Service", "2024-05-01"),
                "The strike will continue until every demand is met in full.");
        String body = line("The strike will continue until every single demand is met in full.", speaker, "Radio A")
                + "\n" + line("until every demand is met in full", speaker, "Radio B")
                + "\n" + line("Talks with the rail company have failed again this week.", speaker, "Radio C")
                + "\n" + line("Talks with the rail company failed again this week.", speaker, "Radio D");
        given().auth().preemptive().basic(TestAccounts.EDITOR, TestAccounts.EDITOR_PASSWORD)
                .contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/import").then().statusCode(200).body("imported", org.hamcrest.Matchers.equalTo(4));
        assertThat(statement(stored.getLong("statement.id")).getList("reports.text", String.class))
                .containsExactlyInAnyOrder("The strike will continue until every demand is met in full.",
                        "The strike will continue until every single demand is met in full.",
                        "until every demand is met in full");
        long talks = given().queryParam("q", "text:\"rail company failed\"").get("/api/quotes").then().extract()
                .jsonPath().getLong("items[0].id");
        assertThat(statement(given().get("/api/quotes/" + talks).then().extract().jsonPath().getLong("statement.id"))
                .getList("reports.text", String.class)).as("lines of one import link to each other")
                .containsExactlyInAnyOrder("Talks with the rail company have failed again this week.",
                        "Talks with the rail company failed again this week.");
    }

    private String line(String text, String speaker, String outlet) {
        return "{\"text\":\"" + text + "\",\"type\":\"INDIRECT\",\"speaker\":{\"name\":\"" + speaker + "\"},"
                + "\"source\":{\"title\":\"" + outlet + " " + tag + "\",\"publishedOn\":\"2024-05-02\"}}";
    }

    @Test
    void editingOrDeletingAReportRegroupsTheOthers() {
        String speaker = "Lina Holm " + tag;
        long source = source("Wire Service", "2024-06-01");
        JsonPath whole = quote(speaker, source, "We will open the border crossings on Monday morning at nine.");
        JsonPath head = quote(speaker, source, "We will open the border crossings on Monday");
        JsonPath tail = quote(speaker, source, "the border crossings on Monday morning at nine");
        long id = whole.getLong("statement.id");
        assertThat(List.of(head.getLong("statement.id"), tail.getLong("statement.id"))).containsOnly(id);

        editor().delete("/api/quotes/" + whole.getLong("id")).then().statusCode(204);
        long headNow = given().get("/api/quotes/" + head.getLong("id")).then().extract().jsonPath().getLong("statement.id");
        long tailNow = given().get("/api/quotes/" + tail.getLong("id")).then().extract().jsonPath().getLong("statement.id");
        assertThat(headNow).as("the first report keeps the statement").isEqualTo(id);
        assertThat(tailNow).as("the two fragments overlap but neither holds the other").isNotEqualTo(id);

        JsonPath edited = editor().body(Map.of("text", "We will open the border crossings on Monday morning at nine.",
                "type", "DIRECT", "speaker", Map.of("name", speaker), "source", Map.of("id", source),
                "version", tail.getLong("version"))).put("/api/quotes/" + tail.getLong("id")).then().statusCode(200)
                .extract().jsonPath();
        assertThat(edited.getLong("statement.id")).isEqualTo(id);
        assertThat(edited.getLong("statement.reports")).isEqualTo(2);
    }

    @Test
    void editorsSplitAndMergeAndEachMoveIsAudited() {
        String speaker = "Oskar Dahl " + tag;
        long source = source("Wire Service", "2024-07-01");
        JsonPath a = quote(speaker, source, "Our patience with the contractor has limits.");
        long courier = source("Daily Courier", "2024-07-02");
        JsonPath b = quote(speaker, courier, "Our patience with the contractor has its limits.");
        long id = a.getLong("statement.id");
        assertThat(b.getLong("statement.id")).isEqualTo(id);

        JsonPath split = editor().body(Map.of("quote", b.getLong("id"))).post("/api/statements/" + id + "/split")
                .then().statusCode(200).extract().jsonPath();
        long own = split.getLong("id");
        assertThat(own).isNotEqualTo(id);
        assertThat(split.getList("reports.id", Long.class)).containsExactly(b.getLong("id"));
        assertThat(statement(id).getList("reports.id", Long.class)).containsExactly(a.getLong("id"));
        List<FieldChange> changes = quotes.history(b.getLong("id")).get(0).changes();
        assertThat(changes).containsExactly(new FieldChange("statement", "#" + id, "#" + own));

        long version = given().get("/api/quotes/" + b.getLong("id")).then().extract().jsonPath().getLong("version");
        JsonPath edited = editor().body(Map.of("text", "Our patience with the contractor truly has its limits.",
                "type", "DIRECT", "speaker", Map.of("name", speaker), "source", Map.of("id", courier),
                "version", version)).put("/api/quotes/" + b.getLong("id")).then().statusCode(200).extract().jsonPath();
        assertThat(edited.getLong("statement.id")).as("a split report stays split").isEqualTo(own);

        JsonPath merged = editor().body(Map.of("from", own)).post("/api/statements/" + id + "/merge")
                .then().statusCode(200).extract().jsonPath();
        assertThat(merged.getList("reports.id", Long.class)).containsExactlyInAnyOrder(a.getLong("id"), b.getLong("id"));
        given().get("/api/statements/" + own).then().statusCode(404);

        long otherSpeaker = quote("Somebody Else " + tag, source, "Our patience has limits, said somebody else.")
                .getLong("statement.id");
        editor().body(Map.of("from", otherSpeaker)).post("/api/statements/" + id + "/merge").then().statusCode(409);
        given().contentType("application/json").body(Map.of("from", otherSpeaker))
                .post("/api/statements/" + id + "/merge").then().statusCode(401);
        editor().body(Map.of()).post("/api/statements/" + id + "/merge").then().statusCode(400);
    }

    @Test
    void everyStoredQuoteReportsAStatementTheSeedIncluded() {
        for (Map<String, Object> quote : Api.allQuotes()) {
            assertThat(given().get("/api/quotes/" + Api.id(quote)).then().extract().jsonPath()
                    .getLong("statement.reports")).isPositive();
        }
    }
}
