package org.quotedesk.search;

import java.time.Duration;
import org.quotedesk.common.InvalidParameterException;

/** What one search may cost, and how a search over it is answered, whichever index runs it. */
final class SearchLimits {

    /** Facet values returned for speakers and venues: the most frequent ones. */
    static final int TOP_FACET_VALUES = 20;

    /**
     * "Did you mean": words of a query checked at most, edits from a word to its correction, leading
     * letters that must be right (which keeps the words compared few), and the shortest word checked.
     */
    static final int SPELLING_MAX_WORDS = 8;
    static final int SPELLING_MAX_EDITS = 2;
    static final int SPELLING_PREFIX = 1;
    static final int SPELLING_MIN_LENGTH = 4;

    private SearchLimits() {
    }

    static InvalidParameterException tooManyWords() {
        return new InvalidParameterException("q", "stands for too many words: use fewer *, ? and ~");
    }

    static InvalidParameterException tooSlow(Duration timeLimit) {
        return new InvalidParameterException("q", "took longer than " + timeLimit.toSeconds()
                + " s to search: make it more precise");
    }
}
