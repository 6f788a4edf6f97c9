package org.quotedesk.extraction;

/**
 * A passage in quote marks. {@code start}/{@code end} bound the words inside the marks (end
 * exclusive, a US-style comma before the closing mark left out); {@code open} is the opening mark's
 * offset and {@code close} the closing mark's, or -1 when the passage runs to the end of its
 * paragraph without one.
 */
public record QuotedPassage(int open, int start, int end, int close) {

    /** Where the passage and its marks end. */
    public int outerEnd() {
        return close < 0 ? end : close + 1;
    }

    public boolean covers(int offset) {
        return offset >= open && offset < outerEnd();
    }

    public boolean overlaps(int from, int to) {
        return from < outerEnd() && to > open;
    }
}
