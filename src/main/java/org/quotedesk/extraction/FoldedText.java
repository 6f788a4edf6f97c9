package org.quotedesk.extraction;

import java.text.Normalizer;

/** Text compared without case or accents: "Peña" is written "Pena" in another article. */
final class FoldedText {

    private FoldedText() {
    }

    /** Lower case and no accents, one character for one, so that offsets stay those of the text. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '’') {
                out.append('\'');
            } else if (c < 128) {
                out.append(Character.toLowerCase(c));
            } else {
                String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                out.append(Character.toLowerCase(base.charAt(0)));
            }
        }
        return out.toString();
    }

    /** Whether the folded haystack holds the word whole, not as part of a longer one. */
    static boolean containsWord(String haystack, String word) {
        int i = haystack.indexOf(word);
        while (i >= 0) {
            if (wholeAt(haystack, i, word.length())) {
                return true;
            }
            i = haystack.indexOf(word, i + 1);
        }
        return false;
    }

    /** Whether the folded haystack holds the word as the end of a word, whole or the last part of a compound. */
    static boolean endsWord(String haystack, String word) {
        int i = haystack.indexOf(word);
        while (i >= 0) {
            int end = i + word.length();
            if (end == haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end))) {
                return true;
            }
            i = haystack.indexOf(word, i + 1);
        }
        return false;
    }

    /** Whether the {@code length} characters at {@code at} are whole: no letter or digit touches either end. */
    static boolean wholeAt(String haystack, int at, int length) {
        int end = at + length;
        return (at == 0 || !Character.isLetterOrDigit(haystack.charAt(at - 1)))
                && (end == haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end)));
    }
}
