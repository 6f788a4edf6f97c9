package org.quotedesk.search;

import java.util.List;

/**
 * One page of search results, with the exact number of matching quotes ({@code total}), in a search by
 * statement the number of statements they report ({@code statements}, which the pages count; else
 * null), and the facets over the quotes; when nothing matched, perhaps a spelling that would
 * ({@code suggestion}, else null).
 */
public record QuoteSearchPage(List<QuoteHit> items, long total, Long statements, int page, int size,
        SearchFacets facets, QuerySuggestion suggestion) {

    /** How many results the pages count: statements in a search by statement, else quotes. */
    public long results() {
        return statements != null ? statements : total;
    }
}
