package org.quotedesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word of an article and where it is; internal full stops ("U.S") and hyphens stay inside. Its lower
 * case is made once: the rules ask for it thousands of times in a long article.
 */
record Word(int start, int end, String text, String lower) {

    // Possessive: a backtracking loop would recurse once per character and overflow on a long token.
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{M}\\p{N}'’\\-]++|\\.(?=\\p{L}))*+");

    Word(int start, int end, String text) {
        this(start, end, text, text.toLowerCase(Locale.ROOT));
    }

    static List<Word> in(String article, int from, int to) {
        return in(article, from, to, Integer.MAX_VALUE);
    }

    /** The first word between the offsets, if any: no need to read the rest of a long span. */
    static List<Word> first(String article, int from, int to) {
        return in(article, from, to, 1);
    }

    /** At most the first {@code limit} words between the offsets. */
    static List<Word> in(String article, int from, int to, int limit) {
        int start = Math.max(0, from);
        int end = Math.min(article.length(), to);
        WordIndex index = WordIndex.of(article);
        return index != null && start <= end ? index.in(start, end, limit) : scan(article, start, end, limit);
    }

    /** The words between the offsets read from the text itself, at most {@code limit}. */
    static List<Word> scan(String article, int from, int to, int limit) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(article).region(from, to);
        while (words.size() < limit && m.find()) {
            words.add(new Word(m.start(), m.end(), m.group()));
        }
        return words;
    }

    /** The word without a possessive ending: "Putin’s" → "Putin". */
    String base() {
        String t = text;
        if (t.endsWith("’s") || t.endsWith("'s")) {
            return t.substring(0, t.length() - 2);
        }
        return t;
    }

    /** The word up to an apostrophe: "He" of "He’s", "he'd", a pronoun before its verb's contraction. */
    Word beforeApostrophe() {
        int cut = text.replace('’', '\'').indexOf('\'');
        return cut <= 0 ? this : new Word(start, start + cut, text.substring(0, cut));
    }

    boolean possessive() {
        return !base().equals(text);
    }

    boolean capitalized() {
        return Character.isUpperCase(text.charAt(0));
    }
}
