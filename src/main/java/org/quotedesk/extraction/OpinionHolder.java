package org.quotedesk.extraction;

import java.util.List;

/**
 * "Was für die Ministerin eine „…“ ist", "Für Weber ist das „…“": with no verb of speech, a person after "für" in a
 * clause whose verb is a copula holds the view the passage words.
 */
final class OpinionHolder {

    /** How many words before a passage its clause is read for "für" and its person. */
    private static final int REACH = 12;

    private final String text;
    private final ArticleLayout layout;
    private final Mentions mentions;
    private final SpeakerBook book;

    OpinionHolder(String text, ArticleLayout layout, Mentions mentions, SpeakerBook book) {
        this.text = text;
        this.layout = layout;
        this.mentions = mentions;
        this.book = book;
    }

    /** The person whose view the clause of {@code p} in {@code s} states, else null. */
    Mention of(Sentence s, QuotedPassage p) {
        if (layout.language.words("opinion-prepositions").isEmpty()) {
            return null;
        }
        int from = Math.max(s.start(), TextScan.lastIndexOf(text, ',', s.start(), p.open()) + 1);
        List<Word> before = Word.in(text, from, p.open());
        if (before.size() > REACH || layout.hasPassageIn(from, p.open())) {
            return null;
        }
        int clauseEnd = TextScan.indexOf(text, ',', p.outerEnd(), s.end());
        List<Word> after = Word.in(text, Math.min(p.outerEnd(), s.end()), clauseEnd < 0 ? s.end() : clauseEnd, 4);
        if (before.stream().noneMatch(this::copula) && after.stream().noneMatch(this::copula)) {
            return null;
        }
        for (Word w : before) {
            if (layout.language.has("opinion-prepositions", w.lower())) {
                Mention holder = mentions.after(w.end(), p.open());
                return holder != null && person(holder) ? holder : null;
            }
        }
        return null;
    }

    private boolean copula(Word w) {
        return layout.language.has("copulas", w.lower());
    }

    /** A title ("die Ministerin"), a name that reads as a person's, or one the article knows. */
    private boolean person(Mention m) {
        List<Word> words = Word.in(text, m.start(), m.end(), 6);
        return words.stream().anyMatch(w -> mentions.titleWord(w.base())) || Persons.looksLikePerson(m.text())
                || book.knows(m.text(), m.start());
    }
}
