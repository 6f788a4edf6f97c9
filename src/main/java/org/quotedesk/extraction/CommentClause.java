package org.quotedesk.extraction;

import java.util.List;

/**
 * A clause that comments on what is said and ends at its verb: "Wie Weber am Montag sagte, …",
 * "…, wie sich Weber ausdrückte, …". Its subject, right after the word opening it, is who speaks.
 */
final class CommentClause {

    /** How far before its verb a comment clause may open: a few words, so a long sentence is not read back to its start for every cue. */
    private static final int REACH = 160;

    private final ArticleLayout layout;
    private final Mentions mentions;
    private final RelativeClauseCue relative;

    CommentClause(ArticleLayout layout, Mentions mentions) {
        this.layout = layout;
        this.mentions = mentions;
        this.relative = new RelativeClauseCue(layout, mentions);
    }

    /** Who speaks in the clause this cue ends: a comment clause's subject, else a relative clause's antecedent; null for neither. */
    Mention speaker(Cue cue, int from, int to) {
        Mention subject = subject(cue, from, to);
        return subject != null ? subject : relative.antecedent(cue, from, to);
    }

    /** The subject of the comment clause this cue ends, in a sentence whose words run from {@code from} to {@code to}; null when it ends none. */
    Mention subject(Cue cue, int from, int to) {
        String text = layout.text;
        int reachable = Math.max(from, cue.start() - REACH);
        int comma = TextScan.lastIndexOf(text, ',', reachable, cue.start());
        if (comma < 0 && reachable > from) {
            return null;
        }
        int clause = Math.max(from, comma + 1);
        List<Word> words = Word.first(text, clause, cue.start());
        if (words.isEmpty() || !layout.language.has("comment-clauses", words.get(0).lower())
                || layout.passageAt(words.get(0).start()) != null) {
            return null;
        }
        char after = layout.firstNonSpace(cue.end(), to);
        if (after != ',' && after != '.' && after != 0) {
            return null;
        }
        Mention subject = mentions.after(words.get(0).end(), cue.start());
        return subject == null || mentions.order.objectCase(subject) || !mentions.nounPhrase(subject) ? null : subject;
    }
}
