package org.quotedesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bounded reaches cut a long span at a space, never inside a word. */
class TextScanTest {

    private static final String TEXT = "one two three four five";

    @Test
    void aSpanWithinTheReachIsKeptWhole() {
        assertThat(TextScan.reachBack(TEXT, 4, 13, 20)).isEqualTo(4);
        assertThat(TextScan.reachForward(TEXT, 4, 13, 20)).isEqualTo(13);
    }

    @Test
    void aLongerSpanIsCutAtTheSpaceInsideTheReach() {
        assertThat(TEXT.substring(TextScan.reachBack(TEXT, 0, TEXT.length(), 12))).isEqualTo("four five");
        assertThat(TEXT.substring(0, TextScan.reachForward(TEXT, 0, TEXT.length(), 12))).isEqualTo("one two");
    }

    @Test
    void aSpanWithoutSpacesIsCutAtTheReach() {
        String word = "abcdefghij";
        assertThat(TextScan.reachBack(word, 0, 10, 4)).isEqualTo(6);
        assertThat(TextScan.reachForward(word, 0, 10, 4)).isEqualTo(4);
    }
}
