package org.quotedesk.catalogue.history;

/** The kinds of record the audit trail follows, with where an editor finds one. */
public enum RecordType {
    QUOTE("quotes"),
    SPEAKER("speakers"),
    VENUE("venues"),
    SOURCE("sources"),
    USER("users"),
    /** A chunk of an import: its entry stands for the records it created. */
    IMPORT("changes");

    /** The path segment of the record's pages: /admin/{segment}/{id}. */
    public final String segment;

    RecordType(String segment) {
        this.segment = segment;
    }
}
