package org.quotedesk.catalogue.quote;

import java.util.Arrays;

/**
 * Finds a quote's words in its source's text, for a writer who gives no offsets: exactly, or else
 * after folding what typing and typesetting change (curly and straight quote marks, apostrophes,
 * dashes, runs of white space). Linear in the length of both texts, whatever they hold, so a
 * hostile text cannot make it slow.
 */
public final class QuoteLocator {

    private QuoteLocator() {
    }

    /**
     * How often the words were found (0, 1, or 2 meaning "more than once") and, when once, where:
     * the span of the source's own characters, which may differ from the words typed in quote marks,
     * dashes or spacing.
     */
    public record Location(int count, int start, int end) {

        public boolean once() {
            return count == 1;
        }

        public boolean several() {
            return count > 1;
        }
    }

    public static Location locate(String sourceText, String words) {
        if (words.isBlank()) {
            return new Location(0, -1, -1);
        }
        Location exact = search(sourceText.toCharArray(), null, words.toCharArray());
        if (exact.count() > 0) {
            return exact;
        }
        Folded source = Folded.of(sourceText);
        Folded wanted = Folded.of(words.strip());
        return wanted.chars.length == 0 ? exact : search(source.chars, source.origin, wanted.chars);
    }

    /**
     * Knuth–Morris–Pratt, stopping at the second match: {@code origin} maps a folded text's
     * positions back to the source's (null when the text is the source itself).
     */
    private static Location search(char[] text, int[] origin, char[] pattern) {
        int[] fallback = fallback(pattern);
        int count = 0;
        int start = -1;
        int end = -1;
        int matched = 0;
        for (int i = 0; i < text.length && count < 2; i++) {
            while (matched > 0 && text[i] != pattern[matched]) {
                matched = fallback[matched - 1];
            }
            if (text[i] == pattern[matched]) {
                matched++;
            }
            if (matched == pattern.length) {
                count++;
                int first = i - pattern.length + 1;
                start = origin == null ? first : origin[first];
                end = origin == null ? i + 1 : origin[i] + 1;
                matched = fallback[matched - 1];
            }
        }
        return count == 1 ? new Location(1, start, end) : new Location(count, -1, -1);
    }

    private static int[] fallback(char[] pattern) {
        int[] fallback = new int[pattern.length];
        int k = 0;
        for (int i = 1; i < pattern.length; i++) {
            while (k > 0 && pattern[i] != pattern[k]) {
                k = fallback[k - 1];
            }
            if (pattern[i] == pattern[k]) {
                k++;
            }
            fallback[i] = k;
        }
        return fallback;
    }

    /** A text with its typographic variants folded and white space runs made one space. */
    private record Folded(char[] chars, int[] origin) {

        static Folded of(String text) {
            char[] chars = new char[text.length()];
            int[] origin = new int[text.length()];
            int length = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = fold(text.charAt(i));
                if (c == ' ' && length > 0 && chars[length - 1] == ' ') {
                    continue;
                }
                chars[length] = c;
                origin[length] = i;
                length++;
            }
            return new Folded(Arrays.copyOf(chars, length), Arrays.copyOf(origin, length));
        }
    }

    static char fold(char c) {
        return switch (c) {
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033', '\u301D', '\u301E', '\uFF02' ->
                '"';
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u2039', '\u203A', '\u00B4', '`', '\uFF07' -> '\'';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D' ->
                '-';
            case '\u00A0', '\u2007', '\u202F' -> ' ';
            default -> Character.isWhitespace(c) ? ' ' : c;
        };
    }
}
