package org.quotedesk.extraction;

import java.util.List;

/**
 * "Obamas Einsatz": where nouns are capitalised, a name with the genitive s before a noun reads like
 * a person's two names. It is told apart by the name written without the s shortly before.
 */
final class Genitive {

    /** How far back the name without its s is looked for: a bounded window keeps the reading linear. */
    private static final int WINDOW = 2000;

    private Genitive() {
    }

    /** Whether the first of these words is a name in the genitive that the article wrote bare before {@code at}. */
    static boolean nameBeforeNoun(String text, List<Word> words, int at, Language language) {
        if (words.size() != 2 || !words.get(0).capitalized()) {
            return false;
        }
        String first = words.get(0).text();
        String ending = language.words("genitive-endings").stream().filter(first::endsWith).findFirst().orElse(null);
        if (first.length() < 4 || ending == null) {
            return false;
        }
        String bare = first.substring(0, first.length() - ending.length());
        String before = text.substring(Math.max(0, at - WINDOW), at);
        for (int i = before.indexOf(bare); i >= 0; i = before.indexOf(bare, i + 1)) {
            boolean starts = i == 0 || !Character.isLetter(before.charAt(i - 1));
            int end = i + bare.length();
            if (starts && (end >= before.length() || !Character.isLetterOrDigit(before.charAt(end)))) {
                return true;
            }
        }
        return false;
    }
}
