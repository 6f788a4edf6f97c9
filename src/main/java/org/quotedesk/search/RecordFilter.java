package org.quotedesk.search;

/** The speaker or venue a search is narrowed to: the one with an id, or every one a name (or alias) names. */
public sealed interface RecordFilter {

    record ById(long id) implements RecordFilter {
    }

    record ByName(String name) implements RecordFilter {
    }
}
