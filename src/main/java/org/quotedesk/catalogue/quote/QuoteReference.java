package org.quotedesk.catalogue.quote;

/** The records a quote refers to: who said it, where, and who reported it. */
public enum QuoteReference {
    SPEAKER("speaker", "speaker_id"),
    VENUE("venue", "venue_id"),
    SOURCE("source", "source_id");

    /** The association's name in queries on {@link Quote}. */
    public final String association;
    /** The foreign-key column in the quote table. */
    public final String column;

    QuoteReference(String association, String column) {
        this.association = association;
        this.column = column;
    }
}
