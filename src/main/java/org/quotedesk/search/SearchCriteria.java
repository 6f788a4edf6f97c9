package org.quotedesk.search;

import java.time.LocalDate;
import org.quotedesk.common.PageRequest;
import org.quotedesk.quote.QuoteStatus;
import org.quotedesk.quote.QuoteType;

/**
 * A validated quote search. {@code speaker} and {@code venue} are as the client gave them (an id or
 * a name); every other field is parsed. Null means "no condition".
 */
public record SearchCriteria(
        String q,
        String speaker,
        String venue,
        QuoteType type,
        QuoteStatus status,
        Long source,
        LocalDate from,
        LocalDate to,
        SearchSort sort,
        PageRequest page) {

    /** Every quote, by date said: what {@code GET /api/quotes} without parameters returns. */
    public static SearchCriteria all(PageRequest page) {
        return new SearchCriteria(null, null, null, null, null, null, null, null, SearchSort.DATE, page);
    }

    public SearchCriteria withSpeaker(String speakerIdOrName) {
        return new SearchCriteria(q, speakerIdOrName, venue, type, status, source, from, to, sort, page);
    }

    public boolean hasQuery() {
        return q != null;
    }
}
