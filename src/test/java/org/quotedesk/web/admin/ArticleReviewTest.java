package org.quotedesk.web.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quotedesk.support.AdminSession;
import org.quotedesk.support.TestAccounts;
import org.quotedesk.support.WritableDatabase;

/** The "Import article" page and the review of its candidates, through the forms an editor posts. */
@QuarkusTest
@TestProfile(WritableDatabase.class)
class ArticleReviewTest {

    /** Published on Tuesday 2024-03-12: "on Saturday" is the 9th. */
    static final String ARTICLE = "Tarnby opens its new bridge in May.\n\n"
            + "“The bridge will open in May,” Mayor Anna Lindqvist said on Saturday.\n\n"
            + "She added that the tolls would be lower than planned.\n\n"
            + "The council will meet again next week, and the works run on.";

    private static final Pattern CANDIDATE = Pattern.compile("id=\"candidate-(\\d+)\"");

    static AdminSession editor() {
        AdminSession session = AdminSession.signIn(TestAccounts.EDITOR, TestAccounts.EDITOR_PASSWORD);
        assertThat(session.signedIn()).isTrue();
        return session;
    }

    private static long importArticle(AdminSession editor, String title) {
        return importArticle(editor, title, ARTICLE);
    }

    static long importArticle(AdminSession editor, String title, String text) {
        Response response = editor.submit("/admin/articles/new", "/admin/articles", Map.of("title", title,
                "publisher", "Tarnby Post", "publishedOn", "2024-03-12", "language", "en", "text", text));
        assertThat(response.statusCode()).isEqualTo(303);
        String location = response.getHeader("Location");
        assertThat(location).matches(".*/admin/articles/\\d+");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    static List<Long> candidates(AdminSession editor, long sourceId) {
        String page = editor.get("/admin/articles/" + sourceId).then().statusCode(200).extract().asString();
        List<Long> ids = new ArrayList<>();
        Matcher m = CANDIDATE.matcher(page);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private static JsonPath quotesOf(String q) {
        return given().queryParam("q", q).get("/api/quotes").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void anImportedArticleBecomesASourceWithItsCandidatesMarkedBesideTheText() {
        AdminSession editor = editor();
        long sourceId = importArticle(editor, "Bridge opens (marks)");
        given().get("/api/sources/" + sourceId).then().statusCode(200)
                .body("text", equalTo(ARTICLE)).body("publisher", equalTo("Tarnby Post"));
        editor.get("/admin/articles/" + sourceId).then().statusCode(200)
                .body(containsString("<strong>2</strong> to review"))
                .body(containsString("<mark id=\"span-"))
                .body(containsString("The bridge will open in May</a></mark>"))
                .body(containsString("Anna Lindqvist"))
                .body(containsString("Mayor"))
                .body(containsString("9 Mar 2024"))
                .body(containsString("the tolls would be lower than planned"));
        editor.get("/admin/articles").then().statusCode(200).body(containsString("Bridge opens (marks)"));
    }

    @Test
    void acceptingAsItIsCreatesTheQuoteAndItsNewSpeaker() {
        AdminSession editor = editor();
        long sourceId = importArticle(editor, "Bridge opens (accept)");
        long first = candidates(editor, sourceId).get(0);

        Response accepted = editor.submit("/admin/articles/" + sourceId,
                "/admin/articles/" + sourceId + "/candidates/" + first + "/accept", Map.of());
        assertThat(accepted.statusCode()).isEqualTo(303);
        assertThat(accepted.getHeader("Location")).endsWith("/admin/articles/" + sourceId + "#candidate-" + first);

        JsonPath quotes = quotesOf("\"bridge will open\"");
        assertThat(quotes.getList("items.source.id", Long.class)).contains(sourceId);
        Map<String, Object> quote = quotes.getMap("items.find { it.source.id == " + sourceId + " }");
        assertThat(quote.get("text")).isEqualTo("The bridge will open in May");
        assertThat(quote.get("start")).isEqualTo(ARTICLE.indexOf("The bridge"));
        assertThat(quote.get("spokenOn")).isEqualTo("2024-03-09");
        assertThat(quote.get("datePrecision")).isEqualTo("DAY");
        @SuppressWarnings("unchecked")
        Map<String, Object> speaker = (Map<String, Object>) quote.get("speaker");
        assertThat(speaker.get("name")).isEqualTo("Anna Lindqvist");
        assertThat(speaker.get("role")).isEqualTo("Mayor");

        editor.get("/admin/articles/" + sourceId).then().body(containsString("1 accepted"))
                .body(containsString("/admin/quotes/" + quote.get("id")));
        Response again = editor.submit("/admin/articles/" + sourceId,
                "/admin/articles/" + sourceId + "/candidates/" + first + "/accept", Map.of());
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(quotesOf("\"bridge will open\"").getList("items.source.id", Long.class)
                .stream().filter(id -> id == sourceId)).hasSize(1);
    }

    @Test
    void aRejectedCandidateStaysListedAndCanComeBack() {
        AdminSession editor = editor();
        long sourceId = importArticle(editor, "Bridge opens (reject)");
        long second = candidates(editor, sourceId).get(1);
        String review = "/admin/articles/" + sourceId;

        assertThat(editor.submit(review, review + "/candidates/" + second + "/reject", Map.of()).statusCode())
                .isEqualTo(303);
        editor.get(review).then().body(containsString("1 rejected"))
                .body(containsString("class=\"candidate rejected\""));
        assertThat(editor.submit(review, review + "/candidates/" + second + "/reopen", Map.of()).statusCode())
                .isEqualTo(303);
        editor.get(review).then().body(containsString("<strong>2</strong> to review")).body(not(containsString("1 rejected")));
    }

    @Test
    void editingBeforeAcceptingGoesThroughTheQuoteForm() {
        AdminSession editor = editor();
        long sourceId = importArticle(editor, "Bridge opens (edit)");
        long indirect = candidates(editor, sourceId).get(1);
        String formPage = "/admin/quotes/new?candidate=" + indirect;
        editor.get(formPage).then().statusCode(200)
                .body(containsString("name=\"candidate\" value=\"" + indirect + "\""))
                .body(containsString("the tolls would be lower than planned"))
                .body(containsString("value=\"Anna Lindqvist\""));

        String said = "the tolls would be lower than planned";
        Map<String, String> form = new HashMap<>(Map.of("candidate", Long.toString(indirect), "text", said,
                "type", "INDIRECT", "speaker", "Anna Lindqvist", "createSpeaker", "on", "newSpeakerKind", "PERSON",
                "source", Long.toString(sourceId), "start", Integer.toString(ARTICLE.indexOf(said)),
                "end", Integer.toString(ARTICLE.indexOf(said) + said.length())));
        form.putAll(Map.of("newSpeakerRole", "Mayor", "status", "VERIFIED", "datePrecision", "DAY",
                "spokenOn", "2024-03-09", "evidence", "Checked against the council recording"));
        Response saved = editor.submit(formPage, "/admin/quotes", form);
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.getHeader("Location")).endsWith("/admin/articles/" + sourceId + "#candidate-" + indirect);

        Map<String, Object> quote = quotesOf("tolls").getMap("items.find { it.source.id == " + sourceId + " }");
        assertThat(quote.get("status")).isEqualTo("VERIFIED");
        assertThat(quote.get("type")).isEqualTo("INDIRECT");
        editor.get("/admin/articles/" + sourceId).then().body(containsString("/admin/quotes/" + quote.get("id")));
    }

    @Test
    void acceptingThroughTheFormWithTheOffsetsClearedLocatesTheWordsTyped() {
        AdminSession editor = editor();
        long sourceId = importArticle(editor, "Bridge opens (located)");
        long indirect = candidates(editor, sourceId).get(1);
        String formPage = "/admin/quotes/new?candidate=" + indirect;
        // The form comes filled with the candidate's offsets; the editor shortens the words and clears them.
        String candidateStart = Integer.toString(ARTICLE.indexOf("the tolls would be lower than planned"));
        editor.get(formPage).then().statusCode(200)
                .body(containsString("name=\"start\" inputmode=\"numeric\" value=\"" + candidateStart + "\""));
        String said = "the tolls would be lower";
        Map<String, String> form = new HashMap<>(Map.of("candidate", Long.toString(indirect), "text", said,
                "type", "INDIRECT", "speaker", "Anna Lindqvist", "createSpeaker", "on", "newSpeakerKind", "PERSON",
                "source", Long.toString(sourceId), "start", "", "end", ""));
        form.putAll(Map.of("newSpeakerRole", "Mayor", "status", "UNVERIFIED", "datePrecision", "DAY",
                "spokenOn", "2024-03-09"));
        Response saved = editor.submit(formPage, "/admin/quotes", form);
        assertThat(saved.statusCode()).as(saved.asString()).isEqualTo(303);
        assertThat(saved.getHeader("Location")).endsWith("/admin/articles/" + sourceId + "#candidate-" + indirect);

        List<Object> ids = quotesOf("tolls").getList("items.findAll { it.source.id == " + sourceId + " }.id");
        assertThat(ids).hasSize(1);
        JsonPath quote = given().get("/api/quotes/{id}", ids.get(0)).then().statusCode(200).extract().jsonPath();
        assertThat(quote.getString("text")).isEqualTo(said);
        assertThat(quote.getInt("start")).isEqualTo(ARTICLE.indexOf(said));
        assertThat(quote.getInt("end")).isEqualTo(ARTICLE.indexOf(said) + said.length());

        // The candidate is accepted as that quote.
        String review = editor.get("/admin/articles/" + sourceId).then().statusCode(200).extract().asString();
        assertThat(review).contains("1 accepted");
        Matcher card = Pattern.compile("<li id=\"candidate-" + indirect + "\" class=\"([^\"]*)\".*?</li>",
                Pattern.DOTALL).matcher(review);
        assertThat(card.find()).isTrue();
        assertThat(card.group(1)).contains("accepted");
        assertThat(card.group()).contains("href=\"/admin/quotes/" + ids.get(0) + "\"");
        editor.get(formPage).then().statusCode(303)
                .header("Location", containsString("/admin/quotes/" + ids.get(0)));
    }

    @Test
    void aMissedQuoteIsAddedFromItsWordsAndCompletedInTheQuoteForm() {
        AdminSession editor = editor();
        long sourceId = importArticle(editor, "Bridge opens (missed)");
        String review = "/admin/articles/" + sourceId;
        Response added = editor.submit(review, review + "/candidates", Map.of("words", "the works run on"));
        assertThat(added.statusCode()).isEqualTo(303);
        String formPage = added.getHeader("Location");
        assertThat(formPage).contains("/admin/quotes/new?candidate=");
        editor.get(formPage).then().statusCode(200).body(containsString("the works run on"))
                .body(containsString("name=\"start\" inputmode=\"numeric\" value=\"" + ARTICLE.indexOf("the works")));
        editor.get(review).then().body(containsString("added by hand")).body(containsString("<strong>3</strong> to review"));

        Response ambiguous = editor.submit(review, review + "/candidates", Map.of("words", "May"));
        assertThat(ambiguous.statusCode()).isEqualTo(400);
        assertThat(ambiguous.asString()).contains("occur more than once");
        Response absent = editor.submit(review, review + "/candidates", Map.of("words", "not in the article"));
        assertThat(absent.statusCode()).isEqualTo(400);
        Response selected = editor.submit(review, review + "/candidates",
                Map.of("start", Integer.toString(ARTICLE.indexOf("Tarnby opens")), "end", "35", "words", ""));
        assertThat(selected.statusCode()).isEqualTo(303);
    }

    @Test
    void lineBreaksSentByTheTextareaAreStoredAsThePageShowsThem() {
        AdminSession editor = editor();
        Response response = editor.submit("/admin/articles/new", "/admin/articles", Map.of("title", "CRLF",
                "publishedOn", "2024-03-12", "language", "en", "text", ARTICLE.replace("\n", "\r\n")));
        assertThat(response.statusCode()).isEqualTo(303);
        String location = response.getHeader("Location");
        long sourceId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        given().get("/api/sources/" + sourceId).then().body("text", equalTo(ARTICLE));
    }

    @Test
    void aCandidateWhoseQuoteWasDeletedCanBeReviewedAgain() {
        AdminSession editor = editor();
        long sourceId = importArticle(editor, "Bridge opens (deleted)");
        long first = candidates(editor, sourceId).get(0);
        String review = "/admin/articles/" + sourceId;
        editor.submit(review, review + "/candidates/" + first + "/accept", Map.of());
        long quote = quotesOf("\"bridge will open\"").getLong("items.find { it.source.id == " + sourceId + " }.id");
        assertThat(editor.submit("/admin/quotes/" + quote + "/delete", "/admin/quotes/" + quote + "/delete", Map.of())
                .statusCode()).isEqualTo(303);
        editor.get(review).then().body(containsString("its quote was deleted since"));
        assertThat(editor.submit(review, review + "/candidates/" + first + "/reopen", Map.of()).statusCode())
                .isEqualTo(303);
        assertThat(editor.submit(review, review + "/candidates/" + first + "/accept", Map.of()).statusCode())
                .isEqualTo(303);
        editor.get(review).then().body(containsString("1 accepted"));
    }

    @Test
    void aCandidateIsAcceptedOnlyAsAQuoteOfItsOwnSource() {
        AdminSession editor = editor();
        long sourceId = importArticle(editor, "Bridge opens (own source)");
        long otherId = importArticle(editor, "Bridge opens (other source)");
        long first = candidates(editor, sourceId).get(0);
        String quoted = "The bridge will open in May";
        Map<String, String> form = new HashMap<>(Map.of("candidate", Long.toString(first), "text", quoted,
                "type", "DIRECT", "speaker", "Anna Lindqvist", "createSpeaker", "on", "source", Long.toString(otherId),
                "start", Integer.toString(ARTICLE.indexOf(quoted)),
                "end", Integer.toString(ARTICLE.indexOf(quoted) + quoted.length()), "status", "UNVERIFIED",
                "datePrecision", "ON_OR_BEFORE"));
        form.put("spokenOn", "2024-03-12");
        Response refused = editor.submit("/admin/quotes/new?candidate=" + first, "/admin/quotes", form);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("keep that source");
        assertThat(quotesOf("\"bridge will open\"").getList("items.source.id", Long.class)).doesNotContain(otherId);
    }

    @Test
    void reviewActionsNeedTheFormsTokenAndAnEditor() {
        AdminSession editor = editor();
        long sourceId = importArticle(editor, "Bridge opens (forged)");
        long first = candidates(editor, sourceId).get(0);
        String action = "/admin/articles/" + sourceId + "/candidates/" + first + "/reject";
        assertThat(editor.postWithoutToken(action, Map.of()).statusCode()).isEqualTo(400);
        AdminSession reader = AdminSession.signIn(TestAccounts.READER, TestAccounts.READER_PASSWORD);
        assertThat(reader.postWithoutToken(action, Map.of()).statusCode()).isIn(400, 403);
        editor.get("/admin/articles/" + sourceId).then().body(containsString("<strong>2</strong> to review"))
                .body(not(containsString("rejected</span>")));
    }

    @Test
    void anImportWithoutTextOrDateIsRefusedWithTheFieldsNamed() {
        AdminSession editor = editor();
        Response refused = editor.submit("/admin/articles/new", "/admin/articles",
                Map.of("title", "Empty", "publishedOn", "", "language", "en", "text", ""));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("id=\"text-error\"").contains("id=\"publishedOn-error\"");
        Response tooLong = editor.submit("/admin/articles/new", "/admin/articles",
                Map.of("title", "Long", "publishedOn", "2024-03-12", "language", "en", "text", "a".repeat(200_001)));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.asString()).contains("at most 200000 characters");
    }

    @Test
    void aCandidateOfAnotherSourceIsNotFoundUnderThisOne() {
        AdminSession editor = editor();
        long one = importArticle(editor, "Bridge opens (one)");
        long other = importArticle(editor, "Bridge opens (other)");
        long candidate = candidates(editor, one).get(0);
        Response response = editor.submit("/admin/articles/" + other,
                "/admin/articles/" + other + "/candidates/" + candidate + "/reject", Map.of());
        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void theReviewPagesNeedASignIn() {
        given().redirects().follow(false).get("/admin/articles/new").then().statusCode(302);
        AdminSession reader = AdminSession.signIn(TestAccounts.READER, TestAccounts.READER_PASSWORD);
        reader.get("/admin/articles").then().statusCode(403);
    }
}
