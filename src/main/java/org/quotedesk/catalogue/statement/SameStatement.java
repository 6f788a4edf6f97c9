package org.quotedesk.catalogue.statement;

/**
 * When two reports by one speaker are one statement: the same words; a close variant (words changed,
 * added or dropped: one, plus one per eight words beyond four, and none under four words, where one
 * word is the whole meaning); or a quoted fragment of at least six words printed unbroken inside the
 * other (five-word runs were mostly stock phrases). The thresholds were chosen on the labelled pairs in
 * the tests ({@code statements/linking-pairs.tsv}), where the rule's misses are listed.
 */
public final class SameStatement {

    /** Below this many words a variant is another sentence: "We will win" is not "We will lose". */
    public static final int MIN_VARIANT_WORDS = 4;

    /** Words per edit a variant may differ by, counted on the longer wording. */
    public static final int WORDS_PER_EDIT = 8;

    /** A fragment shorter than this is a common phrase, not a quotation. */
    public static final int MIN_FRAGMENT_WORDS = 6;

    public enum Kind {
        SAME_WORDS, VARIANT, FRAGMENT
    }

    /** How {@code b} is a report of {@code a}'s statement, or {@code null} when it is not. */
    public static Kind match(Wording a, Wording b) {
        if (a.size() == 0 || b.size() == 0) {
            return null;
        }
        if (a.forms().equals(b.forms())) {
            return Kind.SAME_WORDS;
        }
        int longer = Math.max(a.size(), b.size());
        if (Math.min(a.size(), b.size()) >= MIN_VARIANT_WORDS
                && WordDiff.within(a, b, maxEdits(longer)) != null) {
            return Kind.VARIANT;
        }
        Wording shorter = a.size() <= b.size() ? a : b;
        Wording whole = shorter == a ? b : a;
        if (shorter.size() >= MIN_FRAGMENT_WORDS && WordDiff.fragmentAt(shorter, whole) >= 0) {
            return Kind.FRAGMENT;
        }
        return null;
    }

    /** Edits a variant of a wording this long may have. */
    public static int maxEdits(int words) {
        return 1 + Math.max(0, words - MIN_VARIANT_WORDS) / WORDS_PER_EDIT;
    }
}
