package org.quotedesk.extraction;

import java.util.List;

/**
 * "In a CNN poll released Monday, 31 percent of Republicans said …": a share of those asked speaks
 * only through the survey that counted it, which the sentence names.
 */
final class SurveyShare {

    /** How far into a subject its number stands: "31 percent", "just 8 percent", "Six in 10". */
    private static final int NUMBER_REACH = 3;
    /** How many words before the survey's own word may name it. */
    private static final int NAME_REACH = 6;

    private SurveyShare() {
    }

    /** The survey the sentence names when the subject is a share of those it asked, else the subject. */
    static Mention source(ArticleLayout layout, Mention subject, Sentence sentence, int from) {
        if (subject == null || !share(layout, subject)) {
            return subject;
        }
        List<Word> words = Word.in(layout.text, from, sentence.end());
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (layout.language.has("surveys", w.lower()) && layout.passageAt(w.start()) == null) {
                return named(layout.text, words, i);
            }
        }
        return subject;
    }

    /** The survey word with the capitalised words naming it: "a Washington Post-ABC News poll". */
    private static Mention named(String text, List<Word> words, int survey) {
        int first = survey;
        while (first > 0 && first > survey - NAME_REACH && (words.get(first - 1).capitalized()
                || Character.isDigit(words.get(first - 1).text().charAt(0)))) {
            first--;
        }
        int start = words.get(first).start();
        int end = words.get(survey).end();
        return new Mention(start, end, text.substring(start, end), null);
    }

    /** "31% of Republicans", "some 55 percent of voters", "six in 10 Republicans". */
    private static boolean share(ArticleLayout layout, Mention subject) {
        String text = layout.text;
        List<Word> words = Word.in(text, subject.start(), subject.end(), NUMBER_REACH + 2);
        for (int i = 0; i < Math.min(NUMBER_REACH, words.size()); i++) {
            Word w = words.get(i);
            if (!Character.isDigit(w.text().charAt(0))) {
                continue;
            }
            boolean percent = w.end() < text.length() && text.charAt(w.end()) == '%'
                    || i + 1 < words.size() && layout.language.has("shares", words.get(i + 1).lower());
            boolean outOf = i > 0 && layout.language.has("shares", words.get(i - 1).lower());
            return percent || outOf;
        }
        return false;
    }
}
