package org.quotedesk.search;

import java.time.LocalDate;
import org.quotedesk.catalogue.quote.QuoteStatus;
import org.quotedesk.catalogue.quote.QuoteType;
import org.quotedesk.common.PageRequest;

/** A validated quote search, every field parsed. Null means "no condition". */
public record SearchCriteria(
        String q,
        RecordFilter speaker,
        RecordFilter venue,
        QuoteType type,
        QuoteStatus status,
        Long source,
        LocalDate from,
        LocalDate to,
        SearchSort sort,
        SearchGrouping grouping,
        PageRequest page) {

    /** Every quote, by date said: what {@code GET /api/quotes} without parameters returns. */
    public static SearchCriteria all(PageRequest page) {
        return new SearchCriteria(null, null, null, null, null, null, null, null, SearchSort.DATE, SearchGrouping.NONE,
                page);
    }

    public SearchCriteria withSpeaker(long speakerId) {
        return new SearchCriteria(q, new RecordFilter.ById(speakerId), venue, type, status, source, from, to, sort,
                grouping, page);
    }

    /** The same search for another query, on another page, quote by quote (counting quotes needs no grouping). */
    public SearchCriteria withQuery(String otherQ, PageRequest otherPage) {
        return new SearchCriteria(otherQ, speaker, venue, type, status, source, from, to, sort, SearchGrouping.NONE,
                otherPage);
    }

    public boolean byStatement() {
        return grouping == SearchGrouping.STATEMENT;
    }

    public boolean hasQuery() {
        return q != null;
    }
}
