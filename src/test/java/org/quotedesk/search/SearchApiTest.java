package org.quotedesk.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.quotedesk.support.Api.search;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotedesk.support.Seed;

/** Full-text search over the seed: the article of 2022-02-22 and its 43 statements. */
@QuarkusTest
class SearchApiTest {

    private static List<String> texts(JsonPath result) {
        return result.getList("items.text");
    }

    @Test
    void wordsAreStemmed() {
        // "invaded" is not in the article; "invade" and "invading" are.
        List<String> found = texts(search("q", "invaded", "size", 100));
        assertThat(found).isNotEmpty().anySatisfy(t -> assertThat(t).contains("invade Ukraine"));
        assertThat(found).allSatisfy(t -> assertThat(t.toLowerCase()).contains("invad"));
    }

    @Test
    void phrasesMatchTheWordsInOrderAndAreHighlighted() {
        JsonPath result = search("q", "\"harmful practice\"");
        assertThat(result.getLong("total")).isEqualTo(1);
        assertThat(result.getString("items[0].highlight"))
                .containsPattern("<mark>harmful</mark> <mark>practice</mark>|<mark>harmful practice</mark>");
        assertThat(search("q", "\"practice harmful\"").getLong("total")).isZero();
    }

    @Test
    void wordsAreCombinedWithAndByDefault() {
        assertThat(search("q", "harmful").getLong("total")).isEqualTo(1);
        assertThat(search("q", "harmful consequences").getLong("total")).isEqualTo(1);
        assertThat(search("q", "harmful Lukashenko").getLong("total")).isZero();
    }

    @Test
    void orAndNotWork() {
        long war = search("q", "war").getLong("total");
        long peace = search("q", "peace").getLong("total");
        long either = search("q", "war OR peace").getLong("total");
        assertThat(war).isPositive();
        assertThat(peace).isPositive();
        assertThat(either).isGreaterThan(Math.max(war, peace)).isLessThanOrEqualTo(war + peace);
        assertThat(search("q", "NOT war").getLong("total")).isEqualTo(Seed.QUOTES - war);
        assertThat(search("q", "war NOT peace").getLong("total")).isLessThanOrEqualTo(war);
    }

    @Test
    void prefixesMatchWhateverTheStem() {
        List<String> found = texts(search("q", "provoc*", "size", 100));
        assertThat(found).anySatisfy(t -> assertThat(t).contains("provocative"))
                .anySatisfy(t -> assertThat(t).contains("provocation could"))
                .anySatisfy(t -> assertThat(t).isEqualTo("provocations"));
        // "harmful" is indexed under its stem "harm" too; the prefix finds the word as written.
        assertThat(search("q", "harmfu*").getLong("total")).isEqualTo(1);
    }

    @Test
    void diacriticsAreFolded() {
        long accented = search("q", "Élysée").getLong("total");
        assertThat(accented).isPositive().isEqualTo(search("q", "Elysee").getLong("total"));
    }

    @Test
    void speakerNamesAliasesAndRolesAreSearchable() {
        JsonPath byRole = search("q", "Kremlin spokesman", "size", 100);
        assertThat(byRole.getList("items.speaker.name", String.class)).isNotEmpty().containsOnly("Dmitry Peskov");
        assertThat(byRole.getLong("total")).isEqualTo(5);
        // Dmitry Peskov and Dmitry Stefanovich are both "Dmitri" in the article.
        assertThat(search("q", "Dmitri", "size", 100).getList("items.speaker.name", String.class))
                .hasSize(7).containsOnly("Dmitry Peskov", "Dmitry Stefanovich");
        assertThat(search("q", "Psaki").getList("items.speaker.name", String.class)).containsOnly("Jen Psaki");
    }

    @Test
    void highlightsAreEscapedHtmlWithMarks() {
        String highlight = search("q", "readiness").getString("items[0].highlight");
        assertThat(highlight).isEqualTo("Ukraine’s <mark>readiness</mark> for dialogue.");
    }

    @Test
    void withoutAQueryEveryQuoteComesByDateWithItsTextAsHighlight() {
        JsonPath all = search("size", 100);
        assertThat(all.getLong("total")).isEqualTo(Seed.QUOTES);
        assertThat(all.getList("items.highlight", String.class)).noneMatch(h -> h.contains("<mark>"));
    }

    @Test
    void facetsCountEveryMatchNotOnlyThePage() {
        JsonPath result = search("q", "provoc*", "size", 1);
        long total = result.getLong("total");
        assertThat(result.getList("items")).hasSize(1);
        assertThat(total).isGreaterThan(1);
        assertThat(sum(result.getList("facets.speaker.count", Long.class))).isEqualTo(total);
        assertThat(sum(result.getList("facets.type.count", Long.class))).isEqualTo(total);
        assertThat(sum(result.getList("facets.year.count", Long.class))).isEqualTo(total);
        List<Map<String, Object>> speakers = result.getList("facets.speaker");
        assertThat(speakers).allSatisfy(s -> assertThat(s).containsKeys("id", "name", "count"));
        assertThat(result.getList("facets.year.value", Integer.class)).containsExactly(2022);
    }

    @Test
    void facetsOverTheWholeSeed() {
        JsonPath result = search();
        assertThat(result.getList("facets.type.value", String.class)).containsExactly("DIRECT", "PARTIAL", "INDIRECT");
        assertThat(result.getList("facets.type.count", Long.class)).containsExactly(7L, 18L, 18L);
        // Every seed quote is unverified; a status no quote has is not counted.
        assertThat(result.getList("facets.status.value", String.class)).containsExactly("UNVERIFIED");
        assertThat(result.getList("facets.status.count", Long.class)).containsExactly((long) Seed.QUOTES);
        Map<String, Object> top = result.getMap("facets.speaker[0]");
        assertThat(top.get("name")).isEqualTo("Élysée Palace");
        assertThat(((Number) top.get("count")).longValue()).isEqualTo(10);
    }

    @Test
    void filtersNarrowTheResults() {
        assertThat(search("speaker", "Peskov").getLong("total")).isEqualTo(5);
        assertThat(search("speaker", "dmitri peskov").getLong("total")).isEqualTo(5);
        long peskovId = search("speaker", "Peskov").getLong("items[0].speaker.id");
        assertThat(search("speaker", peskovId).getLong("total")).isEqualTo(5);
        assertThat(search("speaker", "Nobody At All").getLong("total")).isZero();
        assertThat(search("type", "DIRECT").getList("items.type", String.class)).hasSize(7).containsOnly("DIRECT");
        assertThat(search("type", "direct").getLong("total")).isEqualTo(7);
        assertThat(search("status", "VERIFIED").getLong("total")).isZero();
        assertThat(search("from", "2022-02-19", "to", "2022-02-19").getList("items.spokenOn", String.class))
                .hasSize(3).containsOnly("2022-02-19");
        assertThat(search("venue", "Munich Security Conference").getList("items.speaker.name", String.class))
                .containsExactly("Kamala Harris");
        assertThat(search("q", "war", "speaker", "Kamala Harris").getLong("total")).isEqualTo(1);
        long sourceId = search().getLong("items[0].source.id");
        assertThat(search("source", sourceId).getLong("total")).isEqualTo(Seed.QUOTES);
        assertThat(search("source", sourceId + 1000).getLong("total")).isZero();
    }

    @Test
    void sortsByRelevanceByDateOrNewestFirst() {
        List<String> newestFirst = search("sort", "-date", "size", 100).getList("items.spokenOn", String.class);
        assertThat(newestFirst).isSortedAccordingTo(Comparator.reverseOrder());
        List<String> byDate = search("q", "war", "sort", "date", "size", 100).getList("items.spokenOn", String.class);
        assertThat(byDate).isSorted();
        // With q and no sort, relevance: the quote that says "war" twice comes first.
        assertThat(search("q", "war").getString("items[0].text"))
                .contains("talking about war where there hasn’t been war");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"unbalanced (", "(((", "war AND", "OR", "text:", "[a TO", "foo~~~", "/[/", "\\",
        "\"", "?", "a^^2", "{}", "!", "&&||"})
    void malformedQueriesAreA400OrALiteralSearchNeverA500(String q) {
        int status = given().queryParam("q", q).get("/api/quotes").then()
                .body(not(containsString("Exception"))).extract().statusCode();
        assertThat(status).isIn(200, 400);
        if (status == 400) {
            given().queryParam("q", q).get("/api/quotes").then()
                    .contentType("application/problem+json").body("'invalid-params'[0].name", equalTo("q"));
        }
    }

    @Test
    void queriesWithNothingSearchableAre400() {
        for (String q : List.of("***", "*", "the of and")) {
            given().queryParam("q", q).get("/api/quotes").then().statusCode(400)
                    .contentType("application/problem+json").body("'invalid-params'[0].name", equalTo("q"));
        }
    }

    @Test
    void aVeryLongQueryIsA400() {
        given().queryParam("q", "war ".repeat(2_500)).get("/api/quotes").then().statusCode(400)
                .contentType("application/problem+json").body("'invalid-params'[0].name", equalTo("q"))
                .body("detail", containsString("at most 1000 characters"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"type=QUOTE", "status=TRUE", "from=yesterday", "to=2022-13-01", "sort=random",
        "source=abc", "page=600", "from=2022-03-01&to=2022-02-01"})
    void badFiltersAre400ProblemsNamingTheParameter(String query) {
        String name = query.contains("&") ? "to" : query.substring(0, query.indexOf('='));
        given().get("/api/quotes?" + query).then().statusCode(400)
                .contentType("application/problem+json").body("'invalid-params'[0].name", equalTo(name));
    }

    @Test
    void aSpeakersQuotesAreSearchable() {
        long peskov = search("speaker", "Peskov").getLong("items[0].speaker.id");
        given().queryParam("q", "harmful").get("/api/speakers/{id}/quotes", peskov)
                .then().statusCode(200).body("total", equalTo(1))
                .body("items.speaker.name", everyItem(equalTo("Dmitry Peskov")));
    }

    private static long sum(List<Long> counts) {
        return counts.stream().mapToLong(Long::longValue).sum();
    }
}
