package org.quotedesk.extraction;

import java.util.List;
import java.util.Locale;

/**
 * The dateline a news article opens with, "WASHINGTON, Dec. 8 (UPI) — …" or "Washington (AFP) – …":
 * the place, date and agency are written before the first sentence's subject and are no one who speaks.
 */
final class Dateline {

    /** A dateline is short: place, date and agency. */
    private static final int LONGEST = 60;

    /** "(Associated Press)": how many words an agency's name in brackets holds at most. */
    private static final int AGENCY_WORDS = 2;

    private Dateline() {
    }

    /**
     * Where the sentence's own words begin: in a paragraph's first sentence, after a dash that closes a
     * dateline (words all capitalised, the first in capitals or the last an agency in brackets: "(Reuters) -").
     */
    static int wordsStart(ArticleLayout layout, Sentence sentence) {
        Sentence before = layout.sentence(sentence.index() - 1);
        int start = sentence.start();
        if (before != null && before.paragraph() == sentence.paragraph()) {
            return start;
        }
        String text = layout.text;
        int limit = Math.min(sentence.end(), start + LONGEST);
        for (int i = start; i < limit; i++) {
            char c = text.charAt(i);
            if ((c == '—' || c == '–' || c == '-') && i > start && text.charAt(i - 1) == ' ') {
                return closes(text, start, i) ? i + 1 : start;
            }
        }
        return start;
    }

    private static boolean closes(String text, int start, int dash) {
        List<Word> words = Word.in(text, start, dash);
        if (words.isEmpty() || words.stream().anyMatch(w -> !w.capitalized() && !Character.isDigit(w.text().charAt(0)))) {
            return false;
        }
        String first = words.get(0).text();
        boolean placeInCapitals = first.length() > 1 && first.equals(first.toUpperCase(Locale.ROOT));
        String before = text.substring(start, dash).trim();
        int open = before.lastIndexOf('(');
        // "(AFP)", "(Reuters)": an agency's name of a word or two, capitalised.
        List<Word> agencyWords = open < 0 || !before.endsWith(")") ? List.of() : Word.in(before, open + 1, before.length() - 1);
        boolean agency = !agencyWords.isEmpty() && agencyWords.size() <= AGENCY_WORDS && agencyWords.stream().allMatch(Word::capitalized);
        return placeInCapitals || agency;
    }
}
