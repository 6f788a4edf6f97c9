package org.quotedesk.extraction;

import java.util.List;

/**
 * A phrase put before the subject and set off by a comma ("In response to questions, Berg said",
 * "Asked about the plan, he said"): it names nobody who speaks; the subject comes after it.
 */
final class FrontedPhrase {

    /** How far past a cue a subject after a phrase put first is looked for. */
    private static final int SUBJECT_REACH = 160;

    /** How many characters a phrase put first holds at most: its comma is looked for no further. */
    private static final int PHRASE_REACH = 120;

    private final String text;
    private final Language language;
    private final Mentions mentions;

    FrontedPhrase(String text, Language language, Mentions mentions) {
        this.text = text;
        this.language = language;
        this.mentions = mentions;
    }

    /**
     * The subject past a phrase put first, when the mention read before the cue at {@code cueStart} is
     * that phrase: after the verb ("In other words, explained Berg:"), or after the comma ending the
     * phrase when the cue stands inside it ("In response to questions, Berg indicated"). Else {@code m}.
     */
    Mention subjectPast(Mention m, int from, int cueStart) {
        List<Word> first = m == null ? List.of() : Word.first(text, m.start(), m.end());
        if (first.isEmpty() || m.start() != from || !fronting(first.get(0))) {
            return m;
        }
        int to = Math.min(text.length(), cueStart + SUBJECT_REACH);
        List<Word> cue = Word.first(text, cueStart, to);
        boolean verbFollowsPhrase = !cue.isEmpty() && text.substring(m.end(), cueStart).strip().equals(",");
        // "At the bottom it reads": a pronoun or a name inside the phrase is the subject after all.
        boolean nobodyInPhrase = Word.in(text, m.start(), m.end()).stream().skip(1)
                .noneMatch(w -> w.capitalized() || language.has("pronouns", w.lower()));
        Mention subject = verbFollowsPhrase ? mentions.after(cue.get(0).end(), to)
                : nobodyInPhrase ? mentions.opening(from, to) : null;
        return subject != null && subject.start() > m.start() && Mentions.plausible(subject) ? subject : m;
    }

    /**
     * Whether the words from {@code from} open with a phrase put first ("Asked about …,", "Speaking in …,")
     * and a subject can follow it. Prepositions and conjunctions the reading after a verb skips itself.
     */
    boolean opens(Word first, int from, int to) {
        String lower = first.lower();
        if (!text.substring(from, first.start()).isBlank() || !fronting(first) || Mentions.PREPOSITIONS.contains(lower)
                || Mentions.CLAUSE_BREAKS.contains(lower) || Mentions.OPENERS.contains(lower)) {
            return false;
        }
        // The last piece holds words, so the opening reading moves past the phrase and never back to it.
        List<int[]> pieces = mentions.segments(from, to);
        return pieces.size() > 1 && !Word.first(text, pieces.get(pieces.size() - 1)[0], to).isEmpty();
    }

    /**
     * Where the comma closing a phrase put first at {@code from} ends ("Asked about Dahl, Berg said"),
     * before {@code to}; {@code from} when the words there open with no such phrase.
     */
    static int end(String text, ArticleLayout layout, int from, int to) {
        List<Word> first = Word.first(text, from, to);
        if (first.isEmpty() || !first.get(0).capitalized() || !layout.language.has("fronting", first.get(0).lower())) {
            return from;
        }
        for (int i = first.get(0).end(); i < Math.min(to, first.get(0).end() + PHRASE_REACH); i++) {
            if (text.charAt(i) == ',' && layout.passageAt(i) == null) {
                return i + 1;
            }
        }
        return from;
    }

    /** A capitalised word listed as putting a phrase before the subject: "In", "Despite", "Asked". */
    private boolean fronting(Word w) {
        return w.capitalized() && language.has("fronting", w.lower());
    }
}
