package org.quotedesk.extraction;

import java.util.List;

/**
 * "In einem internen Schreiben war von einem „…“ die Rede", "Derzeit steht in dem Gesetzentwurf der Passus: „…“":
 * a clause that only says what stands in a writing, with no verb of speech, has that writing as its source.
 */
final class WritingSource {

    /** How many words before a passage its clause is read for the verb and the writing. */
    private static final int REACH = 30;

    private final String text;
    private final ArticleLayout layout;

    WritingSource(String text, ArticleLayout layout) {
        this.text = text;
        this.layout = layout;
    }

    /** The writing named in the sentence of {@code p} before it, when a verb of standing in writing says so; else null. */
    Mention of(Sentence s, QuotedPassage p) {
        if (layout.language.words("writing-verbs").isEmpty()) {
            return null;
        }
        int from = layout.afterPassageBefore(s.start(), p.open());
        List<Word> before = Word.in(text, from, p.open());
        if (before.size() > REACH || !standsIn(before)
                && !standsIn(Word.in(text, Math.min(p.outerEnd(), s.end()), s.end(), 4))) {
            return null;
        }
        for (int i = 0; i + 1 < before.size(); i++) {
            if (!layout.language.has("writing-prepositions", before.get(i).lower())) {
                continue;
            }
            for (int j = i + 1; j < Math.min(before.size(), i + 5); j++) {
                Word w = before.get(j);
                if (w.capitalized() && layout.language.endsWith("writings", w.lower())) {
                    int start = before.get(i + 1).start();
                    return new Mention(start, w.end(), text.substring(start, w.end()), null);
                }
                if (w.capitalized() && !layout.language.has("determiners", w.lower())) {
                    break;
                }
            }
        }
        return null;
    }

    /** Whether the words hold a verb (or verb and word) of standing in writing: "steht", "fand sich", "die Rede". */
    private boolean standsIn(List<Word> words) {
        for (int i = 0; i < words.size(); i++) {
            String lower = words.get(i).lower();
            if (layout.language.has("writing-verbs", lower)
                    || i + 1 < words.size() && layout.language.has("writing-verbs", lower + " " + words.get(i + 1).lower())) {
                return true;
            }
        }
        return false;
    }
}
