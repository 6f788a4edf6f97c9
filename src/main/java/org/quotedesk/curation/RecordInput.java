package org.quotedesk.curation;

/** A speaker, a venue or a source as a client writes it: with the version it read, to save it. */
public interface RecordInput {

    /** The version the client read; null when it creates the record. */
    Long version();
}
