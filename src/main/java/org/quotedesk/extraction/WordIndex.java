package org.quotedesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The words of the article being read, found once. The rules ask {@link Word#in} for the words of a
 * span about a hundred times per passage; each asking read its span afresh, so that a text of many short
 * passages was read hundreds of times over. With the index an asking costs a binary search and the
 * words it returns. It gives exactly what reading the span would: a word cut by the span's edge is read
 * again within the span.
 */
final class WordIndex {

    /** The index of the text this thread is reading, set only while {@link #reading} runs. */
    private static final ThreadLocal<WordIndex> CURRENT = new ThreadLocal<>();

    private final String text;
    private final Word[] words;
    private final int[] ends;

    private WordIndex(String text) {
        this.text = text;
        this.words = Word.scan(text, 0, text.length(), Integer.MAX_VALUE).toArray(Word[]::new);
        this.ends = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            ends[i] = words[i].end();
        }
    }

    /** Runs the reading with the text's words indexed, for that text only and on this thread. */
    static <T> T reading(String text, Supplier<T> reading) {
        WordIndex outer = CURRENT.get();
        CURRENT.set(new WordIndex(text));
        try {
            return reading.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** The index of this very text, or null when it is not the one being read. */
    static WordIndex of(String text) {
        WordIndex index = CURRENT.get();
        return index != null && index.text == text ? index : null;
    }

    /** At most {@code limit} words within {@code [from, to)}, which lie within the text. */
    List<Word> in(int from, int to, int limit) {
        int k = SortedInts.firstAbove(ends, from);
        // Sized once: the whole words inside, and one cut at each edge.
        List<Word> found = new ArrayList<>(Math.min(limit, Math.max(0, SortedInts.firstAbove(ends, to) - k) + 2));
        if (k < words.length && words[k].start() < from) {
            // Cut by the span's start: read again from there, as a search starting there would.
            found.addAll(Word.scan(text, from, Math.min(to, words[k].end()), limit));
            k++;
        }
        for (; k < words.length && words[k].end() <= to && found.size() < limit; k++) {
            found.add(words[k]);
        }
        if (k < words.length && words[k].start() < to && found.size() < limit) {
            // Cut by the span's end ("U.S" read to its full stop is "U").
            found.addAll(Word.scan(text, Math.max(from, words[k].start()), to, limit - found.size()));
        }
        return found;
    }
}
