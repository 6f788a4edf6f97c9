package org.quotedesk.extraction;

import java.util.List;

/**
 * Whether the words read back from a cue as its subject can be a noun phrase at all: read past the
 * end of its clause they may open with a verb ("is a firm belief in") or an infinitive's marker ("as
 * if to say"), and an editor accepting such a speaker would create a record with that name.
 */
final class NounPhraseShape {

    private NounPhraseShape() {
    }

    /**
     * The words read as a subject, without what a missed full stop leaves before it ("in a local blog. The
     * mayor"), and a pronoun without the verb after it ("Wait, it gets worse:").
     */
    static List<Word> trimmed(String text, Language language, List<Word> taken) {
        List<Word> words = afterSentenceEnd(text, taken);
        List<Word> rest = words.subList(1, words.size());
        if (!rest.isEmpty() && language.has("pronouns", words.get(0).lower()) && allLowerCase(rest)
                && rest.stream().noneMatch(w -> language.has("pronouns", w.lower()))) {
            return words.subList(0, 1);
        }
        return words;
    }

    /**
     * Whether a mention read as a subject can name someone as it stands: see {@link #fitted}.
     */
    static boolean names(String text, Language language, Mention m) {
        return fitted(text, language, m) == m;
    }

    /**
     * The mention when it can name someone: not when it opens with a verb or an infinitive's marker
     * ("is a firm belief in", "as if to say"), nor with a participle alone or before such a word
     * ("refusing to"), which "hacking specialists" is not, nor with a preposition ("of economic ills"),
     * nor when it ends in one, in the marker or in a determiner. Read past its verb ("White House
     * officials started to", "Mr. Trump was prompted to"), the words before that verb (an auxiliary, or a
     * past form after a noun) are the subject; else it names nobody: null.
     */
    static Mention fitted(String text, Language language, Mention m) {
        List<Word> words = Word.in(text, m.start(), m.end());
        if (words.isEmpty() || nounPhrase(words, language)) {
            return m;
        }
        for (int i = 1; i < words.size(); i++) {
            Word word = words.get(i);
            Word before = words.get(i - 1);
            boolean verb = !word.capitalized() && (language.has("auxiliaries", word.lower())
                    || word.lower().length() > 4 && language.endsWith("past-endings", word.lower())
                    && !language.has("noun-determiners", before.lower()) && !language.has("description-openers", before.lower()));
            if (verb) {
                List<Word> subject = words.subList(0, i);
                if (!nounPhrase(subject, language) || !subjectEnd(subject, language)) {
                    return null;
                }
                return new Mention(m.start(), before.end(), text.substring(m.start(), before.end()), m.role());
            }
        }
        return null;
    }

    /**
     * Whether the words before a verb can end a subject: not a determiner, nor a pronoun after other words
     * ("hard it will be"), nor a pronoun fused with its verb ("It’s been"), nor a past form alone ("scared
     * are").
     */
    private static boolean subjectEnd(List<Word> subject, Language language) {
        Word last = subject.get(subject.size() - 1);
        boolean fusedPronoun = Language.listedInAny("possessive-endings").stream().anyMatch(ending -> last.lower().endsWith(ending)
                && language.has("pronouns", last.lower().substring(0, last.lower().length() - ending.length())));
        boolean lonePast = subject.size() == 1 && !last.capitalized() && language.endsWith("past-endings", last.lower());
        return !language.has("noun-determiners", last.lower()) && !fusedPronoun
                && !(subject.size() > 1 && language.has("pronouns", last.lower())) && !lonePast;
    }

    private static boolean nounPhrase(List<Word> words, Language language) {
        Word first = words.get(0);
        Word last = words.get(words.size() - 1);
        boolean verbFirst = !first.capitalized() && language.has("subject-nonstarters", first.lower());
        boolean verbal = !first.capitalized() && first.lower().length() > 4 && language.endsWith("participle-endings", first.lower())
                && (words.size() == 1 || !words.get(1).capitalized() && language.has("subject-nonstarters", words.get(1).lower()));
        boolean prepositionFirst = !first.capitalized() && language.has("mention-prepositions", first.lower());
        boolean dangling = words.size() > 1 && !last.capitalized()
                && (language.has("mention-prepositions", last.lower()) || language.has("infinitive-markers", last.lower())
                || language.has("noun-determiners", last.lower()));
        return !verbFirst && !verbal && !prepositionFirst && !dangling;
    }

    /**
     * "the company cut 300 jobs", read as the subject of a clause a participle closes: an article or a
     * number after a lower-case word that is no preposition or article opens the verb's object, so that
     * word is the verb and the subject ends before it ("the company"). The mention as it is otherwise.
     */
    static Mention beforeObject(String text, Language language, Mention m) {
        List<Word> words = Word.in(text, m.start(), m.end());
        for (int i = 2; i < words.size(); i++) {
            Word verb = words.get(i - 1);
            String object = words.get(i).lower();
            boolean opensObject = language.has("noun-determiners", object) || object.chars().allMatch(Character::isDigit);
            if (opensObject && !verb.capitalized() && !language.has("noun-determiners", verb.lower())
                    && !Mentions.CONNECTORS.contains(verb.lower()) && !Mentions.PREPOSITIONS.contains(verb.lower())
                    && !language.has("leading-prepositions", verb.lower()) && !language.has("place-openers", verb.lower())) {
                Word last = words.get(i - 2);
                return new Mention(m.start(), last.end(), text.substring(m.start(), last.end()), m.role());
            }
        }
        return m;
    }

    /**
     * "… in a local blog. The mayor explained": where the sentence split missed a full stop (before a
     * no-break space), the subject is what follows it. A lower-case word before the stop is no
     * abbreviated title ("Sen. Berg").
     */
    private static List<Word> afterSentenceEnd(String text, List<Word> words) {
        for (int i = words.size() - 1; i > 0; i--) {
            Word before = words.get(i - 1);
            String between = text.substring(before.end(), words.get(i).start());
            if (words.get(i).capitalized() && between.startsWith(".") && between.length() > 1 && !before.capitalized()
                    && before.text().length() > 3) {
                return words.subList(i, words.size());
            }
        }
        return words;
    }

    private static boolean allLowerCase(List<Word> words) {
        return words.stream().noneMatch(Word::capitalized);
    }
}
