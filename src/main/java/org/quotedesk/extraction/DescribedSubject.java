package org.quotedesk.extraction;

import java.util.List;

/**
 * News writing names a person it goes on quoting again by what they are: "The retired neurosurgeon
 * addressed his concerns, remarking “…”". Where a passage with no cue of its own goes on quoting
 * someone, a description of a person opening its sentence as the subject is where the article names
 * them for that passage.
 */
final class DescribedSubject {

    /** Words a description may take after its article: "the former secretary of state". */
    private static final int MOST_WORDS = 5;

    private final String text;
    private final ArticleLayout layout;
    private final SpeakerBook book;

    DescribedSubject(String text, ArticleLayout layout, SpeakerBook book) {
        this.text = text;
        this.layout = layout;
        this.book = book;
    }

    /**
     * "The Treasury secretary" in "The Treasury secretary also lauded Kim for the “needed reforms”":
     * the definite description of a person the passage's sentence opens with, followed by its verb, when
     * it may be {@code speaker} (no other speaker's role, no word of the other gender), or null.
     */
    Mention opening(SpeakerBook.Speaker speaker, int passage) {
        Sentence s = layout.sentenceAt(passage);
        if (s == null) {
            return null;
        }
        List<Word> words = Word.in(text, s.start(), passage, MOST_WORDS + 3);
        int first = !words.isEmpty() && layout.language.has("connective-adverbs", words.get(0).lower()) ? 1 : 0;
        if (words.size() < first + 3 || !layout.language.has("definite-articles", words.get(first).lower())) {
            return null;
        }
        for (int i = first + 1; i < words.size() - 1 && i <= first + MOST_WORDS; i++) {
            Word w = words.get(i);
            if (layout.passageAt(w.start()) != null || !text.substring(words.get(i - 1).end(), w.start()).isBlank()
                    || layout.language.has("body-words", w.lower())) {
                return null;
            }
            if (verb(words.get(i + 1))) {
                return person(w) ? fitting(speaker, words.get(first), w) : null;
            }
        }
        return null;
    }

    /** "addressed", "also", "said": what follows the subject in its clause. */
    private boolean verb(Word w) {
        String lower = w.lower();
        return layout.language.has("auxiliaries", lower) || layout.language.frame(lower) != null
                || Character.isLowerCase(w.text().charAt(0)) && layout.language.endsWith("past-endings", lower);
    }

    /** A word for a person heading the description: "secretary", "neurosurgeon", "wife". */
    private boolean person(Word head) {
        String lower = head.lower();
        return Character.isLowerCase(head.text().charAt(0)) && (layout.language.has("titles", lower)
                || layout.language.has("person-nouns", lower) || Names.gender(lower) != 0);
    }

    private Mention fitting(SpeakerBook.Speaker speaker, Word from, Word head) {
        Mention m = new Mention(from.start(), head.end(), text.substring(from.start(), head.end()), null);
        for (Word w : Word.in(text, from.start(), head.end())) {
            char gender = Names.gender(w.text());
            if (gender != 0 && speaker.gender != 0 && gender != speaker.gender) {
                return null;
            }
        }
        SpeakerBook.Speaker described = book.described(m.text(), m.start(), layout.language);
        return described == null || described == speaker ? m : null;
    }
}
