package org.quotedesk.web.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quotedesk.support.AdminSession;
import org.quotedesk.support.Editor;
import org.quotedesk.support.TestAccounts;
import org.quotedesk.support.WritableDatabase;

/**
 * The quote form with its offsets left empty, on a source that has a text: the words typed are found
 * in it (allowing for the quote marks, dashes and spacing typing changes) and stored as the source
 * prints them; words not there, or there twice, come back as errors beside the field to correct.
 */
@QuarkusTest
@TestProfile(WritableDatabase.class)
class QuoteFormLocatingTest {

    /** Typeset: curly quotes and apostrophe, an em dash; "the harbour" twice, "the ferry" once. */
    private static final String TEXT = "At the quay, the harbour master said: “We won’t close the harbour — not this"
            + " winter.” Later she added that the ferry would run.\n\nThe harbour stays open.";

    /** The quote as an editor types it: straight quotes and apostrophe, a hyphen, doubled spaces. */
    private static final String TYPED = "\"We won't close the harbour  -  not this  winter.\"";

    /** The same words as the source prints them. */
    private static final String PRINTED = "“We won’t close the harbour — not this winter.”";

    private static AdminSession editor() {
        AdminSession session = AdminSession.signIn(TestAccounts.EDITOR, TestAccounts.EDITOR_PASSWORD);
        assertThat(session.signedIn()).isTrue();
        return session;
    }

    /** The form as the page posts it with both offsets left empty and a new speaker ticked. */
    private static Map<String, String> formWithoutOffsets(long source, String speaker, String text) {
        Map<String, String> form = new HashMap<>(Map.of("text", text, "type", "DIRECT", "speaker", speaker,
                "createSpeaker", "on", "newSpeakerKind", "PERSON", "source", Long.toString(source),
                "start", "", "end", "", "status", "UNVERIFIED", "datePrecision", "DAY"));
        form.put("spokenOn", "2024-06-01");
        return form;
    }

    private static long newSource() {
        return Editor.createSource("Quayside " + System.nanoTime(), "2024-06-02", TEXT);
    }

    private static long quotesOf(long source) {
        return given().queryParam("source", source).get("/api/quotes").then().statusCode(200).extract().jsonPath()
                .getLong("total");
    }

    /** The paragraph of the form that holds the field {@code name}: its label, input, hint and error. */
    private static String fieldOf(String page, String name) {
        Matcher field = Pattern.compile("<p[^>]*>\\s*<label for=\"" + name + "\">.*?</p>", Pattern.DOTALL)
                .matcher(page);
        assertThat(field.find()).as("a paragraph with the field " + name).isTrue();
        return field.group();
    }

    @Test
    void wordsTypedWithoutOffsetsAreFoundAndStoredAsTheSourcePrintsThem() {
        long source = newSource();
        AdminSession editor = editor();
        String formPage = "/admin/quotes/new?source=" + source;
        Response saved = editor.submit(formPage, "/admin/quotes",
                formWithoutOffsets(source, "Harbour Master " + source, TYPED));
        assertThat(saved.statusCode()).as(saved.asString()).isEqualTo(303);
        String location = saved.getHeader("Location");
        assertThat(location).matches(".*/admin/quotes/\\d+");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        JsonPath quote = given().get("/api/quotes/{id}", id).then().statusCode(200).extract().jsonPath();
        int start = TEXT.indexOf(PRINTED);
        assertThat(quote.getInt("start")).isEqualTo(start);
        assertThat(quote.getInt("end")).isEqualTo(start + PRINTED.length());
        assertThat(quote.getString("text")).isEqualTo(PRINTED);
        assertThat(quote.getLong("source.id")).isEqualTo(source);
        assertThat(quote.getString("speaker.name")).isEqualTo("Harbour Master " + source);
        // Anchored: the source's own characters are at the stored offsets.
        String stored = given().get("/api/sources/{id}", source).jsonPath().getString("text");
        assertThat(stored.substring(quote.getInt("start"), quote.getInt("end"))).isEqualTo(quote.getString("text"));

        // The quote's page marks the words at those offsets.
        editor.get(location).then().statusCode(200);
        assertThat(given().get("/quotes/{id}", id).then().statusCode(200).extract().asString())
                .contains("<mark id=\"quoted-span\">" + PRINTED + "</mark>");
    }

    @Test
    void wordsNotInTheSourceAreRefusedBesideTheText() {
        long source = newSource();
        AdminSession editor = editor();
        String typed = "We will close the harbour tomorrow.";
        Response refused = editor.submit("/admin/quotes/new?source=" + source, "/admin/quotes",
                formWithoutOffsets(source, "Absent Speaker " + source, typed));
        assertThat(refused.statusCode()).isEqualTo(400);
        String page = refused.asString();
        assertThat(page).contains("The quote was not saved");
        assertThat(fieldOf(page, "text")).startsWith("<p class=\"invalid\">")
                .contains(">" + typed + "</textarea>")
                .contains("<span id=\"text-error\" class=\"field-error\">is not in the source&#39;s text");
        assertThat(page).doesNotContain("id=\"start-error\"");
        // What was typed comes back, offsets still empty, to be corrected.
        assertThat(fieldOf(page, "start")).contains("value=\"\"");
        assertThat(page).contains("value=\"Absent Speaker " + source + "\"");
        assertThat(quotesOf(source)).isZero();
    }

    @Test
    void wordsFoundTwiceAreRefusedBesideStartToSayWhich() {
        long source = newSource();
        AdminSession editor = editor();
        Response refused = editor.submit("/admin/quotes/new?source=" + source, "/admin/quotes",
                formWithoutOffsets(source, "Twice Said " + source, "the harbour"));
        assertThat(refused.statusCode()).isEqualTo(400);
        String page = refused.asString();
        assertThat(fieldOf(page, "start")).startsWith("<p class=\"invalid\">")
                .contains("<label for=\"start\">Starts at</label>")
                .contains("<span id=\"start-error\" class=\"field-error\">the text occurs more than once");
        assertThat(page).doesNotContain("id=\"text-error\"");
        assertThat(quotesOf(source)).isZero();

        // Saying which one with the offsets settles it.
        int second = TEXT.indexOf("the harbour", TEXT.indexOf("the harbour") + 1);
        Map<String, String> form = formWithoutOffsets(source, "Twice Said " + source, "the harbour");
        form.put("start", Integer.toString(second));
        form.put("end", Integer.toString(second + "the harbour".length()));
        assertThat(editor.submit("/admin/quotes/new?source=" + source, "/admin/quotes", form).statusCode())
                .isEqualTo(303);
        assertThat(quotesOf(source)).isEqualTo(1);
    }
}
