package org.quotedesk.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the passages in quote marks: “…”, "…", «…», „…“, outside those ‘…’, and the pairs the
 * article's language adds (German »…« and ‚…‘). Marks nested in
 * an open passage belong to it. A passage running over several paragraphs repeats its opening
 * mark at the start of each paragraph and closes only in the last one; a passage that neither
 * closes nor continues ends with its paragraph. Marks inside markup tags ({@code <tweet id="…">})
 * are not quote marks.
 */
final class QuoteMarks {

    private QuoteMarks() {
    }

    static List<QuotedPassage> find(String text, Language language) {
        List<QuotedPassage> passages = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '<' && i + 1 < n && (Character.isLetter(text.charAt(i + 1)) || text.charAt(i + 1) == '/')) {
                int tagEnd = text.indexOf('>', i);
                i = tagEnd < 0 ? n : tagEnd + 1;
                continue;
            }
            String closers = closersFor(text, i, language);
            if (closers == null) {
                i++;
                continue;
            }
            QuotedPassage passage = passageFrom(text, i, closers);
            if (passage == null) {
                i++;
                continue;
            }
            passages.add(passage);
            i = passage.outerEnd();
        }
        return passages;
    }

    /** The marks that may close a passage opened at {@code i}, or null if no passage opens there. */
    private static String closersFor(String text, int i, Language language) {
        char c = text.charAt(i);
        return switch (c) {
            case '“' -> "”\"“";
            case '„' -> "“”";
            case '«' -> "»";
            case '"' -> opensWord(text, i) ? "\"”“" : null;
            case '‘' -> opensWord(text, i) ? "’" : null;
            default -> language.closersFor(c);
        };
    }

    /** A straight or single mark opens a passage when a word follows it and none precedes it. */
    private static boolean opensWord(String text, int i) {
        boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
        boolean after = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
        return before && after;
    }

    private static QuotedPassage passageFrom(String text, int open, String closers) {
        char opener = text.charAt(open);
        int i = open + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                int next = nextParagraphStart(text, i);
                if (next < text.length() && text.charAt(next) == opener) {
                    i = next + 1;
                    continue;
                }
                return trimmed(text, open, i, -1);
            }
            if (c == '<' && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
                return trimmed(text, open, i, -1);
            }
            if (closers.indexOf(c) >= 0 && closes(text, i, opener)) {
                return trimmed(text, open, i, i);
            }
            i++;
        }
        return trimmed(text, open, i, -1);
    }

    /**
     * Whether the mark at {@code i} closes the passage. Typesetting mixes marks ("…,” he said;
     * “…," she said; “…?“ he asked), so a straight mark or an opening curly one closes a passage
     * when it ends a word. A single closing mark is an apostrophe when a letter follows it
     * (“Ukraine’s”).
     */
    private static boolean closes(String text, int i, char opener) {
        char c = text.charAt(i);
        if (opener == '‘') {
            return i + 1 >= text.length() || !Character.isLetter(text.charAt(i + 1));
        }
        if (c == '"' || c == '“') {
            boolean endsWord = !Character.isWhitespace(text.charAt(i - 1));
            boolean nothingGlued = i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
            return endsWord && nothingGlued;
        }
        return true;
    }

    private static int nextParagraphStart(String text, int newline) {
        int i = newline;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static QuotedPassage trimmed(String text, int open, int endOfWords, int close) {
        int start = open + 1;
        int end = endOfWords;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        return end > start ? new QuotedPassage(open, start, end, close) : null;
    }
}
