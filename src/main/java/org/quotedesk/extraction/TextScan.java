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
}
