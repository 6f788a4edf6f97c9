package org.quotedesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LiteralHeadsTest {

    @Test
    void aWordAfterTheBoundaryIsTheHead() {
        assertThat(LiteralHeads.of("\\btold (?:{name} )?radio\\b")).containsExactly("told ");
        assertThat(LiteralHeads.of("\\bspoke by phone\\b")).containsExactly("spoke by phone");
    }

    @Test
    void aGroupOfWordsGivesEachOfThem() {
        assertThat(LiteralHeads.of("\\b(?:in|during) an? interview\\b")).containsExactly("in", "during");
        assertThat(LiteralHeads.of("\\b(?:[Ii]n|[Dd]uring) the call\\b")).containsExactly("In", "in", "During", "during");
        assertThat(LiteralHeads.of(List.of("\\b(?:[Ii]n|[Dd]uring) the call\\b"))).containsExactly("in", "during");
    }

    @Test
    void aLetterMadeOptionalIsNotPartOfTheHead() {
        assertThat(LiteralHeads.of("\\bheadlines?\\b")).containsExactly("headline");
        assertThat(LiteralHeads.of("\\btweet(?:ed|s)?\\b")).containsExactly("tweet");
        assertThat(LiteralHeads.of("\\bon {name}")).containsExactly("on");
    }

    @Test
    void aPatternWhoseOpeningIsNotReadHasNoHeads() {
        assertThat(LiteralHeads.of("told Reuters")).isNull();
        assertThat(LiteralHeads.of("\\b(?:in|during)? interview")).isNull();
        assertThat(LiteralHeads.of("\\b(?:in|) interview")).isNull();
        assertThat(LiteralHeads.of("\\b\\w+ said")).isNull();
        assertThat(LiteralHeads.of("\\btold CNN|on TV")).isNull();
        assertThat(LiteralHeads.of("\\b(?:x\\Q)(\\E|y)")).isNull();
        assertThat(LiteralHeads.of("\\b(?:x[])(]|y)")).isNull();
        assertThat(LiteralHeads.of(List.of("\\bfoo(?x)", "\\btold x"))).isNull();
        assertThat(LiteralHeads.of("\\btold CNN|\\bon TV")).containsExactly("told cnn", "on tv");
        assertThat(LiteralHeads.of(List.of("\\btold CNN\\b", "interview"))).isNull();
        assertThat(LiteralHeads.of(List.of("\\btold CNN\\b", "\\bon TV\\b"))).containsExactly("told cnn", "on tv");
    }

    @Test
    void aHeadOpeningWithALetterCountsOnlyWhereAWordStarts() {
        String text = "It was said within the hour. In the call it was said.";
        assertThat(LiteralHeads.anyIn(List.of("in"), text, 0, 28)).isFalse();
        assertThat(LiteralHeads.anyIn(List.of("in"), text, 29, text.length())).isTrue();
        assertThat(LiteralHeads.anyIn(List.of("the call"), text, 0, 28)).isFalse();
        assertThat(LiteralHeads.anyIn(List.of("hour"), text, 0, 28)).isTrue();
        assertThat(LiteralHeads.anyIn(List.of("märz"), "Seit MÄRZ gilt es.", 0, 18)).isTrue();
        // Made small letter by letter: a capital sigma ending a word in the text is still found.
        assertThat(LiteralHeads.anyIn(LiteralHeads.of(List.of("\\bΟΔΟΣ")), "ΟΔΟΣΑ", 0, 5)).isTrue();
        // A letter outside ASCII is no word's character to a boundary from Java 19 on: "video" may start there.
        assertThat(LiteralHeads.anyIn(List.of("video"), "Zoëvideo", 0, 8)).isTrue();
    }
}
