package org.quotedesk.search;

import java.util.List;

/** Counts over all matches of a search, not only the page shown. */
public record SearchFacets(List<NamedCount> speaker, List<NamedCount> venue, List<ValueCount> type,
        List<ValueCount> status, List<ValueCount> year) {

    /** A speaker or venue and its number of matches; the most frequent first. */
    public record NamedCount(long id, String name, long count) {
    }

    /** A quote type, a status or a year and its number of matches. */
    public record ValueCount(Object value, long count) {
    }

    static SearchFacets none() {
        return new SearchFacets(List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
