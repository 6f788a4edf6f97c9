package org.quotedesk.extraction;

import java.util.List;
import java.util.Locale;

/**
 * "The campaign sent an email to supporters stating “…”", "the museum issued a report charging …":
 * a participle right after the object of its clause's verb describes that object, a writing or those
 * it went to; who speaks is the clause's subject, who issued it.
 */
final class ObjectParticiple {

    /** How far before the mention its clause's last word is looked for: no word is longer. */
    private static final int WORD_BEFORE = 40;

    private final String text;
    private final ArticleLayout layout;
    private final Mentions mentions;

    ObjectParticiple(ArticleLayout layout, Mentions mentions) {
        this.text = layout.text;
        this.layout = layout;
        this.mentions = mentions;
    }

    /**
     * The subject opening the clause, when the mention read before a participle cue is a lower-case
     * noun after other words of the clause; null otherwise. Not after a preposition that the reading
     * dropped: in "with one of her ads asking" the noun is the participle's own subject.
     */
    Mention issuer(Cue cue, Mention read, int from, int wordsStart) {
        if (!cue.participle(layout.language) || read.pronoun()
                || !read.text().equals(read.text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        List<Word> before = Word.in(text, Math.max(from, read.start() - WORD_BEFORE), read.start());
        if (before.isEmpty() || layout.language.has("leading-prepositions", before.get(before.size() - 1).lower())) {
            return null;
        }
        Mention opening = mentions.opening(wordsStart, read.start());
        if (opening == null || opening.end() > read.start() || layout.passageAt(opening.start()) != null
                || fronted(opening, wordsStart)) {
            return null;
        }
        Mention subject = mentions.beforeVerb(opening);
        return Mentions.plausible(subject) && mentions.nounPhrase(subject) ? subject : null;
    }

    /** "Since March, the share of fishermen saying": a phrase put before the subject, set off by a comma. */
    private boolean fronted(Mention opening, int wordsStart) {
        List<Word> before = Word.in(text, wordsStart, opening.start());
        return !before.isEmpty() && layout.language.has("fronting", before.get(before.size() - 1).lower())
                && opening.end() < text.length() && text.charAt(opening.end()) == ',';
    }
}
