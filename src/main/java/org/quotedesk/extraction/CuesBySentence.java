package org.quotedesk.extraction;

import java.util.HashMap;
import java.util.Map;

/** The speech cues of each sentence of one article, read once though a neighbour's quote may ask for them again. */
final class CuesBySentence {

    private final ArticleLayout layout;
    private final Mentions mentions;
    private final SpeakerBook book;
    private final Map<Integer, SentenceCues> bySentence = new HashMap<>();

    CuesBySentence(ArticleLayout layout, Mentions mentions, SpeakerBook book) {
        this.layout = layout;
        this.mentions = mentions;
        this.book = book;
    }

    /** The cues of a sentence in {@code [from, to)}. */
    SentenceCues between(Sentence s, int from, int to) {
        return new SentenceCues(s, SpeechCues.in(layout, from, to), layout, mentions, book);
    }

    /** The cues of a whole sentence. */
    SentenceCues of(Sentence s) {
        return bySentence.computeIfAbsent(s.index(), i -> between(s, s.start(), s.end()));
    }
}
