package org.quotedesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The first stop of a span, found from the stops of the whole text, is the one a search of the span finds. */
class StopPositionsTest {

    private static final String[] NEEDLES = {", ", " — ", " – ", ";", ": ", " (", " -- "};
    private static final String TEXT = "He said it would rain; it did — as ever – and then, at last: sun (briefly) -- or not;; "
            + "a,b , c:d : e --f -- ";

    @Test
    void everySpanGivesTheFirstStopWhollyInsideIt() {
        StopPositions stops = StopPositions.of(TEXT, NEEDLES);
        for (int from = 0; from <= TEXT.length(); from++) {
            for (int to = from; to <= TEXT.length(); to++) {
                assertThat(stops.first(from, to)).as("[%d, %d)", from, to).isEqualTo(searched(from, to));
            }
        }
    }

    @Test
    void aTextWithoutStopsHasNone() {
        assertThat(StopPositions.of("no stop here", NEEDLES).first(0, 12)).isEqualTo(-1);
    }

    private static int searched(int from, int to) {
        for (int i = from; i < to; i++) {
            for (String needle : NEEDLES) {
                if (i + needle.length() <= to && TEXT.startsWith(needle, i)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
