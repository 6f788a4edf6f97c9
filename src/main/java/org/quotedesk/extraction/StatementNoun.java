package org.quotedesk.extraction;

import java.util.List;

/**
 * "Auf den Vorwurf der CDU, es handele sich um einen „…“, entgegnete Weber": a noun of speech with whose it is in
 * the genitive ("der CDU") or after "von", then a comma: the clause after that comma is what was said, and the
 * passage in it is theirs, whoever answers in the sentence's main clause.
 */
final class StatementNoun {

    /** How far before a passage the comma after the noun's owner may stand, in characters. */
    private static final int REACH = 160;

    /** Words the owner of the noun may have: "des Landesverbands der Grünen". */
    private static final int OWNER_WORDS = 5;

    private final String text;
    private final ArticleLayout layout;

    StatementNoun(String text, ArticleLayout layout) {
        this.text = text;
        this.layout = layout;
    }

    /** The owner of a noun of speech whose clause holds {@code p}, in its sentence; else null. */
    Mention owner(QuotedPassage p) {
        Sentence s = layout.sentenceAt(p.open());
        if (s == null || layout.language.words("statement-nouns").isEmpty()) {
            return null;
        }
        List<Word> words = Word.in(text, Math.max(s.start(), p.open() - REACH), p.open());
        for (int i = 0; i + 2 < words.size(); i++) {
            Word noun = words.get(i);
            Word link = words.get(i + 1);
            if (!noun.capitalized() || !layout.language.endsWith("statement-nouns", noun.lower())
                    || !(layout.language.has("genitive-determiners", link.lower()) || layout.language.has("source-links", link.lower()))
                    || layout.passageAt(noun.start()) != null) {
                continue;
            }
            for (int j = i + 2; j < Math.min(words.size(), i + 2 + OWNER_WORDS); j++) {
                Word w = words.get(j);
                if (!w.capitalized() || !text.substring(words.get(j - 1).end(), w.start()).equals(" ")) {
                    break;
                }
                if (w.end() < p.open() && text.charAt(w.end()) == ',') {
                    int start = layout.language.has("source-links", link.lower()) ? words.get(i + 2).start() : link.start();
                    return new Mention(start, w.end(), text.substring(start, w.end()), null);
                }
            }
        }
        return null;
    }
}
