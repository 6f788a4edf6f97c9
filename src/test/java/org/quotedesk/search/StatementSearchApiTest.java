package org.quotedesk.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.quotedesk.support.Editor.editor;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quotedesk.support.WritableDatabase;

/**
 * Search by statement: one item per statement on request, totals that say what they count, and the
 * statement with its current report count on every hit. Runs on OpenSearch too (see SearchApiTest).
 */
@QuarkusTest
@TestProfile(WritableDatabase.class)
class StatementSearchApiTest {

    /** Letters only, so that the word is one token that no other test writes. */
    private final String word = "kw" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    private final String speaker = "Tova Brandt " + word;

    private long source(String outlet, String publishedOn) {
        return editor().body(Map.of("title", outlet + " report " + word, "publisher", outlet, "publishedOn",
                publishedOn, "language", "en")).post("/api/sources").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    private long quote(long source, String spokenOn, String text) {
        return editor().body(Map.of("text", text, "type", "DIRECT", "speaker", Map.of("name", speaker),
                "source", Map.of("id", source), "spokenOn", spokenOn)).post("/api/quotes").then().statusCode(201)
                .extract().jsonPath().getLong("statement.id");
    }

    private JsonPath search(String... params) {
        Map<String, String> query = new HashMap<>(Map.of("q", word, "sort", "date"));
        for (int i = 0; i < params.length; i += 2) {
            query.put(params[i], params[i + 1]);
        }
        var request = given().queryParams(query);
        return request.get("/api/quotes").then().statusCode(200).extract().jsonPath();
    }

    /** Three statements: the first reported twice, the second once, the third twice; said in that order. */
    private List<Long> threeStatements() {
        long wire = source("Wire Desk", "2024-05-01");
        long courier = source("Courier", "2024-05-02");
        long first = quote(wire, "2024-04-01", "The harbour " + word + " stays open to every ship tonight.");
        assertThat(quote(courier, "2024-04-01", "The harbour " + word + " stays open to every ship tonight!"))
                .isEqualTo(first);
        long second = quote(wire, "2024-04-02", "Our " + word + " fleet sails at dawn with the tide.");
        long third = quote(courier, "2024-04-03", "Nobody will close the " + word + " canal while we govern.");
        assertThat(quote(wire, "2024-04-04", "Nobody will close the " + word + " canal while we govern."))
                .isEqualTo(third);
        return List.of(first, second, third);
    }

    @Test
    void oneItemPerStatementOnRequestTotalsCountingQuotesAndStatements() {
        List<Long> statements = threeStatements();

        JsonPath perQuote = search();
        assertThat(perQuote.getLong("total")).isEqualTo(5);
        assertThat(perQuote.getString("statements")).as("the API's default is one item per quote").isNull();
        assertThat(perQuote.getList("items.statement.id", Long.class)).containsExactly(statements.get(0),
                statements.get(0), statements.get(1), statements.get(2), statements.get(2));
        assertThat(search("group", "none").getList("items.id")).isEqualTo(perQuote.getList("items.id"));

        JsonPath grouped = search("group", "statement");
        assertThat(grouped.getLong("total")).as("matching quotes").isEqualTo(5);
        assertThat(grouped.getLong("statements")).isEqualTo(3);
        assertThat(grouped.getList("items.statement.id", Long.class)).containsExactlyElementsOf(statements);
        assertThat(grouped.getList("items.statement.reports", Long.class)).containsExactly(2L, 1L, 2L);
        assertThat(grouped.getList("items.id")).as("each statement's best report: the first said, then stored")
                .containsExactly(perQuote.getList("items.id").get(0), perQuote.getList("items.id").get(2),
                        perQuote.getList("items.id").get(3));
        assertThat(grouped.getList("facets.speaker.count", Long.class)).as("facets count quotes").containsExactly(5L);
        assertThat(grouped.getList("facets.year.count", Long.class)).containsExactly(5L);
    }

    @Test
    void pagingWalksStatementsNotQuotes() {
        List<Long> statements = threeStatements();
        for (int page = 0; page < 3; page++) {
            JsonPath one = search("group", "statement", "size", "1", "page", Integer.toString(page));
            assertThat(one.getList("items.statement.id", Long.class)).containsExactly(statements.get(page));
            assertThat(one.getLong("statements")).isEqualTo(3);
        }
        assertThat(search("group", "statement", "size", "1", "page", "3").getList("items")).isEmpty();
        assertThat(search("group", "statement", "size", "2", "page", "1").getList("items.statement.id", Long.class))
                .containsExactly(statements.get(2));
        assertThat(search("group", "statement", "sort", "-date", "size", "2").getList("items.statement.id",
                Long.class)).containsExactly(statements.get(2), statements.get(1));
    }

    @Test
    void everyHitCarriesItsStatementWithTheReportCountOfNow() {
        long wire = source("Wire Desk", "2024-06-01");
        long statement = quote(wire, "2024-05-30", "We will rebuild the " + word + " bridge before winter.");
        assertThat(search().getList("items.statement.reports", Long.class)).containsExactly(1L);

        // A later report changes the count of the earlier one, whose search document is not rewritten.
        quote(source("Courier", "2024-06-02"), "2024-05-30", "We will rebuild the " + word + " bridge before winter.");
        JsonPath both = search();
        assertThat(both.getList("items.statement.id", Long.class)).containsExactly(statement, statement);
        assertThat(both.getList("items.statement.reports", Long.class)).containsExactly(2L, 2L);

        JsonPath all = given().queryParam("size", 100).get("/api/quotes").then().statusCode(200).extract().jsonPath();
        assertThat(all.getList("items.statement.id")).isNotEmpty().doesNotContainNull();
        assertThat(all.getList("items.statement.reports", Long.class)).allSatisfy(n -> assertThat(n).isPositive());
    }

    @Test
    void anUnknownGroupingIsA400NamingGroup() {
        given().queryParam("group", "speaker").get("/api/quotes").then().statusCode(400)
                .contentType("application/problem+json").body("'invalid-params'.name", hasItem("group"));
    }
}
