package org.quotedesk.extraction;

import java.util.List;

/**
 * A preposition and the noun phrase it governs, read after a verb where nouns are capitalised:
 * "schrieb in einer Erklärung", "sagte am Montag der Minister". The noun after the preposition is
 * its object, never the verb's subject.
 */
final class PrepositionalPhrase {

    private PrepositionalPhrase() {
    }

    /**
     * The index of the last word of the phrase that the word at {@code i} opens: the articles and
     * adjectives after the preposition (lower case), its noun, and any number after the noun ("im
     * Dezember 2005"). {@code i} itself when that word is no listed preposition, no noun follows
     * in the same clause, or a capitalised word follows the noun.
     */
    static int end(String text, List<Word> words, int i, Language language) {
        if (!language.says("nouns-capitalized") || !language.has("prepositions", words.get(i).lower())) {
            return i;
        }
        for (int j = i + 1; j < words.size() && joined(text, words, j); j++) {
            Word w = words.get(j);
            if (w.capitalized()) {
                int last = j;
                while (last + 1 < words.size() && joined(text, words, last + 1)
                        && Character.isDigit(words.get(last + 1).text().charAt(0))) {
                    last++;
                }
                // "auf der Konferenz Flashforward": a name right after the noun may be its apposition
                // or the subject; the phrase is not told apart from it.
                boolean nameFollows = last + 1 < words.size() && joined(text, words, last + 1)
                        && words.get(last + 1).capitalized();
                return nameFollows ? i : last;
            }
        }
        return i;
    }

    /**
     * As {@link #end}, but after an impersonal subject ("heißt es") a phrase names the source, unless its noun
     * names a time ("heißt es am Montag in einer Erklärung").
     */
    static int endBeforeSource(String text, List<Word> words, int i, Language language, boolean impersonal) {
        int end = end(text, words, i, language);
        return !impersonal || end > i && language.endsWith("time-nouns", words.get(end).lower()) ? end : i;
    }

    /** Only blanks between a word and the one before it: no comma or quote mark ends the phrase. */
    private static boolean joined(String text, List<Word> words, int j) {
        return text.substring(words.get(j - 1).end(), words.get(j).start()).isBlank();
    }
}
