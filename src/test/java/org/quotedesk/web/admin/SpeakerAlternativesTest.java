package org.quotedesk.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quotedesk.support.AdminSession;
import org.quotedesk.support.WritableDatabase;

/**
 * When the article's words for a speaker could refer to someone else too, the review keeps who else
 * (across requests, so from the database) and the candidate's card says it.
 */
@QuarkusTest
@TestProfile(WritableDatabase.class)
class SpeakerAlternativesTest {

    /** "He" could be either man named just before. */
    static final String TWO_MEN = "Ferry talks stall.\n\n"
            + "Erik Holm walked along the quay with Sean O'Leary on Monday. “The ferry must run again,” he said.";

    static final String ONE_MAN = "Ferry talks stall.\n\n"
            + "Erik Holm walked along the quay on Monday. “The ferry must run again,” he said.";

    @Test
    void aPronounTwoMenFitShowsTheOtherOneEscaped() {
        AdminSession editor = ArticleReviewTest.editor();
        long sourceId = ArticleReviewTest.importArticle(editor, "Ferry talks (two men)", TWO_MEN);
        String page = editor.get("/admin/articles/" + sourceId).then().statusCode(200).extract().asString();
        assertThat(page).containsOnlyOnce("Could also be:")
                .containsOnlyOnce("Sean O&#39;Leary</a></p>")
                .doesNotContain("Sean O'Leary");
    }

    @Test
    void theOtherNameOpensTheQuoteFormWithThatSpeakerAndNothingElseCanBeSlippedIn() {
        AdminSession editor = ArticleReviewTest.editor();
        long sourceId = ArticleReviewTest.importArticle(editor, "Ferry talks (two men, edited)", TWO_MEN);
        String page = editor.get("/admin/articles/" + sourceId).then().statusCode(200).extract().asString();
        Matcher link = Pattern.compile("href=\"(/admin/quotes/new\\?candidate=\\d+&amp;speaker=[^\"]+)\"").matcher(page);
        assertThat(link.find()).isTrue();
        String path = link.group(1).replace("&amp;", "&");
        assertThat(path).endsWith("&speaker=Sean+O%27Leary");

        // The link is sent as the browser sends it, already encoded.
        String form = editor.request().urlEncodingEnabled(false).get(path).then().statusCode(200).extract().asString();
        // The speaker field itself (the page's list of known names may hold either from other tests).
        assertThat(form).containsPattern("<input id=\"speaker\"[^>]*value=\"Sean O&#39;Leary\"");
        assertThat(form).containsPattern("name=\"createSpeaker\"[^>]*checked");

        String other = editor.request().urlEncodingEnabled(false).get(path.replace("Sean+O%27Leary", "Somebody+Else"))
                .then().statusCode(200)
                .extract().asString();
        assertThat(other).containsPattern("<input id=\"speaker\"[^>]*value=\"Erik Holm\"");
    }

    @Test
    void aPronounOnlyOneManFitsShowsNoAlternative() {
        AdminSession editor = ArticleReviewTest.editor();
        long sourceId = ArticleReviewTest.importArticle(editor, "Ferry talks (one man)", ONE_MAN);
        String page = editor.get("/admin/articles/" + sourceId).then().statusCode(200).extract().asString();
        assertThat(page).contains("Erik Holm").doesNotContain("Could also be:");
    }
}
