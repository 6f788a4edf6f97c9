package org.quotedesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word of an article and where it is; internal full stops ("U.S") and hyphens stay inside. */
record Word(int start, int end, String text) {

    // Possessive: a backtracking loop would recurse once per character and overflow on a long token.
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{M}\\p{N}'’\\-]++|\\.(?=\\p{L}))*+");

    static List<Word> in(String article, int from, int to) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(article).region(Math.max(0, from), Math.min(article.length(), to));
        while (m.find()) {
            words.add(new Word(m.start(), m.end(), m.group()));
        }
        return words;
    }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** The word without a possessive ending: "Putin’s" → "Putin". */
    String base() {
        String t = text;
        if (t.endsWith("’s") || t.endsWith("'s")) {
            return t.substring(0, t.length() - 2);
        }
        return t;
    }

    boolean possessive() {
        return !base().equals(text);
    }

    boolean capitalized() {
        return Character.isUpperCase(text.charAt(0));
    }
}
