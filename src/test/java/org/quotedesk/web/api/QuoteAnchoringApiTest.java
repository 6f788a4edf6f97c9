package org.quotedesk.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.quotedesk.support.Editor.editor;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quotedesk.support.Editor;
import org.quotedesk.support.WritableDatabase;

/**
 * Quotes of citations (sources without a text) have no offsets; quotes written without offsets into
 * a source with a text are located in it.
 */
@QuarkusTest
@TestProfile(WritableDatabase.class)
class QuoteAnchoringApiTest {

    private static final String TEXT = "The minister said: “We won’t back down – not now,  not ever.” She repeated: not now.";

    @Test
    void aQuoteOfACitationHasNoOffsetsAndShowsItsLocator() {
        long source = createCitation("Today programme " + System.nanoTime(), "at 08:10");
        Map<String, Object> quote = quote("She would not resign.", Map.of("id", source));
        quote.put("type", "INDIRECT");
        long id = editor().body(quote).post("/api/quotes").then().statusCode(201)
                .body("start", nullValue()).body("end", nullValue())
                .body("source.locator", equalTo("at 08:10"))
                .extract().jsonPath().getLong("id");
        given().queryParam("q", "\"would not resign\"").get("/api/quotes")
                .then().statusCode(200).body("items.id", hasItems((int) id));
    }

    @Test
    void offsetsForACitationAre400sNamingThem() {
        long source = createCitation("Press conference " + System.nanoTime(), "00:14:30");
        Map<String, Object> quote = quote("We will see.", Map.of("id", source));
        quote.put("start", 0);
        quote.put("end", 12);
        editor().body(quote).post("/api/quotes").then().statusCode(400)
                .body("'invalid-params'.name", hasItems("start", "end"));
    }

    @Test
    void wordsWithoutOffsetsAreLocatedAndStoredAsPrinted() {
        long source = Editor.createSource("Minutes " + System.nanoTime(), "2024-03-02", TEXT);
        String printed = "We won’t back down – not now,  not ever.";
        editor().body(quote("We won't back down - not now, not ever.", Map.of("id", source)))
                .post("/api/quotes").then().statusCode(201)
                .body("start", equalTo(TEXT.indexOf(printed)))
                .body("end", equalTo(TEXT.indexOf(printed) + printed.length()))
                .body("text", equalTo(printed));
    }

    @Test
    void wordsNotInTheTextNameTextAndWordsFoundTwiceNameStart() {
        long source = Editor.createSource("Minutes " + System.nanoTime(), "2024-03-02", TEXT);
        editor().body(quote("We will back down.", Map.of("id", source))).post("/api/quotes")
                .then().statusCode(400).body("'invalid-params'[0].name", equalTo("text"));
        editor().body(quote("not now", Map.of("id", source))).post("/api/quotes")
                .then().statusCode(400).body("'invalid-params'[0].name", equalTo("start"));
        Map<String, Object> second = quote("not now", Map.of("id", source));
        second.put("start", TEXT.lastIndexOf("not now"));
        second.put("end", TEXT.lastIndexOf("not now") + 7);
        editor().body(second).post("/api/quotes").then().statusCode(201);
    }

    @Test
    void aQuoteNamesItsSpeakerAndANewCitationByName() {
        String title = "Evening broadcast " + System.nanoTime();
        Map<String, Object> quote = quote("It is over.", Map.of("title", title, "publishedOn", "2024-05-02",
                "locator", "from 18:04", "publisher", "Radio"));
        quote.put("speaker", Map.of("name", "Named Speaker " + title, "role", "Guest"));
        Map<String, Object> created = editor().body(quote).post("/api/quotes").then().statusCode(201)
                .body("speaker.role", equalTo("Guest")).body("source.title", equalTo(title))
                .extract().jsonPath().getMap("");
        Map<String, Object> again = quote("It is not over.", Map.of("title", title, "publishedOn", "2024-05-02"));
        again.put("speaker", Map.of("name", "named speaker " + title));
        editor().body(again).post("/api/quotes").then().statusCode(201)
                .body("speaker.id", equalTo(((Map<?, ?>) created.get("speaker")).get("id")))
                .body("source.id", equalTo(((Map<?, ?>) created.get("source")).get("id")));
    }

    @Test
    void aNameTwoSpeakersHaveIsAmbiguous() {
        String name = "Twin " + System.nanoTime();
        Editor.createSpeaker(name, "one");
        Editor.createSpeaker(name, "other");
        long source = createCitation("Panel " + System.nanoTime(), "p. 4");
        Map<String, Object> quote = quote("Which of us?", Map.of("id", source));
        quote.put("speaker", Map.of("name", name));
        editor().body(quote).post("/api/quotes").then().statusCode(400)
                .body("'invalid-params'[0].name", equalTo("speaker.name"))
                .body("'invalid-params'[0].reason", equalTo("2 speakers have this name or alias: give the id"));
    }

    @Test
    void aTextGivenToACitationAnchorsItsQuotes() {
        long source = createCitation("Transcript to come " + System.nanoTime(), "p. 2");
        long quoteId = editor().body(quote("We won't back down", Map.of("id", source))).post("/api/quotes")
                .then().statusCode(201).body("start", nullValue()).extract().jsonPath().getLong("id");
        Map<String, Object> sourceNow = given().get("/api/sources/{id}", source).then().extract().jsonPath().getMap("");
        Map<String, Object> withText = new HashMap<>(sourceNow);
        withText.put("text", TEXT);
        editor().body(withText).put("/api/sources/{id}", source).then().statusCode(200);
        given().get("/api/quotes/{id}", quoteId).then().statusCode(200)
                .body("start", equalTo(TEXT.indexOf("We won’t back down")))
                .body("text", equalTo("We won’t back down"));

        Map<String, Object> withoutText = new HashMap<>(withText);
        withoutText.put("text", null);
        withoutText.put("version", given().get("/api/sources/{id}", source).jsonPath().getLong("version"));
        editor().body(withoutText).put("/api/sources/{id}", source).then().statusCode(409);
    }

    @Test
    void aTextThatDoesNotContainACitationsQuoteIsRefused() {
        long source = createCitation("Book " + System.nanoTime(), "p. 210");
        editor().body(quote("A sentence the text lacks.", Map.of("id", source))).post("/api/quotes")
                .then().statusCode(201);
        Map<String, Object> withText = new HashMap<>(given().get("/api/sources/{id}", source).jsonPath().getMap(""));
        withText.put("text", TEXT);
        editor().body(withText).put("/api/sources/{id}", source).then().statusCode(409);
        given().get("/api/sources/{id}", source).then().body("text", nullValue());
    }

    private static long createCitation(String title, String locator) {
        return editor().body(Map.of("title", title, "publishedOn", "2024-05-02", "language", "en", "publisher", "BBC",
                "locator", locator)).post("/api/sources").then().statusCode(201)
                .body("text", nullValue()).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> quote(String text, Map<String, Object> source) {
        Map<String, Object> quote = new HashMap<>();
        quote.put("text", text);
        quote.put("type", "DIRECT");
        quote.put("speaker", Map.of("id", 1));
        quote.put("source", source);
        return quote;
    }
}
