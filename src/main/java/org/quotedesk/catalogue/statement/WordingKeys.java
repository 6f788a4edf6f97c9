package org.quotedesk.catalogue.statement;

import java.util.ArrayList;
import java.util.List;

/**
 * The keys under which a speaker's report is filed so that every report {@link SameStatement} would
 * link it to shares one with it, found by an indexed lookup instead of a scan. Exact keys: the whole
 * wording and, for a short one, the wording less each word in turn (one word changed, added or dropped
 * leaves two wordings with a common key); for a longer one, its first and last words (one edit cannot
 * touch both). Shingles: every run of four words, which a fragment or a variant with several edits shares.
 * Keys are 64-bit hashes salted with the speaker, so a lookup reads only that speaker's reports.
 */
public final class WordingKeys {

    /**
     * Up to this many words a wording is filed under each of its one-word deletions; from one less, under
     * its edges too, so that a wording and its one-word variant always have a kind of key in common.
     */
    static final int DELETIONS_UP_TO = 13;

    static final int EDGE_WORDS = 6;

    static final int SHINGLE_WORDS = 4;

    /** Keeps a very long quote's keys bounded; a fragment is found by its first shingle. */
    static final int MAX_SHINGLES = 400;

    private static final long WHOLE = 0x9E3779B97F4A7C15L;
    private static final long PREFIX = 0xC2B2AE3D27D4EB4FL;
    private static final long SUFFIX = 0x165667B19E3779F9L;
    private static final long SHINGLE = 0x27D4EB2F165667C5L;

    public record Keys(List<Long> exact, List<Long> shingles) {

        public List<Long> all() {
            List<Long> all = new ArrayList<>(exact);
            all.addAll(shingles);
            return all;
        }
    }

    private WordingKeys() {
    }

    public static Keys of(long speakerId, Wording wording) {
        List<String> words = wording.forms();
        int n = words.size();
        List<Long> exact = new ArrayList<>();
        List<Long> shingles = new ArrayList<>();
        if (n == 0) {
            return new Keys(exact, shingles);
        }
        exact.add(hash(speakerId, WHOLE, words, -1));
        if (n <= DELETIONS_UP_TO) {
            for (int skip = 0; skip < n; skip++) {
                exact.add(hash(speakerId, WHOLE, words, skip));
            }
        }
        if (n >= DELETIONS_UP_TO - 1) {
            exact.add(hash(speakerId, PREFIX, words.subList(0, EDGE_WORDS), -1));
            exact.add(hash(speakerId, SUFFIX, words.subList(n - EDGE_WORDS, n), -1));
        }
        for (int i = 0; i + SHINGLE_WORDS <= n && shingles.size() < MAX_SHINGLES; i++) {
            shingles.add(hash(speakerId, SHINGLE, words.subList(i, i + SHINGLE_WORDS), -1));
        }
        return new Keys(exact.stream().distinct().toList(), shingles.stream().distinct().toList());
    }

    /** The speaker-free key of the whole wording: the same words said by anyone. */
    public static long wordingHash(Wording wording) {
        return hash(0, WHOLE, wording.forms(), -1);
    }

    private static long hash(long speakerId, long salt, List<String> words, int skip) {
        long h = mix(salt ^ mix(speakerId));
        for (int i = 0; i < words.size(); i++) {
            if (i != skip) {
                h = mix(h ^ words.get(i).hashCode()) * 31 + words.get(i).length();
            }
        }
        return mix(h);
    }

    /** SplitMix64's finaliser: spreads the bits so that near inputs give far keys. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
