package org.quotedesk.search;

import java.util.List;

/**
 * One page of search results, with the exact number of matches and the facets; when nothing matched,
 * perhaps a spelling that would ({@code suggestion}, else null).
 */
public record QuoteSearchPage(List<QuoteHit> items, long total, int page, int size, SearchFacets facets,
        QuerySuggestion suggestion) {
}
