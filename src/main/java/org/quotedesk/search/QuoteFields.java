package org.quotedesk.search;

/** Names of the fields of a quote's document in the search index. */
final class QuoteFields {

    /** Quote id: a stored, indexed string (for updates and deletes) and a doc value (for sorting). */
    static final String ID = "id";
    /** The quote as results show it ({@link StoredQuote} as JSON), to answer searches without the database. */
    static final String STORED = "stored";
    /** The quote text: searched, stored for highlighting, with offsets in the postings. */
    static final String TEXT = "text";
    /** Speaker name, aliases, role and affiliation: searched. */
    static final String SPEAKER = "speaker";
    /** Venue name and location, and the reporting path: searched. */
    static final String VENUE = "venue";
    /** Source title and publisher: searched. */
    static final String SOURCE = "source";

    static final String SPEAKER_ID = "speaker_id";
    static final String VENUE_ID = "venue_id";
    static final String SOURCE_ID = "source_id";
    /** Date said as an epoch day; absent when undated. */
    static final String SPOKEN_ON = "spoken_on";
    static final String YEAR = "year";
    static final String TYPE = "type";
    static final String STATUS = "status";

    private QuoteFields() {
    }
}
