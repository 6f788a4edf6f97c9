package org.quotedesk.extraction;

import java.util.List;

/**
 * "“Let me help you out,” Pence riffed on her answer": right after a passage that opens its sentence
 * and its comma, a name or "he" followed by a verb in the past is the tag that says who spoke, whether
 * or not the verb is a listed verb of saying. Not a description ("the nominee riffed"): who it means
 * is not known here, and the speaker guessed otherwise is more often a real name.
 */
final class TagAfterPassage {

    /** Words a name may take before its verb: "Former Gov. Mike Huckabee". */
    private static final int MOST_WORDS = 5;

    /** Words a phrase pointing at the words quoted, its verb, a reflexive and a titled name may take. */
    private static final int PHRASE_WORDS = MOST_WORDS + 6;

    private final String text;
    private final ArticleLayout layout;

    TagAfterPassage(String text, ArticleLayout layout) {
        this.text = text;
        this.layout = layout;
    }

    /** The subject of the tag after {@code p}, which opens its sentence, or null. */
    Mention subject(Sentence s, QuotedPassage p) {
        // "A self-described “geeky kid,” Cruz changed his name": a passage inside a phrase put first is no tag's.
        if (p.close() < 0 || p.outerEnd() >= s.end() || layout.lastNonSpace(s.start(), p.open()) != 0) {
            return null;
        }
        List<Word> words = Word.in(text, p.outerEnd(), s.end(), MOST_WORDS + 2);
        if (words.size() < 2 || !separatedByComma(p.end(), words.get(0).start())) {
            return null;
        }
        // "mit diesen Worten verabschiedete sich Trainer Ralf Beckmann": the phrase and the verb come before the name.
        Mention named = afterWordsPhrase(Word.in(text, p.outerEnd(), s.end(), PHRASE_WORDS));
        if (named != null) {
            return named;
        }
        Word first = words.get(0);
        int head = -1;
        if (layout.language.has("subject-pronouns", first.text())) {
            head = 0;
        } else if (first.capitalized() && !layout.language.has("sentence-openers", first.lower())) {
            for (int i = 0; i < words.size() - 1 && words.get(i).capitalized() && !words.get(i).possessive(); i++) {
                head = pastVerb(words.get(i + 1)) ? i : head;
            }
        }
        if (head < 0 || !pastVerb(words.get(head + 1))
                || !text.substring(first.start(), words.get(head + 1).start()).matches("[\\p{L}\\p{N}.'’\\- ]*")) {
            return null;
        }
        Word last = words.get(head);
        return new Mention(first.start(), last.end(), text.substring(first.start(), last.end()), null);
    }

    /**
     * "„…“ Mit diesen Worten verließ Weber den Saal": a passage that is a sentence of its own, and the next sentence of
     * its paragraph opening with a phrase that points back at it; the subject after that phrase's verb, or null.
     */
    Mention inNextSentence(Sentence s, QuotedPassage p) {
        Sentence next = layout.sentence(s.index() + 1);
        if (p.close() < 0 || layout.lastNonSpace(s.start(), p.open()) != 0 || next == null
                || next.paragraph() != s.paragraph() || !text.substring(p.outerEnd(), s.end()).isBlank()) {
            return null;
        }
        return afterWordsPhrase(Word.in(text, next.start(), next.end(), PHRASE_WORDS));
    }

    /**
     * "Mit den Worten „…“ eröffnete Weber das Fest": a passage right after a phrase that opens its sentence and points
     * at the words quoted; the subject after the verb that follows the passage, or null.
     */
    Mention afterPhraseBefore(Sentence s, QuotedPassage p) {
        List<Word> before = Word.in(text, s.start(), p.open(), 4);
        if (p.close() < 0 || before.size() < 2 || before.size() > 3 || !wordsPhrase(before, before.size())) {
            return null;
        }
        return subjectAfterVerb(Word.in(text, p.outerEnd(), s.end(), PHRASE_WORDS), 0);
    }

    private boolean wordsPhrase(List<Word> words, int n) {
        return layout.language.has("words-said-phrases", String.join(" ", words.subList(0, n).stream().map(Word::lower).toList()));
    }

    /**
     * "„…“, mit diesen Worten meldete er sich zurück": a phrase that points back at the words quoted, its verb
     * and then, as the verb stands second, its subject: a pronoun, or a name or description of capitalised words.
     */
    private Mention afterWordsPhrase(List<Word> words) {
        for (int n = 2; n <= 3 && n + 1 < words.size(); n++) {
            if (wordsPhrase(words, n)) {
                return subjectAfterVerb(words, n);
            }
        }
        return null;
    }

    /** The subject after the verb at {@code verb}, a reflexive maybe between: a pronoun or capitalised words; else null. */
    private Mention subjectAfterVerb(List<Word> words, int verb) {
        int from = verb + 1;
        while (from < words.size() && layout.language.has("reflexives", words.get(from).lower())) {
            from++;
        }
        if (from >= words.size() || words.get(verb).capitalized()) {
            return null;
        }
        Word subject = words.get(from);
        if (layout.language.has("pronouns", subject.lower())) {
            return new Mention(subject.start(), subject.end(), subject.text(), null);
        }
        int to = layout.language.has("determiners", subject.lower()) ? from + 1 : from;
        int last = to - 1;
        while (to < words.size() && words.get(to).capitalized()
                && text.substring(words.get(to - 1).end(), words.get(to).start()).equals(" ")) {
            last = to++;
        }
        if (last < from || !subject.capitalized() && last == from) {
            return null;
        }
        int end = words.get(last).end();
        return new Mention(subject.start(), end, text.substring(subject.start(), end), null);
    }

    /** Only a comma, closing marks and spaces between the passage's words and the tag. */
    private boolean separatedByComma(int from, int to) {
        String between = text.substring(from, to);
        return between.indexOf(',') >= 0 && between.replaceAll("[\\s,\"'”’»“]", "").isEmpty();
    }

    /** "riffed", "quipped": a lower-case past form, not a word that only helps a verb. */
    private boolean pastVerb(Word w) {
        return Character.isLowerCase(w.text().charAt(0)) && w.text().length() > 4
                && layout.language.endsWith("past-endings", w.lower()) && !layout.language.has("auxiliaries", w.lower());
    }
}
