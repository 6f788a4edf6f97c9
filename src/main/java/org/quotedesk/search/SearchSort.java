package org.quotedesk.search;

/** Result order: by relevance (the default with a query), by date said, or newest first. */
public enum SearchSort {
    RELEVANCE("relevance"),
    DATE("date"),
    DATE_DESC("-date");

    public final String parameter;

    SearchSort(String parameter) {
        this.parameter = parameter;
    }
}
