package org.quotedesk.catalogue;

/** A speaker, a venue or a source as read: what any list or form of records needs of it. */
public interface RecordSummary {

    Long id();

    /** How many quotes refer to it. */
    long quoteCount();
}
