package org.quotedesk.extraction;

import java.util.List;

/**
 * Passages in quote marks listed one after another, with only a comma between them („Wege der Bahn“,
 * „Der Bau des Hafens 1880 – 1900“, …): where nouns are capitalised, such a list of capitalised passages
 * holding one title of several words lists titles of works or talks, and every passage in it is a title,
 * none someone's words.
 */
final class TitleLists {

    /** How many passages are followed each way along a list, so that a long list stays quick to read. */
    private static final int REACH = 12;

    private final String text;
    private final Language language;
    private final ArticleLayout layout;
    private final List<QuotedPassage> passages;

    TitleLists(String text, Language language, ArticleLayout layout) {
        this.text = text;
        this.language = language;
        this.layout = layout;
        this.passages = layout.passages;
    }

    /**
     * Every word capitalised or a small word of titles: how titles are set. Where nouns are capitalised, a
     * figure opening or closing the passage is part of a name („HD 4021“, „Vol. 2“, „90 Jahre Stadtbahn“);
     * one inside counts things („Ausbau der 300 Brücken“), and speech has its verbs in lower case.
     */
    boolean titleCase(List<Word> words) {
        boolean figures = language.says("nouns-capitalized");
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            boolean figure = figures && (i == 0 || i == words.size() - 1) && Character.isDigit(w.text().charAt(0));
            boolean article = i > 0 && words.get(0).capitalized() && language.has("title-articles", w.lower());
            if (!w.capitalized() && !language.has("title-small-words", w.lower()) && !figure && !article) {
                return false;
            }
        }
        return true;
    }

    /** Whether the passage is one of a list of capitalised passages that holds a title of several words. */
    boolean listsTitles(QuotedPassage p) {
        if (!language.says("nouns-capitalized") || !capitalised(p)) {
            return false;
        }
        int at = indexOf(p);
        if (at < 0) {
            return false;
        }
        boolean joined = false;
        for (int i = at; i > Math.max(0, at - REACH) && listed(passages.get(i - 1), passages.get(i)); i--) {
            joined = true;
            if (title(passages.get(i - 1))) {
                return true;
            }
        }
        for (int i = at; i + 1 < Math.min(passages.size(), at + REACH) && listed(passages.get(i), passages.get(i + 1)); i++) {
            joined = true;
            if (title(passages.get(i + 1))) {
                return true;
            }
        }
        return joined && title(p);
    }

    /**
     * Two capitalised passages with only a comma between them. A joining word is not enough: chants are
     * joined by "und" as titles are.
     */
    private boolean listed(QuotedPassage first, QuotedPassage second) {
        return first.close() >= 0 && second.open() >= first.outerEnd() && capitalised(first) && capitalised(second)
                && text.substring(first.outerEnd(), second.open()).strip().equals(",");
    }

    private boolean title(QuotedPassage p) {
        List<Word> words = Word.in(text, p.start(), p.end());
        return words.size() >= 2 && titleCase(words);
    }

    private boolean capitalised(QuotedPassage p) {
        char first = text.charAt(p.start());
        return p.end() > p.start() && (Character.isUpperCase(first) || Character.isDigit(first));
    }

    private int indexOf(QuotedPassage p) {
        int at = layout.lastOpeningAtOrBefore(p.open());
        return at >= 0 && passages.get(at).open() == p.open() ? at : -1;
    }
}
