package org.quotedesk.extraction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Words around a passage in quote marks that cite a work rather than report speech: a byline after
 * it ("“Gallery to close,” by Times' Jane Roe:"), a part played in it after a title (the “Harvest
 * Moon” star), or a language it is translated from before it (Latin for “…”): the passage is then a
 * title or a translation, nobody's words. A year in brackets after it dates a slogan or a work
 * (“Yes to the wall” (2009)), unless a verb says the passage was spoken.
 */
final class WorkCitations {

    /** A bracket right after the marks that ends with a year: “…” (2005), “…” (city poster 2003). */
    private static final Pattern DATED = Pattern.compile("[ \\t]*\\([^()\\n]{0,40}?\\b(1[6-9]|20)\\d\\d\\)");

    /** How far after the marks such a bracket may end, in characters. */
    private static final int DATED_REACH = 50;

    /** How many words a byline names at most before its colon ("The Wall Street Journal's Jane Roe"). */
    private static final int BYLINE_WORDS = 8;

    /** How far after the marks a byline's colon may stand, in characters. */
    private static final int BYLINE_REACH = 100;

    /** How far before the marks a language's name and the word of translating are read, in characters. */
    private static final int TRANSLATION_REACH = 30;

    private final String text;
    private final Language language;

    WorkCitations(String text, Language language) {
        this.text = text;
        this.language = language;
    }

    /** Whether the words around the passage make it a cited work or a translation. */
    boolean citesWork(QuotedPassage p) {
        if (p.close() < 0) {
            return false;
        }
        return bylined(p) || translated(p) || Character.isUpperCase(text.charAt(p.start())) && roleAfter(p) || sung(p);
    }

    /** “Yes to the wall” (2009), “…” (city poster 2003): a bracket right after the marks that ends with a year. */
    boolean dated(QuotedPassage p) {
        return DATED.matcher(text).region(p.outerEnd(), Math.min(text.length(), p.outerEnd() + DATED_REACH)).lookingAt();
    }

    /**
     * "“Gallery to close,” by the Times' Jane Roe: “…”": a byline word, then only capitalised words of
     * a name (and an article) up to a colon on the same line.
     */
    private boolean bylined(QuotedPassage p) {
        int at = p.outerEnd();
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == ',')) {
            at++;
        }
        if (at == text.length() || !Character.isLetter(text.charAt(at))) {
            return false;
        }
        List<Word> first = Word.first(text, at, Math.min(text.length(), at + BYLINE_REACH));
        if (first.isEmpty() || first.get(0).start() != at || !language.has("bylines", first.get(0).lower())) {
            return false;
        }
        int limit = Math.min(text.length(), at + BYLINE_REACH);
        int colon = at;
        while (colon < limit && text.charAt(colon) != ':' && text.charAt(colon) != '\n') {
            colon++;
        }
        if (colon == limit || text.charAt(colon) != ':') {
            return false;
        }
        List<Word> words = Word.in(text, at, colon, BYLINE_WORDS + 2);
        return words.size() >= 2 && words.size() <= BYLINE_WORDS + 1 && words.subList(1, words.size()).stream()
                .allMatch(w -> w.capitalized() || language.has("definite-articles", w.lower()));
    }

    /** "Russian for “goodbye”": a language's name and a word of translating right before the marks. */
    private boolean translated(QuotedPassage p) {
        int end = p.open();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end == 0 || !Character.isLetter(text.charAt(end - 1))) {
            return false;
        }
        List<Word> words = Word.in(text, Math.max(0, end - TRANSLATION_REACH), end);
        return words.size() >= 2 && words.get(words.size() - 1).end() == end
                && language.has("translation-links", words.get(words.size() - 1).lower())
                && language.has("language-names", words.get(words.size() - 2).lower());
    }

    /** „in dem er „Wenn ich einmal reich wär“ sang“: a verb of singing right after the marks makes the passage a song. */
    private boolean sung(QuotedPassage p) {
        List<Word> next = Word.first(text, p.outerEnd(), Math.min(text.length(), p.outerEnd() + 40));
        return !next.isEmpty() && text.substring(p.outerEnd(), next.get(0).start()).equals(" ")
                && language.has("singing-verbs", next.get(0).lower());
    }

    /** "the “Harvest Moon” star": a part played in a work, right after its title. */
    private boolean roleAfter(QuotedPassage p) {
        List<Word> next = Word.first(text, p.outerEnd(), Math.min(text.length(), p.outerEnd() + 40));
        return !next.isEmpty() && text.substring(p.outerEnd(), next.get(0).start()).equals(" ")
                && language.has("work-roles", next.get(0).lower());
    }
}
