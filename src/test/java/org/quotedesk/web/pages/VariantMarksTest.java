package org.quotedesk.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quotedesk.catalogue.statement.Wording;
import org.quotedesk.web.pages.VariantMarks.Relation;
import org.quotedesk.web.view.MarkedPiece;

/** A report's words against the first report's: what is marked, and where the dropped words go. */
class VariantMarksTest {

    /** The pieces as text: [+added+], [-dropped-]. */
    private static String marked(String first, String report) {
        return VariantMarks.of(Wording.of(first), Wording.of(report)).pieces().stream().map(p -> switch (p.kind()) {
            case ADDED -> "[+" + p.text() + "+]";
            case DROPPED -> "[-" + p.text() + "-]";
            default -> p.text();
        }).collect(Collectors.joining());
    }

    private static Relation relation(String first, String report) {
        return VariantMarks.of(Wording.of(first), Wording.of(report)).relation();
    }

    @Test
    void aChangedWordShowsTheFirstReportsWordStruckOutBeforeIt() {
        assertThat(marked("We will sign the treaty in May.", "We will sign the accord in May."))
                .isEqualTo("We will sign the [-treaty-] [+accord+] in May.");
    }

    @Test
    void addedAndDroppedWordsKeepTheReportsPunctuationAndSpacing() {
        assertThat(marked("We will never bargain over our borders.", "We will bargain over our borders, ever."))
                .isEqualTo("We will [-never-] bargain over our borders, [+ever+].");
        assertThat(marked("Frankly, we will never bargain over our borders.", "we will never bargain over our borders!"))
                .isEqualTo("[-Frankly-] we will never bargain over our borders!");
        assertThat(marked("We will never bargain over our borders now.", "We will never bargain over our borders."))
                .isEqualTo("We will never bargain over our borders [-now-].");
    }

    @Test
    void sameWordsInOtherCaseOrPunctuationAreNotMarked() {
        assertThat(relation("We will win.", "“we will WIN!”")).isEqualTo(Relation.SAME_WORDS);
        assertThat(marked("We will win.", "“we will WIN!”")).isEqualTo("“we will WIN!”");
    }

    @Test
    void aPartOfTheFirstReportIsNotMarkedAndTheFirstReportInsideALongerOneIs() {
        String whole = "After long talks the two sides agreed that the ferry will run every hour from June until"
                + " the end of September, and that the fares will stay as they are for residents of both islands.";
        String part = "the ferry will run every hour from June";
        assertThat(relation(whole, part)).isEqualTo(Relation.PART);
        assertThat(marked(whole, part)).isEqualTo(part);
        assertThat(marked(part, whole)).startsWith("[+After long talks the two sides agreed that+] the ferry")
                .contains("from June [+until the end of September");
    }

    @Test
    void reportsTooFarApartAreShownUnmarked() {
        String first = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
                + " seventeen eighteen nineteen twenty twenty-one twenty-two twenty-three twenty-four twenty-five";
        String other = "Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma"
                + " tau upsilon phi chi psi omega and again alpha beta gamma delta epsilon zeta eta theta iota kappa"
                + " lambda mu nu xi omicron pi";
        VariantMarks marks = VariantMarks.of(Wording.of(first), Wording.of(other));
        assertThat(marks.relation()).isEqualTo(Relation.FAR);
        assertThat(marks.pieces()).containsExactly(new MarkedPiece(other, MarkedPiece.Kind.SAME));
    }
}
