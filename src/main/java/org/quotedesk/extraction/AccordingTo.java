package org.quotedesk.extraction;

import java.util.List;

/**
 * The source of an "according to" cue ("according to the ministry", "laut Polizei", "dem Bericht
 * zufolge"), and the reporting path it gives a quote whose speaker another cue of the sentence names.
 */
final class AccordingTo {

    private final SentenceCues cues;
    private final String text;
    private final ArticleLayout layout;
    private final Mentions mentions;
    private final SpeakerBook book;

    AccordingTo(SentenceCues cues, ArticleLayout layout, Mentions mentions, SpeakerBook book) {
        this.cues = cues;
        this.text = layout.text;
        this.layout = layout;
        this.mentions = mentions;
        this.book = book;
    }

    /**
     * The words after a cue up to the next comma, stop, dash or quote mark, eight at most, with the
     * name after a title taken alone: "according to the ministry", "said master of ceremonies Asab
     * Al-Tabchi". Null when there are none or more.
     */
    Mention phraseAfter(Cue cue) {
        int stop = cues.sentence.end();
        for (char c : new char[] {',', '.', ';', '“', '"', '—'}) {
            int i = TextScan.indexOf(text, c, cue.end(), stop);
            if (i >= 0) {
                stop = i;
            }
        }
        List<Word> source = Word.in(text, cue.end(), stop, 9);
        if (source.isEmpty() || source.size() > 8) {
            return null;
        }
        int start = source.get(0).start();
        int end = source.get(source.size() - 1).end();
        Mention written = new Mention(start, end, text.substring(start, end), null);
        Mention named = mentions.roles.nameAfterTitle(written, cues.sentence.end());
        return named != null ? named : written;
    }

    /** "according to X, …", "according to the US and natothe Russians…" (a missing space). */
    Mention source(Cue cue) {
        if (layout.language.has("source-after", cue.word())) {
            return mentions.before(cues.regionStart(cue), cue.start());
        }
        if (layout.language.says("verb-second")) {
            // The verb follows the fronted source without a comma: "Laut Polizei wurden drei Menschen verletzt".
            List<Word> next = Word.first(text, cue.end(), cues.sentence.end());
            boolean link = !next.isEmpty() && layout.language.has("source-links", next.get(0).lower());
            return mentions.after(link ? next.get(0).end() : cue.end(), cues.sentence.end());
        }
        List<Word> words = Word.in(text, cue.end(), cues.sentence.end(), 2);
        if (words.isEmpty()) {
            return null;
        }
        Mention phrase = phraseAfter(cue);
        if (phrase != null) {
            return phrase;
        }
        for (Word w : words.subList(0, Math.min(2, words.size()))) {
            SpeakerBook.Occurrence o = book.startingAt(w.start());
            if (o != null) {
                return new Mention(words.get(0).start(), o.end(), text.substring(words.get(0).start(), o.end()), null);
            }
        }
        return mentions.after(cue.end(), cues.sentence.end());
    }

    /** "according to the French presidency" when another cue already names the speaker. */
    String reportingPath(Cue used, Mention speaker) {
        for (Cue c : cues.all) {
            if (c.according() && c != used) {
                Mention source = source(c);
                if (source != null && speaker != null) {
                    // "dem Bericht zufolge": the source may come before its cue.
                    return text.substring(Math.min(c.start(), source.start()), Math.max(c.end(), source.end()));
                }
            }
        }
        if (used != null && used.frame() == SpeechCues.Frame.TELL) {
            VenueHint hint = layout.venues().find(List.of(new int[] {used.start(), cues.sentence.end()}));
            List<Word> hinted = hint == null ? List.of() : Word.first(hint.text(), 0, hint.text().length());
            if (!hinted.isEmpty() && layout.language.has("telling-venues", hinted.get(0).lower())) {
                return hint.text();
            }
        }
        return null;
    }
}
