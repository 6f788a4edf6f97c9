package org.quotedesk.extraction;

/**
 * Searches bounded to a span of the article. {@code String.indexOf} reads on to the end of the
 * text when it finds nothing: asked once per cue, that made a long article cost quadratic time.
 */
final class TextScan {

    private TextScan() {
    }

    /** Where {@code needle} first starts in {@code [from, to)}, or -1. */
    static int indexOf(String text, String needle, int from, int to) {
        int last = Math.min(to, text.length() - needle.length() + 1);
        for (int i = Math.max(0, from); i < last; i++) {
            if (text.startsWith(needle, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Where {@code c} first is in {@code [from, to)}, or -1. */
    static int indexOf(String text, char c, int from, int to) {
        int end = Math.min(to, text.length());
        for (int i = Math.max(0, from); i < end; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** Where {@code c} last is in {@code [from, to)}, or -1. */
    static int lastIndexOf(String text, char c, int from, int to) {
        for (int i = Math.min(to, text.length()) - 1; i >= Math.max(0, from); i--) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where the last {@code reach} characters of {@code [from, to)} start, moved forward to just after a space so
     * that no word is cut; {@code from} when the span is no longer, or when no space is found.
     */
    static int reachBack(String text, int from, int to, int reach) {
        if (to - from <= reach) {
            return from;
        }
        int start = to - reach;
        while (start < to && !Character.isWhitespace(text.charAt(start - 1))) {
            start++;
        }
        return start < to ? start : to - reach;
    }

    /** Where the first {@code reach} characters of {@code [from, to)} end, moved back to a space; as {@link #reachBack}. */
    static int reachForward(String text, int from, int to, int reach) {
        if (to - from <= reach) {
            return to;
        }
        int end = from + reach;
        while (end > from && !Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        return end > from ? end : from + reach;
    }
}
