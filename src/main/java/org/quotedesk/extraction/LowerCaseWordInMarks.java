package org.quotedesk.extraction;

import java.util.List;
import java.util.Locale;

/**
 * One word in quote marks opening in lower case, where nouns are capitalised: with a capital inside it names a
 * product („iPod“, „iTunes-Handy“), as German writes no other word so; right before a figure it is the writer's
 * doubt about the amount („nur“ 147 Millionen Kilometer). Neither is anyone's words. Before a noun such a word may
 * be a speaker's (von „unfairen“ Regeln), so it stays a quote there.
 */
final class LowerCaseWordInMarks {

    private final String text;
    private final Language language;

    LowerCaseWordInMarks(String text, Language language) {
        this.text = text;
        this.language = language;
    }

    /** Whether the passage is such a word: a product's name or the writer's doubt about the figure after it. */
    boolean namesOrDoubts(QuotedPassage p, List<Word> words) {
        if (!language.says("nouns-capitalized") || words.size() != 1 || p.close() < 0
                || !Character.isLowerCase(text.charAt(p.start())) || words.get(0).end() != p.end()) {
            return false;
        }
        String word = words.get(0).text();
        if (!word.equals(word.toLowerCase(Locale.ROOT))) {
            return true;
        }
        int next = p.outerEnd() + 1;
        return next < text.length() && text.charAt(p.outerEnd()) == ' ' && Character.isDigit(text.charAt(next));
    }
}
