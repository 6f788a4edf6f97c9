package org.quotedesk.extraction;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where one pattern matches in each sentence of an article, found by one pass per sentence, to tell
 * the ranges with no match without searching them. The date and venue readers search a range around
 * each quote; in a sentence of many quotes those ranges overlap, and searching each cost the
 * sentence's length times its quotes.
 *
 * <p>A range is known to hold no match when it lies inside one sentence, no match of the sentence's
 * pass touches it, and it cuts no word at either end: a search bounded by the range then tries the
 * same positions as the pass and fails at each, since only a word boundary, a look-ahead or a
 * possessive run at a cut word sees past a range's ends. Any other range must still be searched.
 * A sentence that holds none of the words every match opens with, when they are known, has no
 * match and is not searched at all.
 */
final class MatchesBySentence {

    private static final int[] NONE = new int[0];

    private final ArticleLayout layout;
    private final Matcher matcher;
    /** Words every match begins with ({@link LiteralHeads}): a sentence without any is not searched. Null: none known. */
    private final List<String> heads;
    /** Per sentence, the starts and ends of its matches, in pairs; null until first asked. */
    private final int[][] bySentence;

    MatchesBySentence(ArticleLayout layout, Pattern pattern) {
        this(layout, pattern, null);
    }

    MatchesBySentence(ArticleLayout layout, Pattern pattern, List<String> heads) {
        this.layout = layout;
        this.matcher = pattern.matcher(layout.text);
        this.heads = heads;
        this.bySentence = new int[layout.sentences.size()][];
    }

    /** False when no match can lie in the range; true when one may, and the range must be searched. */
    boolean mayMatch(int from, int to) {
        if (from >= to || layout.sentences.isEmpty()) {
            return false;
        }
        Sentence s = layout.sentenceAt(from);
        if (from < s.start() || to > s.end() || cutsWord(from) || cutsWord(to)) {
            return true;
        }
        int[] matches = matches(s);
        for (int i = 0; i < matches.length; i += 2) {
            if (matches[i] >= to) {
                return false;
            }
            if (matches[i + 1] > from) {
                return true;
            }
        }
        return false;
    }

    private int[] matches(Sentence s) {
        int[] known = bySentence[s.index()];
        if (known != null) {
            return known;
        }
        if (heads != null && !LiteralHeads.anyIn(heads, layout.text, s.start(), s.end())) {
            bySentence[s.index()] = NONE;
            return NONE;
        }
        int[] found = NONE;
        int n = 0;
        Matcher m = matcher.region(s.start(), s.end());
        while (m.find()) {
            if (n == found.length) {
                found = Arrays.copyOf(found, Math.max(8, 2 * n));
            }
            found[n++] = m.start();
            found[n++] = m.end();
        }
        int[] kept = n == found.length ? found : Arrays.copyOf(found, n);
        bySentence[s.index()] = kept;
        return kept;
    }

    /** Whether an end at this offset falls between two characters of one word, as patterns read words. */
    private boolean cutsWord(int offset) {
        String text = layout.text;
        return offset > 0 && offset < text.length() && inWord(text.charAt(offset - 1)) && inWord(text.charAt(offset));
    }

    private static boolean inWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '&' || c == '\'' || c == '’' || c == '-' || c == '.'
                || Character.isSurrogate(c);
    }
}
