package org.quotedesk.extraction;

/**
 * "Die Wochenzeitung „Kasseler Bote“ kritisierte": a subject ending in a name set in marks after its noun is
 * the body so named; the reading of the subject stops at the closing mark.
 */
final class MarkedName {

    private MarkedName() {
    }

    /** The name in marks the subject ends with, else the subject. */
    static Mention of(ArticleLayout layout, Mention subject) {
        if (subject == null) {
            return null;
        }
        QuotedPassage p = layout.passageAt(subject.end() - 1);
        if (p == null || p.start() <= subject.start() || !layout.namedAfterNoun(p)) {
            return subject;
        }
        return new Mention(p.start(), p.end(), layout.text.substring(p.start(), p.end()), subject.role());
    }
}
