package org.quotedesk.search;

import java.util.List;

/**
 * What the index answered: the page's quotes with their highlighted text (one per statement in a
 * search by statement), the exact number of matching quotes, of matching statements in a search by
 * statement (else null), and the facet counts over all matching quotes.
 */
record SearchHits(List<Hit> hits, long total, Long statements, List<Bucket> speakers, List<Bucket> venues,
        List<Bucket> types, List<Bucket> statuses, List<Bucket> years) {

    record Hit(StoredQuote quote, String highlight) {
    }

    /** A facet value (an id, a type's or status's ordinal, a year) and how many matches have it. */
    record Bucket(long value, long count) {
    }

    static SearchHits empty(SearchCriteria criteria) {
        return new SearchHits(List.of(), 0, criteria.byStatement() ? 0L : null, List.of(), List.of(), List.of(),
                List.of(), List.of());
    }
}
