package org.quotedesk.extraction;

import java.util.Arrays;

/**
 * Where any of a few short strings (" — ", ";") stands in a text, found in one pass. A reported clause
 * runs to the first of them; searched from each cue, a long sentence of many cues was read to its end
 * once per cue.
 */
final class StopPositions {

    private final int[] starts;
    private final int[] ends;

    private StopPositions(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    /** Every place a needle starts, in text order (two needles at one place are both kept). */
    static StopPositions of(String text, String[] needles) {
        int[] starts = new int[16];
        int[] ends = new int[16];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            for (String needle : needles) {
                if (needle.charAt(0) == c && text.startsWith(needle, i)) {
                    if (n == starts.length) {
                        starts = Arrays.copyOf(starts, 2 * n);
                        ends = Arrays.copyOf(ends, 2 * n);
                    }
                    starts[n] = i;
                    ends[n++] = i + needle.length();
                }
            }
        }
        return new StopPositions(Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }

    /** Where the first needle wholly inside {@code [from, to)} starts, or -1. */
    int first(int from, int to) {
        for (int k = SortedInts.firstAbove(starts, from - 1); k < starts.length && starts[k] < to; k++) {
            if (ends[k] <= to) {
                return starts[k];
            }
        }
        return -1;
    }
}
