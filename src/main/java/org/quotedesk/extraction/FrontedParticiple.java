package org.quotedesk.extraction;

import java.util.List;

/**
 * "In rejecting the challenge, the commission recognized …", "And in declaring it “not Christian,” the
 * pope …": a participle cue right after a preposition opening the sentence has the subject of the main
 * clause, which follows the comma closing the phrase. Also whose clause a participle after a comma closes.
 */
final class FrontedParticiple {

    /** How many words may stand before the participle: "And then in declaring". */
    private static final int OPENING_WORDS = 3;

    private final String text;
    private final ArticleLayout layout;
    private final Mentions mentions;

    FrontedParticiple(ArticleLayout layout, Mentions mentions) {
        this.text = layout.text;
        this.layout = layout;
        this.mentions = mentions;
    }

    /** The main clause's subject when the cue is such a participle, else null. */
    Mention subject(Cue cue, int wordsStart, int sentenceEnd) {
        Language language = layout.language;
        if (!cue.participle(language)) {
            return null;
        }
        // Read no further than the few words such an opening holds: a long sentence is not read again per cue.
        List<Word> before = Word.in(text, wordsStart, cue.start(), OPENING_WORDS + 1);
        if (before.isEmpty() || before.size() > OPENING_WORDS || !language.has("fronting", before.get(before.size() - 1).lower())
                || !before.subList(0, before.size() - 1).stream().allMatch(w -> Mentions.OPENERS.contains(w.lower()))) {
            return null;
        }
        for (int comma = TextScan.indexOf(text, ',', cue.end(), sentenceEnd); comma >= 0;
                comma = TextScan.indexOf(text, ',', comma + 1, sentenceEnd)) {
            QuotedPassage p = layout.passageAt(comma);
            // A comma inside quote marks ends the phrase only after the quoted words: „… “not Christian,” the pope“.
            if (p != null && comma < p.end()) {
                continue;
            }
            int after = p == null ? comma + 1 : p.outerEnd();
            List<Word> next = Word.first(text, after, sentenceEnd);
            if (next.isEmpty() || language.has("relative-pronouns", next.get(0).lower())) {
                // ", which is due next week,": a clause describing the phrase's noun, not yet the main clause.
                continue;
            }
            Mention subject = mentions.opening(after, sentenceEnd);
            return subject != null && Mentions.plausible(subject) ? mentions.beforeVerb(subject) : null;
        }
        return null;
    }

    /**
     * The subject of the clause a participle closes: that of a clause opened after a comma ("The first came
     * at noon, when fans interrupted her, shouting “…”"), else the sentence's opening one.
     */
    Mention clauseSubject(Cue cue, int wordsStart) {
        List<Word> words = Word.in(text, wordsStart, cue.start());
        for (int i = words.size() - 2; i > 0; i--) {
            Word w = words.get(i);
            if (!w.capitalized() && Mentions.CLAUSE_BREAKS.contains(w.lower())
                    && layout.lastNonSpace(wordsStart, w.start()) == ',') {
                Mention subject = mentions.after(w.end(), cue.start());
                return subject != null && Mentions.plausible(subject) ? subject : mentions.opening(wordsStart, cue.start());
            }
        }
        Mention opening = mentions.opening(wordsStart, cue.start());
        // "The union released a report, adding": the reading may run on past the clause's verb into its object.
        return opening == null ? null : NounPhraseShape.beforeObject(text, layout.language, mentions.beforeVerb(opening));
    }
}
