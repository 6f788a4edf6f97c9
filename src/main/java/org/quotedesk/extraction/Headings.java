package org.quotedesk.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Headlines and subheadings, and whether the words one of them quotes come back in the article
 * below it: "Reid: 'Never underestimate Trump.'" over a body that quotes Reid saying so in full
 * announces that quote and is none of its own. A heading is one of the short paragraphs an
 * article opens with (headline, subtitle), or a short paragraph that is one passage in quote marks
 * and nothing else (a quote pulled out as a subheading). Headlines drop articles and join words
 * with hyphens where the body writes them out ('judge and jury' for "the judge and the jury",
 * 'doom and despair' for "doom-and-despair"), so words are compared without articles and hyphens.
 */
final class Headings {

    /** A paragraph of more words is body text. */
    private static final int HEADING_WORDS = 20;

    /**
     * Below the headline, a paragraph of more words is the lead's first sentence, not a subtitle:
     * subtitles are shorter ("Spurns offer, blasts 'ignorant view of Islam.'").
     */
    private static final int SUBTITLE_WORDS = 14;

    /** At most so many short paragraphs open an article as headline, subtitle and kicker. */
    private static final int LEAD_HEADINGS = 4;

    /** Multiplier of the rolling hash over a run of words. */
    private static final long BASE = 1_000_003L;

    private final String text;
    private final Language language;
    /** Where the short paragraphs the article opens with end, read once. */
    private int leadEnd = -1;
    /** The article's words as compared: without articles, hyphenated words split, each with where its word starts. */
    private List<Part> parts;
    private long[] prefix;
    private long[] powers;
    /** Per number of words: each run's hash, and the index of the last word at which such a run starts. */
    private final Map<Integer, Map<Long, Integer>> lastRunStart = new HashMap<>();

    Headings(String text, Language language) {
        this.text = text;
        this.language = language;
    }

    /** One part of a word as compared, and where that word starts. */
    private record Part(int start, long key) {
    }

    /** Whether the passage stands in a heading whose quoted words the article repeats after that heading's paragraph. */
    boolean repeatedBelow(QuotedPassage p) {
        int paragraphEnd = headingEnd(p);
        if (paragraphEnd < 0) {
            return false;
        }
        List<Word> words = Word.in(text, p.start(), p.end(), HEADING_WORDS + 1);
        List<Part> quoted = parts(words);
        if (quoted.isEmpty() || words.size() > HEADING_WORDS || quoted.size() > HEADING_WORDS) {
            return false;
        }
        readWords();
        long hash = 0;
        for (Part part : quoted) {
            hash = hash * BASE + part.key();
        }
        Integer last = runs(quoted.size()).get(hash);
        return last != null && parts.get(last).start() >= paragraphEnd;
    }

    /** Where the heading paragraph holding the passage ends, or -1 when the passage stands in no heading. */
    private int headingEnd(QuotedPassage p) {
        if (p.open() < leadEnd()) {
            int lineEnd = text.indexOf('\n', p.open());
            return lineEnd < 0 ? text.length() : lineEnd;
        }
        int before = p.open() - 1;
        while (before >= 0 && text.charAt(before) != '\n' && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        int after = p.outerEnd();
        while (after < text.length() && text.charAt(after) != '\n'
                && (Character.isWhitespace(text.charAt(after)) || ".,;:!?".indexOf(text.charAt(after)) >= 0)) {
            after++;
        }
        boolean alone = (before < 0 || text.charAt(before) == '\n') && (after == text.length() || text.charAt(after) == '\n');
        return alone ? after : -1;
    }

    /** The end of the last of the short paragraphs the article opens with, or 0 when its first paragraph is long. */
    private int leadEnd() {
        if (leadEnd < 0) {
            leadEnd = 0;
            int lineStart = 0;
            for (int headings = 0; headings < LEAD_HEADINGS && lineStart < text.length(); ) {
                int lineEnd = text.indexOf('\n', lineStart);
                lineEnd = lineEnd < 0 ? text.length() : lineEnd;
                int count = Word.in(text, lineStart, lineEnd, HEADING_WORDS + 1).size();
                if (count > (headings == 0 ? HEADING_WORDS : SUBTITLE_WORDS)) {
                    break;
                }
                if (count > 0) {
                    leadEnd = lineEnd;
                    headings++;
                }
                lineStart = lineEnd + 1;
            }
        }
        return leadEnd;
    }

    /** The hashes of every run of so many words in the article, hashed once per length. */
    private Map<Long, Integer> runs(int length) {
        return lastRunStart.computeIfAbsent(length, n -> {
            Map<Long, Integer> runs = new HashMap<>();
            for (int i = 0; i + n <= parts.size(); i++) {
                runs.put(prefix[i + n] - prefix[i] * powers[n], i);
            }
            return runs;
        });
    }

    private void readWords() {
        if (parts == null) {
            parts = parts(Word.in(text, 0, text.length()));
            prefix = new long[parts.size() + 1];
            powers = new long[HEADING_WORDS + 1];
            for (int i = 0; i < parts.size(); i++) {
                prefix[i + 1] = prefix[i] * BASE + parts.get(i).key();
            }
            powers[0] = 1;
            for (int i = 1; i < powers.length; i++) {
                powers[i] = powers[i - 1] * BASE;
            }
        }
    }

    /**
     * The words as compared: articles left out, a hyphenated word split at its hyphens, each part in
     * lower case and without apostrophes, which headlines and body set differently.
     */
    private List<Part> parts(List<Word> words) {
        List<Part> out = new ArrayList<>();
        for (Word w : words) {
            for (String piece : w.text().toLowerCase(Locale.ROOT).replace("'", "").replace("’", "").split("-")) {
                if (!piece.isEmpty() && !language.has("definite-articles", piece) && !language.has("indefinite-articles", piece)) {
                    out.add(new Part(w.start(), piece.hashCode()));
                }
            }
        }
        return out;
    }
}
