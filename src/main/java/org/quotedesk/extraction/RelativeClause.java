package org.quotedesk.extraction;

import java.util.List;

/**
 * "Beck, who has long described him as “a sociopath”": a relative clause right after the speaker's
 * name that holds the passage has the relative pronoun as the subject of its verb, so the article
 * names the speaker for the passage by that pronoun, as it does by "he" in a sentence of its own.
 */
final class RelativeClause {

    private final String text;
    private final ArticleLayout layout;

    RelativeClause(String text, ArticleLayout layout) {
        this.text = text;
        this.layout = layout;
    }

    /**
     * The relative pronoun opening a clause right after {@code named} (after a comma or a dash at
     * most) that runs on to the passage starting at {@code passage} without a comma closing it
     * ("Beck, who hosts a show, said “…”" is Beck's own sentence), or null.
     */
    Mention holding(Mention named, int passage) {
        Sentence s = layout.sentenceAt(passage);
        if (named.end() > passage || s == null || named.start() < s.start()) {
            return null;
        }
        List<Word> next = Word.first(text, named.end(), passage);
        if (next.isEmpty() || !layout.language.has("relative-subjects", next.get(0).lower())
                || !text.substring(named.end(), next.get(0).start()).matches("\\s*[,—–-]?\\s*")) {
            return null;
        }
        Word relative = next.get(0);
        for (int i = relative.end(); i < passage; i++) {
            if (",;()".indexOf(text.charAt(i)) >= 0 && layout.passageAt(i) == null) {
                return null;
            }
        }
        return new Mention(relative.start(), relative.end(), relative.text(), null);
    }
}
