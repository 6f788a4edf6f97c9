package org.quotedesk.search;

import java.util.List;
import org.quotedesk.catalogue.quote.QuoteDto;

/**
 * What the index answered: the page's quotes with their highlighted text, the exact number of
 * matches, and the facet counts over all of them.
 */
record SearchHits(List<Hit> hits, long total, List<Bucket> speakers, List<Bucket> venues, List<Bucket> types,
        List<Bucket> statuses, List<Bucket> years) {

    record Hit(QuoteDto quote, String highlight) {
    }

    /** A facet value (an id, a type's or status's ordinal, a year) and how many matches have it. */
    record Bucket(long value, long count) {
    }

    static SearchHits empty() {
        return new SearchHits(List.of(), 0, List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
