package org.quotedesk.search;

/** "Did you mean": the query with its misspelled words corrected, and how many quotes it finds. */
public record QuerySuggestion(String q, long total) {
}
