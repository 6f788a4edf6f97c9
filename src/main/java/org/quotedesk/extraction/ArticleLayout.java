package org.quotedesk.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * An article cut into paragraphs (lines) and sentences, with its quoted passages. A passage is
 * never cut: a full stop inside quote marks ends no sentence, unless the passage itself closes the
 * sentence.
 */
final class ArticleLayout {

    /**
     * Longer than any listed abbreviation (a test holds every language to it): no need to look
     * further back from a full stop.
     */
    static final int LONGEST_ABBREVIATION = 8;

    /**
     * Sentences longer than this are cut at a space or before a quote mark, and at twice this length
     * anywhere outside a passage: no real sentence is that long, and the attribution of a quote looks
     * at its sentence, so a text without full stops or spaces would otherwise cost quadratic time.
     */
    static final int LONGEST_SENTENCE = 3000;

    /** Words of a name a speech verb may follow in a tag after a question: "Sen. John Smith asked". */
    private static final int TAG_NAME_WORDS = 4;

    final String text;
    final Language language;
    final List<QuotedPassage> passages;
    /** Where each passage opens, in order: searched for every word of a long sentence, an array reads faster than the records. */
    private final int[] opens;
    final List<Sentence> sentences = new ArrayList<>();
    private VenueCues venues;

    ArticleLayout(String text) {
        this(text, Language.english());
    }

    ArticleLayout(String text, Language language) {
        this.text = text;
        this.language = language;
        this.passages = QuoteMarks.find(text, language);
        this.opens = passages.stream().mapToInt(QuotedPassage::open).toArray();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                split(paragraph++, lineStart, lineEnd);
            }
            lineStart = lineEnd + 1;
        }
    }

    VenueCues venues() {
        if (venues == null) {
            venues = new VenueCues(language, this);
        }
        return venues;
    }

    Sentence sentenceAt(int offset) {
        int low = 0;
        int high = sentences.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                high = mid - 1;
            } else if (offset >= s.end()) {
                low = mid + 1;
            } else {
                return s;
            }
        }
        return low < sentences.size() ? sentences.get(low) : sentences.get(sentences.size() - 1);
    }

    Sentence sentence(int index) {
        return index >= 0 && index < sentences.size() ? sentences.get(index) : null;
    }

    /** The passage whose marks or words cover this offset, or null. */
    QuotedPassage passageAt(int offset) {
        int i = lastOpeningAtOrBefore(offset);
        return i >= 0 && passages.get(i).covers(offset) ? passages.get(i) : null;
    }

    /**
     * Where the last passage that closes before {@code offset} ends, or {@code from} when that is later: found by
     * binary search, as each of a long sentence's passages asks.
     */
    int afterPassageBefore(int from, int offset) {
        int i = lastOpeningAtOrBefore(offset - 1);
        while (i >= 0 && passages.get(i).outerEnd() > offset) {
            i--;
        }
        return i >= 0 ? Math.max(from, passages.get(i).outerEnd()) : from;
    }

    List<QuotedPassage> passagesIn(int from, int to) {
        List<QuotedPassage> inside = new ArrayList<>();
        int i = Math.max(0, lastOpeningAtOrBefore(from));
        for (; i < passages.size() && passages.get(i).open() < to; i++) {
            if (passages.get(i).overlaps(from, to)) {
                inside.add(passages.get(i));
            }
        }
        return inside;
    }

    /** Whether any passage overlaps the range: without listing them all. */
    boolean hasPassageIn(int from, int to) {
        int i = Math.max(0, lastOpeningAtOrBefore(from));
        for (; i < passages.size() && passages.get(i).open() < to; i++) {
            if (passages.get(i).overlaps(from, to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last character between the offsets that is not whitespace, or 0 when there is none: asked
     * per passage, so it must not copy a long sentence each time.
     */
    char lastNonSpace(int from, int to) {
        int end = trimEnd(from, to);
        return end > from ? text.charAt(end - 1) : 0;
    }

    /** The first character between the offsets that is not whitespace, or 0 when there is none: without copying them. */
    char firstNonSpace(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return 0;
    }

    /** How many words a name in quote marks inside a clause holds at most ("die Fähre „Adler“"). */
    private static final int NAME_IN_MARKS = 3;

    /** How far before a name in marks its noun is looked for, in characters. */
    private static final int NOUN_REACH = 40;

    /**
     * "lenkte er die Fähre „Adler“ zum Ziel": where nouns are capitalised, a few words in marks opening
     * with a capital are a name, part of the clause, while words quoted before a colon end it.
     */
    boolean nameInMarks(QuotedPassage q) {
        List<Word> words = Word.in(text, q.start(), q.end(), NAME_IN_MARKS + 1);
        return language.says("nouns-capitalized") && !words.isEmpty() && words.size() <= NAME_IN_MARKS
                && words.get(0).capitalized();
    }

    /** "Die Wochenzeitung „Kasseler Bote“ kritisierte": such a name right after its noun stands inside its clause. */
    boolean namedAfterNoun(QuotedPassage q) {
        // Asked for every passage before every cue of a sentence: the checks that need no reading come first.
        if (!language.says("nouns-capitalized") || q.open() == 0 || text.charAt(q.open() - 1) != ' ' || q.end() <= q.start()
                || !Character.isUpperCase(text.charAt(q.start()))) {
            return false;
        }
        List<Word> before = Word.in(text, Math.max(0, q.open() - NOUN_REACH), q.open());
        Word noun = before.isEmpty() ? null : before.get(before.size() - 1);
        return noun != null && noun.capitalized() && text.substring(noun.end(), q.open()).isBlank() && nameInMarks(q)
                && ",:;".indexOf(firstNonSpace(q.outerEnd(), text.length())) < 0;
    }

    /** Passages are in text order and never overlap: the last one opening at or before the offset, or -1. */
    int lastOpeningAtOrBefore(int offset) {
        return SortedInts.firstAbove(opens, offset) - 1;
    }

    private void split(int paragraph, int from, int to) {
        int start = skipSpace(from, to);
        int i = start;
        while (i < to) {
            QuotedPassage passage = passageAt(i);
            if (i - start >= LONGEST_SENTENCE && (passage == null ? Character.isWhitespace(text.charAt(i))
                    || i - start >= 2 * LONGEST_SENTENCE : passage.open() == i)) {
                start = cut(paragraph, start, i, to);
                i = start;
                continue;
            }
            if (passage != null) {
                int after = Math.min(passage.outerEnd(), to);
                if (passage.close() >= 0 && passage.outerEnd() <= to && endsWithStop(passage)
                        && startsSentence(after, to) && !tagAfterQuestion(passage, after, to)) {
                    start = cut(paragraph, start, after, to);
                }
                i = Math.max(after, i + 1);
                continue;
            }
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && !abbreviation(i)) {
                int after = i + 1;
                while (after < to && ")]’”\"'".indexOf(text.charAt(after)) >= 0 && passageAt(after) == null) {
                    after++;
                }
                if (startsSentence(after, to)) {
                    start = cut(paragraph, start, after, to);
                    i = start;
                    continue;
                }
            }
            i++;
        }
        if (start < to) {
            sentences.add(new Sentence(sentences.size(), paragraph, start, trimEnd(start, to)));
        }
    }

    private int cut(int paragraph, int start, int end, int to) {
        sentences.add(new Sentence(sentences.size(), paragraph, start, end));
        return skipSpace(end, to);
    }

    private boolean endsWithStop(QuotedPassage passage) {
        char c = text.charAt(passage.end() - 1);
        return c == '.' || c == '!' || c == '?';
    }

    /**
     * "“Why now?” Smith asked.": after a question or exclamation, a name and a speech verb tag the
     * passage rather than open a sentence of their own.
     */
    private boolean tagAfterQuestion(QuotedPassage passage, int after, int to) {
        if (text.charAt(passage.end() - 1) == '.') {
            return false;
        }
        List<Word> words = Word.in(text, after, to, TAG_NAME_WORDS + 1);
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (i > 0 && !w.capitalized() && language.frame(w.lower()) != null) {
                return true;
            }
            String between = text.substring(i == 0 ? after : words.get(i - 1).end(), w.start());
            if (!w.capitalized() || !between.isBlank() && !between.equals(". ")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whitespace, then a capital, a digit or an opening mark: a new sentence begins. A no-break space
     * counts only before an opening mark (".\u00a0“"), where some sites glue a quote to the sentence
     * before; before a plain word, cutting there cost more quotes than it gained on the news measured.
     */
    private boolean startsSentence(int after, int to) {
        if (after >= to) {
            return false;
        }
        char space = text.charAt(after);
        if (!isSpace(space)) {
            return false;
        }
        int next = skipSpace(after, to);
        if (next >= to) {
            return false;
        }
        char c = text.charAt(next);
        boolean openingMark = "“\"‘«„(".indexOf(c) >= 0 || language.closersFor(c) != null;
        if (openingMark || passageOpensAt(next)) {
            return true;
        }
        return Character.isWhitespace(space) && (Character.isUpperCase(c) || Character.isDigit(c));
    }

    /**
     * A passage opened by marks that open nothing else, as the two apostrophes of ''We won,'' do; not
     * a dialogue dash, which also stands inside a line of dialogue.
     */
    private boolean passageOpensAt(int at) {
        QuotedPassage passage = passageAt(at);
        return passage != null && passage.open() == at && !QuoteMarks.dialogueDash(text.charAt(at));
    }

    private boolean abbreviation(int stop) {
        if (text.charAt(stop) != '.') {
            return false;
        }
        int wordStart = stop;
        while (wordStart > 0 && stop - wordStart < LONGEST_ABBREVIATION
                && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, stop).toLowerCase();
        if (word.length() == 1 && Character.isUpperCase(text.charAt(wordStart))) {
            return true;
        }
        if (word.isEmpty() && stop > 0 && Character.isDigit(text.charAt(stop - 1))) {
            List<Word> next = Word.first(text, stop + 1, Math.min(text.length(), stop + 30));
            return !next.isEmpty() && language.ordinalBefore(next.get(0).text());
        }
        if (language.has("number-abbreviations", word)) {
            int next = skipSpace(stop + 1, text.length());
            return next < text.length() && Character.isDigit(text.charAt(next));
        }
        if (language.has("abbreviated-titles", word)) {
            return true;
        }
        return language.has("abbreviations", word) && !openerFollows(stop + 1);
    }

    /** Space, then a capitalised word that opens sentences ("He", "The", "But"), not a name. */
    private boolean openerFollows(int after) {
        if (after >= text.length() || !isSpace(text.charAt(after))) {
            return false;
        }
        int next = skipSpace(after, text.length());
        List<Word> words = Word.first(text, next, Math.min(text.length(), next + 30));
        return !words.isEmpty() && words.get(0).start() == next && Character.isUpperCase(text.charAt(next))
                && language.has("sentence-openers", words.get(0).text());
    }

    private int skipSpace(int i, int to) {
        while (i < to && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whitespace, including the no-break space that some sites put between a full stop and a quote mark. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0';
    }

    /** Where the text between the offsets ends once its trailing whitespace is cut. */
    int trimEnd(int start, int to) {
        while (to > start && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }
}
