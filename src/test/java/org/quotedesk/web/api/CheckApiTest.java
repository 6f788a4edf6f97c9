package org.quotedesk.web.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quotedesk.support.Editor;
import org.quotedesk.support.WritableDatabase;

/** {@code POST /api/check}: each verdict on quotes written for it, the differences, and what it refuses. */
@QuarkusTest
@TestProfile(WritableDatabase.class)
class CheckApiTest {

    private static final String LIGHTS = "The harbour lights will stay on until every boat is home tonight.";
    private static final String BRIDGES = "Our bridges are older than our promises, and they hold better.";
    private static final String SOURCE = "At the quay, Venn said: " + LIGHTS + " Reeve answered: " + BRIDGES;

    private static String venn;
    private static String reeve;
    private static long lightsId;
    private static long bridgesId;

    /** Once: the instance is shared by the tests of this class. */
    @BeforeEach
    void createTheQuotes() {
        if (venn != null) {
            return;
        }
        long suffix = System.nanoTime();
        venn = "Orla Venn " + suffix;
        reeve = "Tomas Reeve " + suffix;
        long source = Editor.createSource("Quay meeting " + suffix, "2024-03-02", SOURCE);
        lightsId = Editor.createQuote(Editor.createSpeaker(venn, "Harbour master"), source, SOURCE, LIGHTS);
        bridgesId = Editor.createQuote(Editor.createSpeaker(reeve, "Mayor"), source, SOURCE, BRIDGES);
    }

    @Test
    void theSameWordsAreExactWhateverTheCaseAndPunctuation() {
        check("the harbour lights will stay on, until every boat is home tonight", null)
                .body("verdict", equalTo("EXACT"))
                .body("speaker", nullValue())
                .body("matches[0].quote.id", equalTo((int) lightsId))
                .body("matches[0].quote.speaker.name", equalTo(venn))
                .body("matches[0].similarity", equalTo(1.0f))
                .body("matches[0].differences.kind", contains("SAME"))
                .body("matches[0].differences[0].attested", equalTo("The harbour lights will stay on until every boat is home tonight"));
    }

    @Test
    void reportsOfOneStatementAreOneMatchCarryingTheStatement() {
        String said = "The ferry to the islands will run twice a day from the first of May.";
        String echoed = "The ferry to the islands will run twice a day from the 1st of May.";
        long suffix = System.nanoTime();
        long speaker = Editor.createSpeaker("Ines Marl " + suffix, "Harbour master");
        long first = Editor.createQuote(speaker, Editor.createSource("Quay news " + suffix, "2024-04-01", said), said,
                said);
        Editor.createQuote(speaker, Editor.createSource("Island post " + suffix, "2024-04-02", echoed), echoed, echoed);
        long statement = given().get("/api/quotes/" + first).then().extract().jsonPath().getLong("statement.id");
        check(said, null)
                .body("matches.statement.id", contains((int) statement))
                .body("matches[0].statement.reports", equalTo(2))
                .body("matches[0].quote.id", equalTo((int) first))
                .body("matches[0].quote.statement.id", equalTo((int) statement));
    }

    @Test
    void fiveWordsInARowOfALongerQuoteAreItsWordsAndTheSpeakersByNameInAnyCase() {
        check("every boat is home tonight", venn.toUpperCase())
                .body("verdict", equalTo("EXACT"))
                .body("speaker.name", equalTo(venn.toUpperCase()))
                .body("speaker.onRecord", equalTo(true))
                .body("matches[0].quote.id", equalTo((int) lightsId))
                .body("matches[0].similarity", equalTo(1.0f))
                .body("matches[0].differences[0].attested", equalTo("every boat is home tonight"));
    }

    @Test
    void fewerWordsOfALongerQuoteAreNotEnough() {
        check("until every boat", null).body("verdict", equalTo("NOT_FOUND")).body("matches", empty());
    }

    @Test
    void aChangedWordIsAlteredAndMarked() {
        check("The harbour lights will stay on until every ship is home tonight.", venn)
                .body("verdict", equalTo("ALTERED"))
                .body("matches[0].quote.id", equalTo((int) lightsId))
                .body("matches[0].similarity", lessThan(1.0f))
                .body("matches[0].similarity", greaterThanOrEqualTo(0.9f))
                .body("matches[0].differences.kind", contains("SAME", "CHANGED", "SAME"))
                .body("matches[0].differences[1].attested", equalTo("boat"))
                .body("matches[0].differences[1].checked", equalTo("ship"));
    }

    @Test
    void addedAndDroppedWordsAreMarked() {
        check("The harbour lights will surely stay on until every boat is home.", null)
                .body("verdict", equalTo("ALTERED"))
                .body("matches[0].differences.kind", contains("SAME", "ADDED", "SAME", "DROPPED"))
                .body("matches[0].differences[1].attested", nullValue())
                .body("matches[0].differences[1].checked", equalTo("surely"))
                .body("matches[0].differences[3].attested", equalTo("tonight"))
                .body("matches[0].differences[3].checked", nullValue());
    }

    @Test
    void anotherSpeakersWordsAreMisattributed() {
        check(BRIDGES, venn)
                .body("verdict", equalTo("MISATTRIBUTED"))
                .body("matches[0].quote.id", equalTo((int) bridgesId))
                .body("matches[0].quote.speaker.name", equalTo(reeve));
        check(BRIDGES, reeve).body("verdict", equalTo("EXACT"));
    }

    @Test
    void aSpeakerNobodyOnRecordHasIsSaidSo() {
        check(LIGHTS, "Nobody On Record Here")
                .body("verdict", equalTo("MISATTRIBUTED"))
                .body("speaker.name", equalTo("Nobody On Record Here"))
                .body("speaker.onRecord", equalTo(false))
                .body("speaker.ids", empty())
                .body("matches[0].quote.id", equalTo((int) lightsId));
    }

    @Test
    void nothingCloseIsNotFound() {
        check("Purple giraffes were dancing quietly behind the old observatory.", null)
                .body("verdict", equalTo("NOT_FOUND"))
                .body("matches", empty());
    }

    @Test
    void noSessionNorAccountIsNeeded() {
        given().contentType(ContentType.JSON).body(Map.of("text", LIGHTS)).post("/api/check")
                .then().statusCode(200).body("verdict", equalTo("EXACT"));
    }

    @Test
    void aMissingLongOrUnsearchableTextIsRefusedNamingIt() {
        refused(Map.of("speaker", venn), "text");
        refused(Map.of("text", "   "), "text");
        refused(Map.of("text", "a".repeat(2_001)), "text");
        refused(Map.of("text", "To be or not to be."), "text");
        refused(Map.of("text", LIGHTS, "speaker", "s".repeat(201)), "speaker");
        given().contentType(ContentType.JSON).body("{\"text\": 42").post("/api/check")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theLongestTextAndNameAreTakenAndALargerBodyIsNot() {
        check("b".repeat(2_000), "s".repeat(200)).body("verdict", equalTo("NOT_FOUND"));
        given().contentType(ContentType.JSON).body(Map.of("text", "\\u00e9".repeat(3_000)))
                .post("/api/check").then().statusCode(413);
    }

    private static ValidatableResponse check(String text, String speaker) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        if (speaker != null) {
            body.put("speaker", speaker);
        }
        return given().contentType(ContentType.JSON).body(body).post("/api/check").then().statusCode(200);
    }

    private static void refused(Map<String, Object> body, String field) {
        given().contentType(ContentType.JSON).body(body).post("/api/check")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalid-params.name", hasItem(field))
                .body("invalid-params.in", hasItem("body"));
    }
}
