package org.quotedesk.extraction;

import java.util.List;

/**
 * "Trump called on her to resign and said", "Cruz knocked Rubio and called him a “moderate”": a verb
 * joined to its clause's first verb by "and" or "but" (an adverb or two between) shares that verb's
 * subject.
 */
final class JoinedVerb {

    /** How far before the verb its joiner and the adverbs after it are looked for. */
    private static final int JOINER_REACH = 60;

    private final SentenceCues cues;
    private final String text;
    private final Language language;
    private final Mentions mentions;

    JoinedVerb(SentenceCues cues, ArticleLayout layout, Mentions mentions) {
        this.cues = cues;
        this.text = layout.text;
        this.language = layout.language;
        this.mentions = mentions;
    }

    /** The subject of the first verb the one at {@code verbStart} is joined to, or null when it is joined to none or none is read. */
    Mention subject(int from, int verbStart, int wordsStart) {
        int conjunction = conjunction(from, verbStart);
        return conjunction < 0 ? null : firstVerbSubject(from, conjunction, wordsStart);
    }

    /** Where the conjunction before the verb starts, or -1. */
    private int conjunction(int from, int verbStart) {
        List<Word> words = Word.in(text, Math.max(from, verbStart - JOINER_REACH), verbStart);
        for (int back = 1; back <= 3 && back <= words.size(); back++) {
            Word w = words.get(words.size() - back);
            String lower = w.lower();
            if (language.has("verb-joiners", lower)) {
                return w.start();
            }
            if (!language.endsWith("adverb-endings", lower) && !language.has("joined-verb-adverbs", lower)) {
                return -1;
            }
        }
        return -1;
    }

    /** The subject of the first of two joined verbs: a pronoun opening its clause ("he laughed and said"), else the sentence's opening noun phrase. */
    private Mention firstVerbSubject(int from, int conjunction, int wordsStart) {
        int clause = Math.max(from, TextScan.lastIndexOf(text, ',', from, conjunction) + 1);
        List<Word> first = Word.first(text, clause, conjunction);
        if (!first.isEmpty() && language.has("pronouns", first.get(0).lower())) {
            Word w = first.get(0);
            return new Mention(w.start(), w.end(), w.text(), null);
        }
        Mention opening = mentions.opening(wordsStart, conjunction);
        return opening != null && cues.personOpening(opening, true) ? mentions.beforeVerb(opening) : null;
    }
}
