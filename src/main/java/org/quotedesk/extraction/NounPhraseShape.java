package org.quotedesk.extraction;

import java.util.List;

/**
 * Whether the words read back from a cue as its subject can be a noun phrase at all: read past the
 * end of its clause they may open with a verb ("is a firm belief in") or an infinitive's marker ("as
 * if to say"), and an editor accepting such a speaker would create a record with that name.
 */
final class NounPhraseShape {

    private NounPhraseShape() {
    }

    /**
     * The words read as a subject, without what a missed full stop leaves before it ("in a local blog. The
     * mayor"), and a pronoun without the verb after it ("Wait, it gets worse:").
     */
    static List<Word> trimmed(String text, Language language, List<Word> taken) {
        List<Word> words = afterSentenceEnd(text, taken);
        List<Word> rest = words.subList(1, words.size());
        if (!rest.isEmpty() && language.has("pronouns", words.get(0).lower()) && allLowerCase(rest)
                && rest.stream().noneMatch(w -> language.has("pronouns", w.lower()))) {
            return words.subList(0, 1);
        }
        return words;
    }

    /**
     * Whether a mention read as a subject can name someone: not when it opens with a verb or an
     * infinitive's marker ("is a firm belief in", "as if to say"), nor with a participle alone or before
     * such a word ("refusing to"), which "hacking specialists" is not.
     */
    static boolean names(String text, Language language, Mention m) {
        List<Word> words = Word.in(text, m.start(), m.end());
        if (words.isEmpty()) {
            return true;
        }
        Word first = words.get(0);
        boolean verbFirst = !first.capitalized() && language.has("subject-nonstarters", first.lower());
        boolean verbal = !first.capitalized() && first.lower().length() > 4 && language.endsWith("participle-endings", first.lower())
                && (words.size() == 1 || !words.get(1).capitalized() && language.has("subject-nonstarters", words.get(1).lower()));
        return !verbFirst && !verbal;
    }

    /**
     * "… in a local blog. The mayor explained": where the sentence split missed a full stop (before a
     * no-break space), the subject is what follows it. A lower-case word before the stop is no
     * abbreviated title ("Sen. Berg").
     */
    private static List<Word> afterSentenceEnd(String text, List<Word> words) {
        for (int i = words.size() - 1; i > 0; i--) {
            Word before = words.get(i - 1);
            String between = text.substring(before.end(), words.get(i).start());
            if (words.get(i).capitalized() && between.startsWith(".") && between.length() > 1 && !before.capitalized()
                    && before.text().length() > 3) {
                return words.subList(i, words.size());
            }
        }
        return words;
    }

    private static boolean allLowerCase(List<Word> words) {
        return words.stream().noneMatch(Word::capitalized);
    }
}
