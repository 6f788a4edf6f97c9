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

    /** Words read after a writing for its owner: the article and a name of a few words ("der Vereinten Nationen"). */
    private static final int OWNER_WORDS = 5;

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

    /**
     * "heißt es in einer Erklärung der Gewerkschaft": the writing with its owner in the genitive after it, an article
     * of the genitive and capitalised words, which name the source more fully; else the writing as it is.
     */
    static Mention withOwner(ArticleLayout layout, Mention writing, int to) {
        Language language = layout.language;
        List<Word> last = Word.in(layout.text, writing.start(), writing.end());
        List<Word> next = Word.in(layout.text, writing.end(), to, OWNER_WORDS);
        if (last.isEmpty() || !language.endsWith("writings", last.get(last.size() - 1).lower()) || next.size() < 2
                || !language.has("genitive-determiners", next.get(0).lower()) || !joined(layout, writing.end(), next.get(0))) {
            return writing;
        }
        int end = -1;
        for (int i = 1; i < next.size() && next.get(i).capitalized() && joined(layout, next.get(i - 1).end(), next.get(i))
                && layout.passageAt(next.get(i).start()) == null; i++) {
            end = next.get(i).end();
        }
        return end < 0 ? writing : new Mention(writing.start(), end, layout.text.substring(writing.start(), end), null);
    }

    /** Only a space between the end before and the word: no comma or mark ends the phrase. */
    private static boolean joined(ArticleLayout layout, int end, Word w) {
        return layout.text.substring(end, w.start()).equals(" ");
    }
}
