package org.quotedesk.search;

/** Names of the fields of a quote's document in the search index. */
public final class QuoteFields {

    /** Quote id: a stored, indexed string (for updates and deletes) and a doc value (for sorting). */
    public static final String ID = "id";
    /** The quote as results show it ({@link StoredQuote} as JSON), to answer searches without the database. */
    public static final String STORED = "stored";
    /** The quote text: searched, stored for highlighting, with offsets in the postings. */
    public static final String TEXT = "text";
    /** Speaker name, aliases, role and affiliation: searched. */
    public static final String SPEAKER = "speaker";
    /** Venue name and location, and the reporting path: searched. */
    public static final String VENUE = "venue";
    /** Source title and publisher: searched. */
    public static final String SOURCE = "source";
    /**
     * Every word of the four fields above as written, not stemmed ({@link QuoteAnalyzers#forSpelling()}):
     * not searched, only where "did you mean" finds the words it suggests.
     */
    public static final String SPELLING = "spelling";

    public static final String SPEAKER_ID = "speaker_id";
    public static final String VENUE_ID = "venue_id";
    public static final String SOURCE_ID = "source_id";
    /** Date said as an epoch day; absent when undated. */
    public static final String SPOKEN_ON = "spoken_on";
    /**
     * The last day it may have been said, as an epoch day: a BETWEEN range's end, else the same as
     * {@link #SPOKEN_ON}. A date filter matches the quotes whose days from one to the other overlap it.
     */
    public static final String SPOKEN_UNTIL = "spoken_until";
    public static final String YEAR = "year";
    public static final String TYPE = "type";
    public static final String STATUS = "status";
    /**
     * What a search by statement folds results on: the quote's statement id, or {@code quote-<id>} for a
     * quote not linked yet (each such quote is a statement of its own until it is).
     */
    public static final String STATEMENT = "statement";
    /** The keys a quote is filed under for statement linking ({@code catalogue.statement.WordingKeys}). */
    public static final String WORDING_KEY = "wording_key";

    private QuoteFields() {
    }
}
