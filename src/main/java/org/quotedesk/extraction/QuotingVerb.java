package org.quotedesk.extraction;

import java.util.List;

/**
 * A verb of quoting ("zitiert") names two: who quotes and who is quoted, and the words are the
 * quoted one's. In the passive the quoted one is the subject ("Weber wird von der Zeitung
 * zitiert"); in the active, the object ("Die Zeitung zitiert den Pfarrer", "„…“, zitiert die
 * Zeitung Weber").
 */
final class QuotingVerb {

    private final String text;
    private final Language language;
    private final ArticleLayout layout;
    private final Mentions mentions;

    QuotingVerb(ArticleLayout layout, Mentions mentions) {
        this.text = layout.text;
        this.language = layout.language;
        this.layout = layout;
        this.mentions = mentions;
    }

    boolean quotes(Cue cue) {
        return language.has("quoting-verbs", cue.word());
    }

    /**
     * Who is quoted by this cue, or null when the sentence does not say: {@code from} is where the
     * sentence's words start, {@code region} where the words of the cue's own clause do.
     */
    Mention quoted(Cue cue, int from, int region, int sentenceEnd) {
        List<Word> before = Word.in(text, from, cue.start());
        for (int i = 0; i < before.size(); i++) {
            Word auxiliary = before.get(i);
            // "„Das wird teuer“, zitiert die Zeitung Weber": an auxiliary inside the quote marks is the quote's.
            if (language.has("passive-auxiliaries", auxiliary.lower()) && layout.passageAt(auxiliary.start()) == null) {
                // "Weber wird … zitiert", "In der Meldung wird Weber so zitiert".
                Mention subject = i > 0 ? mentions.before(from, auxiliary.start()) : null;
                if (subject == null || mentions.order.fronted(from, auxiliary.start())) {
                    subject = mentions.after(auxiliary.end(), cue.start());
                }
                return subject == null || mentions.order.objectCase(subject) ? null : subject;
            }
        }
        List<Word> next = Word.first(text, cue.end(), sentenceEnd);
        if (next.isEmpty() || language.has("prepositions", next.get(0).lower())) {
            // "zitiert aus der Zeitung": the source of the quote, not who is quoted.
            return null;
        }
        Mention first = mentions.after(cue.end(), sentenceEnd);
        if (first == null || mentions.order.objectCase(first) || !Word.in(text, region, cue.start()).isEmpty()) {
            return first;
        }
        // Inverted, the quoting one comes first and the quoted one right after it.
        // "zitiert die „Post“ den Bürgermeister": the quoted one follows the marks of a name set in them.
        QuotedPassage marks = layout.passageAt(first.start());
        Mention second = mentions.after(marks == null ? first.end() : Math.max(first.end(), marks.outerEnd()), sentenceEnd);
        boolean adjacent = second != null && Word.in(text, first.end(), second.start()).isEmpty()
                && TextScan.indexOf(text, ',', first.end(), second.start()) < 0;
        return adjacent ? second : first;
    }
}
