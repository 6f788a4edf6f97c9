package org.quotedesk.extraction;

import java.util.List;

/**
 * "„…“, heißt es in einer gestern verbreiteten Erklärung": after an impersonal subject and a preposition, the
 * writing may have words describing it between its article and its noun, a participle or adjective right before
 * the noun; the article up to that noun is the source.
 */
final class ImpersonalWriting {

    /** Words read after the verb: the subject, the preposition, the article, a few describing words and the noun. */
    private static final int REACH = 9;

    private ImpersonalWriting() {
    }

    /** The writing so named right after the verb ending at {@code verbEnd}, or null. */
    static Mention after(ArticleLayout layout, int verbEnd, int to) {
        Language language = layout.language;
        List<Word> words = Word.in(layout.text, verbEnd, to, REACH);
        if (words.size() < 5 || !language.has("impersonal", words.get(0).lower())
                || !language.has("prepositions", words.get(1).lower()) || !language.has("determiners", words.get(2).lower())) {
            return null;
        }
        for (int i = 4; i < words.size(); i++) {
            Word w = words.get(i);
            if (!layout.text.substring(words.get(i - 1).end(), w.start()).isBlank()) {
                return null;
            }
            Word before = words.get(i - 1);
            if (w.capitalized() && language.has("prepositions", before.lower())) {
                // "in einer am Montag verbreiteten Erklärung": a phrase inside the description.
                continue;
            }
            if (w.capitalized()) {
                boolean described = !before.capitalized() && language.endsWith("adjective-endings", before.lower());
                if (!described || layout.passageAt(w.start()) != null) {
                    return null;
                }
                int start = words.get(2).start();
                return new Mention(start, w.end(), layout.text.substring(start, w.end()), null);
            }
        }
        return null;
    }
}
