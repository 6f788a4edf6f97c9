package org.quotedesk.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the passages in quote marks: “…”, "…", ''…'', «…», „…“ (and „…" as typed), ‹…› (and ”…” where the wrong
 * mark opens) and, outside those, the single marks ‘…’ and '…', the pairs a language's data file
 * adds (German »…«, ›…‹ and ‚…‘), and the dialogue dash that opens a paragraph ("— We open on
 * Monday, — she said."). Marks nested in an open passage belong to it. A passage running over
 * several paragraphs repeats its opening mark at the start of each paragraph and closes only in
 * the last one; a passage in double marks that neither closes nor continues ends with its
 * paragraph, while one in single marks is then no passage at all (an apostrophe: "rock 'n roll").
 * A language's own marks open a passage only where a word follows them and none precedes them, so
 * that an English "Read more »" opens nothing. Marks inside markup tags
 * ({@code <tweet id="…">}) are not quote marks.
 */
final class QuoteMarks {

    private static final String DASHES = "—–―";

    /** Marks that are no passage when nothing closes them: apostrophes, arrows, the German closing guillemet. */
    private static final String STRICT = "'‘‚‹›»";

    private QuoteMarks() {
    }

    static List<QuotedPassage> find(String text, Language language) {
        List<QuotedPassage> passages = new ArrayList<>();
        int i = 0;
        int n = text.length();
        /** Where the paragraph that opened with a dialogue dash ends: a dash before it speaks again. */
        int dialogueUntil = -1;
        /**
         * Per strict mark, where a search for its closing mark last failed: a later mark of the same
         * kind before that point would fail too, and looking again would cost quadratic time.
         */
        int[] unclosedUntil = new int[STRICT.length() + 1];
        while (i < n) {
            char c = text.charAt(i);
            if (c == '<' && i + 1 < n && (Character.isLetter(text.charAt(i + 1)) || text.charAt(i + 1) == '/')) {
                int tagEnd = text.indexOf('>', i);
                i = tagEnd < 0 ? n : tagEnd + 1;
                continue;
            }
            if (DASHES.indexOf(c) >= 0 && (opensParagraph(text, i) || i < dialogueUntil && speechDash(text, i))) {
                QuotedPassage passage = dialogue(text, i);
                if (opensParagraph(text, i)) {
                    int lineEnd = text.indexOf('\n', i);
                    dialogueUntil = lineEnd < 0 ? n : lineEnd;
                }
                if (passage != null) {
                    passages.add(passage);
                    i = passage.outerEnd();
                    continue;
                }
                i++;
                continue;
            }
            String closers = closersFor(text, i, language);
            if (closers == null || !doubled(text, i) && i < unclosedUntil[strictIndex(c)]) {
                i++;
                continue;
            }
            QuotedPassage passage = passageFrom(text, i, closers, unclosedUntil);
            if (passage == null) {
                i++;
                continue;
            }
            passages.add(passage);
            i = passage.outerEnd();
        }
        return passages;
    }

    /** Whether a passage opened with this mark is a line of dialogue after a dash. */
    static boolean dialogueDash(char mark) {
        return DASHES.indexOf(mark) >= 0;
    }

    /** The marks that may close a passage opened at {@code i}, or null if no passage opens there. */
    private static String closersFor(String text, int i, Language language) {
        char c = text.charAt(i);
        return switch (c) {
            case '“' -> "”\"“";
            case '”' -> opensWord(text, i) || spacedOpener(text, i) ? "”\"“" : null;
            case '„' -> "“”\"";
            case '«' -> followsWord(text, i) ? null : "»";
            case '‹' -> "›";
            case '"' -> opensWord(text, i) ? "\"”“" : null;
            case '‘' -> opensWord(text, i) ? "’" : null;
            case '\'' -> opensWord(text, i) && !elision(text, i) ? doubled(text, i) ? "'\"”" : "'’" : null;
            default -> {
                String closers = language.closersFor(c);
                yield closers != null && opensWord(text, i) ? closers : null;
            }
        };
    }

    /** A letter or digit right before the mark: it closes something ("Friday«") rather than opens. */
    private static boolean followsWord(String text, int i) {
        return i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
    }

    /**
     * "Nowak says,” the wheat …”", a paragraph opening "” … and": a closing mark set before a space still
     * opens a passage where a passage begins (its paragraph's start, after a comma or colon) and another
     * closes it in the same paragraph.
     */
    private static boolean spacedOpener(String text, int i) {
        boolean passageBegins = opensParagraph(text, i) || i > 0 && ",:".indexOf(text.charAt(i - 1)) >= 0;
        if (i + 1 >= text.length() || text.charAt(i + 1) != ' ' || !passageBegins) {
            return false;
        }
        int close = text.indexOf('”', i + 1);
        return close > 0 && text.substring(i, close).indexOf('\n') < 0;
    }

    /** A straight or single mark opens a passage when a word follows it and none precedes it. */
    private static boolean opensWord(String text, int i) {
        return !followsWord(text, i) && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
    }

    /** "the '90s", "rock 'n' roll": an apostrophe standing for the century or for letters left out. */
    private static boolean elision(String text, int i) {
        if (i + 2 >= text.length()) {
            return false;
        }
        char next = text.charAt(i + 1);
        char after = text.charAt(i + 2);
        return Character.isDigit(next) && Character.isDigit(after) || Character.isLetter(next) && after == '\'';
    }

    /** Two apostrophes standing for a double mark, as some archives print them: ''We won,'' she said. */
    private static boolean doubled(String text, int open) {
        return text.charAt(open) == '\'' && open + 1 < text.length() && text.charAt(open + 1) == '\'';
    }

    /** Marks that are also apostrophes. */
    private static boolean single(String text, int open) {
        char opener = text.charAt(open);
        return (opener == '‘' || opener == '\'' || opener == '‚') && !doubled(text, open);
    }

    /** The slot of a strict mark in the memory of failed searches; the last slot, never read, for the others. */
    private static int strictIndex(char mark) {
        int index = STRICT.indexOf(mark);
        return index < 0 ? STRICT.length() : index;
    }

    private static QuotedPassage passageFrom(String text, int open, String closers, int[] unclosedUntil) {
        char opener = text.charAt(open);
        int possessive = -1;
        // „…„…“…“: a low mark opens and never closes, so one inside opens a passage within; the first
        // mark closing that is kept in case the outer one then never closes in its paragraph.
        int inner = 0;
        int firstClose = -1;
        int i = open + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' && inner > 0 && firstClose >= 0) {
                return trimmed(text, open, firstClose, firstClose);
            }
            if (c == opener && opener == '„') {
                inner++;
            } else if (inner > 0 && closers.indexOf(c) >= 0) {
                firstClose = firstClose < 0 ? i : firstClose;
                inner--;
                i++;
                continue;
            }
            if (c == '\n') {
                int next = nextParagraphStart(text, i);
                if (next < text.length() && text.charAt(next) == opener) {
                    i = next + 1;
                    continue;
                }
                return unclosed(text, open, i, possessive, unclosedUntil);
            }
            if (c == '<' && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
                return unclosed(text, open, i, possessive, unclosedUntil);
            }
            if (closers.indexOf(c) >= 0 && closes(text, i, open)) {
                if (doubled(text, open) && c == '\'') {
                    return trimmed(text, open, i, i + 1);
                }
                if (!single(text, open) || !pluralPossessive(text, i)) {
                    return trimmed(text, open, i, i);
                }
                if (possessive < 0) {
                    possessive = i;
                }
            }
            i++;
        }
        return firstClose >= 0 ? trimmed(text, open, firstClose, firstClose) : unclosed(text, open, i, possessive, unclosedUntil);
    }

    /**
     * A passage with no sure closing mark: in double marks it ends with its paragraph; in single
     * marks it closes at a plural's apostrophe if it met one ("'We back the farmers' said X"), else
     * it was no passage.
     */
    private static QuotedPassage unclosed(String text, int open, int endOfWords, int possessive, int[] unclosedUntil) {
        char opener = text.charAt(open);
        if (STRICT.indexOf(opener) < 0 || doubled(text, open)) {
            return trimmed(text, open, endOfWords, -1);
        }
        if (possessive >= 0) {
            return trimmed(text, open, possessive, possessive);
        }
        unclosedUntil[strictIndex(opener)] = endOfWords;
        return null;
    }

    /**
     * Whether the mark at {@code i} closes the passage. Typesetting mixes marks ("…,” he said;
     * “…," she said; “…?“ he asked), so a straight mark or an opening curly one closes a passage
     * when it ends a word. A single closing mark is an apostrophe when a letter follows it
     * (“Ukraine’s”).
     */
    private static boolean closes(String text, int i, int open) {
        char c = text.charAt(i);
        if (doubled(text, open) && c == '\'') {
            boolean endsWord = i > open + 2 && !Character.isWhitespace(text.charAt(i - 1));
            // Of the three marks closing a quote within a quote (''He said 'no.''') the last two close.
            return endsWord && doubled(text, i) && (i + 2 >= text.length() || text.charAt(i + 2) != '\'');
        }
        if (single(text, open)) {
            boolean endsWord = !Character.isWhitespace(text.charAt(i - 1));
            boolean nothingGlued = i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
            return endsWord && nothingGlued;
        }
        if (c == '"' || c == '“') {
            boolean endsWord = !Character.isWhitespace(text.charAt(i - 1)) || innerCloseBefore(text, i, open);
            boolean nothingGlued = i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
            return endsWord && nothingGlued;
        }
        return true;
    }

    /**
     * "…, 'Oh, this is important,' " Magel said": a space may set the outer mark off an inner one
     * that closes after punctuation (not after "lyin' ", an apostrophe for a letter left out).
     */
    private static boolean innerCloseBefore(String text, int i, int open) {
        return i - 3 > open && text.charAt(i - 1) == ' ' && "'’".indexOf(text.charAt(i - 2)) >= 0
                && ",.?!".indexOf(text.charAt(i - 3)) >= 0;
    }

    /** "the farmers' union": a plural's apostrophe, then a word of the same sentence. */
    private static boolean pluralPossessive(String text, int i) {
        char before = text.charAt(i - 1);
        return (before == 's' || before == 'S') && i + 2 < text.length() && text.charAt(i + 1) == ' '
                && Character.isLetter(text.charAt(i + 2));
    }

    /** A dash is the first thing in its paragraph. */
    private static boolean opensParagraph(String text, int i) {
        int j = i - 1;
        while (j >= 0 && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        return j < 0 || text.charAt(j) == '\n';
    }

    /** In a dialogue paragraph, a dash after the attribution gives the word back to the speaker. */
    private static boolean speechDash(String text, int i) {
        char before = text.charAt(i - 1);
        return Character.isWhitespace(before) || ".,!?…".indexOf(before) >= 0;
    }

    /** Speech after a dialogue dash: to the dash that opens the attribution, or to the paragraph's end. */
    private static QuotedPassage dialogue(String text, int open) {
        int i = open + 1;
        while (i < text.length() && text.charAt(i) != '\n') {
            if (DASHES.indexOf(text.charAt(i)) >= 0 && speechDash(text, i)) {
                return trimmed(text, open, i, i);
            }
            i++;
        }
        return trimmed(text, open, i, -1);
    }

    private static int nextParagraphStart(String text, int newline) {
        int i = newline;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static QuotedPassage trimmed(String text, int open, int endOfWords, int close) {
        int start = doubled(text, open) ? open + 2 : open + 1;
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
