package org.quotedesk.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.quotedesk.support.AdminSession;
import org.quotedesk.support.WritableDatabase;

/**
 * When the article's words for a speaker could refer to someone else too, the review keeps who else
 * (across requests, so from the database) and the candidate's card says it beside the second look.
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
    void aPronounTwoMenFitShowsTheOtherOneEscapedBesideTheSecondLook() {
        AdminSession editor = ArticleReviewTest.editor();
        long sourceId = ArticleReviewTest.importArticle(editor, "Ferry talks (two men)", TWO_MEN);
        String page = editor.get("/admin/articles/" + sourceId).then().statusCode(200).extract().asString();
        assertThat(page).containsOnlyOnce("Check the speaker:")
                .containsOnlyOnce("Could also be: Sean O&#39;Leary</p>")
                .doesNotContain("Sean O'Leary");
        assertThat(page.indexOf("Could also be:")).isGreaterThan(page.indexOf("Check the speaker:"));
    }

    @Test
    void aPronounOnlyOneManFitsShowsNoAlternative() {
        AdminSession editor = ArticleReviewTest.editor();
        long sourceId = ArticleReviewTest.importArticle(editor, "Ferry talks (one man)", ONE_MAN);
        String page = editor.get("/admin/articles/" + sourceId).then().statusCode(200).extract().asString();
        assertThat(page).contains("Erik Holm").doesNotContain("Could also be:");
    }
}
