package org.quotedesk.extraction;

/** A speaker already known, named inside a mention or beside the passage, that a description stands for. */
final class KnownNameBeside {

    private KnownNameBeside() {
    }

    /** A known name inside the mention, not as a possessor: "the Elysee Palace announcement". */
    static SpeakerBook.Speaker inside(String text, SpeakerBook book, Mention m) {
        SpeakerBook.Occurrence best = null;
        for (SpeakerBook.Occurrence o : book.within(m.start(), m.end())) {
            boolean possessor = o.end() < text.length() && "’'".indexOf(text.charAt(o.end())) >= 0;
            if (!possessor && (best == null || o.end() - o.start() > best.end() - best.start())) {
                best = o;
            }
        }
        return best == null ? null : best.speaker();
    }

    /** "On Russian TV, the headlines say": a description resolved by a known name beside it. */
    static SpeakerBook.Speaker nearby(ArticleLayout layout, SpeakerBook book, Found f) {
        for (int[] r : f.regions) {
            for (SpeakerBook.Occurrence o : book.within(r[0], r[1])) {
                if (layout.passageAt(o.start()) == null) {
                    return o.speaker();
                }
            }
        }
        return null;
    }
}
