package org.quotedesk.extraction;

import java.util.List;

/**
 * "On Friday the union said", "In a statement the ministry said", "Two days later a spokeswoman said": a
 * phrase of time or place put before the subject with no comma after it. Its noun and the subject's
 * article stand side by side; who speaks begins at that article, not at the phrase.
 */
final class FrontedWithoutComma {

    /** How many words such a phrase holds at most: "During the long night of the storm". */
    private static final int PHRASE_WORDS = 6;

    private FrontedWithoutComma() {
    }

    /**
     * The index of the article opening the subject after such a phrase, when the words open with one;
     * 0 otherwise. The article follows a word of the phrase that is no preposition or article itself
     * ("In a statement": the phrase's own article), and opens no time phrase ("Earlier this month").
     */
    static int subjectStart(List<Word> words, Language language) {
        if (words.size() < 3) {
            return 0;
        }
        boolean opened = opensPhrase(words.get(0).lower(), language);
        for (int d = 1; d < Math.min(words.size() - 1, PHRASE_WORDS + 1); d++) {
            String lower = words.get(d).lower();
            String before = words.get(d - 1).lower();
            String next = words.get(d + 1).lower();
            if (!words.get(d - 1).capitalized() && language.endsWith("past-endings", before)) {
                // "Walter Dahl led the charge, and within weeks the group placed ads": a verb before it, no phrase put first.
                return 0;
            }
            boolean article = language.has("noun-determiners", lower) && !Mentions.CLAUSE_BREAKS.contains(lower);
            boolean phraseWord = language.has("noun-determiners", before) || language.has("fronting", before)
                    || Mentions.PREPOSITIONS.contains(before) || Mentions.CONNECTORS.contains(before)
                    || language.has("leading-prepositions", before) || language.has("place-openers", before);
            boolean timePhrase = language.has("fronted-small-words", lower) && Names.TIME_WORDS.contains(next);
            if (article && !phraseWord && !timePhrase && (opened || timeCount(words.subList(0, d), language))) {
                return d;
            }
        }
        return 0;
    }

    /** "Two days later": a count of time, which opens a phrase as a preposition does. */
    private static boolean timeCount(List<Word> words, Language language) {
        return words.size() > 1 && language.has("introductions", words.get(words.size() - 1).lower())
                && words.stream().allMatch(w -> language.has("quantifiers", w.lower()) || w.lower().chars().allMatch(Character::isDigit)
                || language.has("introductions", w.lower()) || Names.TIME_WORDS.contains(w.lower()));
    }

    private static boolean opensPhrase(String first, Language language) {
        return !language.has("noun-determiners", first)
                && (language.has("fronting", first) || language.has("introductions", first) || Names.TIME_WORDS.contains(first));
    }
}
