package org.quotedesk.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A quote's document in OpenSearch: the fields of its embedded-index document ({@link QuoteDocuments}),
 * searched and filtered alike, and its {@link StoredQuote} kept unindexed, to answer without the database.
 */
@ApplicationScoped
class OpenSearchDocuments {

    @Inject
    ObjectMapper json;

    ObjectNode toSource(IndexedQuote quote) {
        StoredQuote q = quote.stored();
        ObjectNode doc = json.createObjectNode();
        doc.put(QuoteFields.ID, q.id());
        doc.set(QuoteFields.STORED, json.valueToTree(q));
        doc.put(QuoteFields.TEXT, q.text());
        doc.put(QuoteFields.SPEAKER, QuoteDocuments.describeSpeaker(quote));
        String venue = QuoteDocuments.describeVenue(quote);
        if (venue != null) {
            doc.put(QuoteFields.VENUE, venue);
        }
        doc.put(QuoteFields.SOURCE, QuoteDocuments.describeSource(quote));
        doc.put(QuoteFields.SPEAKER_ID, q.speakerId());
        if (q.venueId() != null) {
            doc.put(QuoteFields.VENUE_ID, q.venueId());
        }
        doc.put(QuoteFields.SOURCE_ID, q.sourceId());
        if (q.spokenOn() != null) {
            doc.put(QuoteFields.SPOKEN_ON, q.spokenOn().toEpochDay());
            doc.put(QuoteFields.SPOKEN_UNTIL, q.lastDay().toEpochDay());
            doc.put(QuoteFields.YEAR, q.spokenOn().getYear());
        }
        doc.put(QuoteFields.TYPE, q.type().name());
        doc.put(QuoteFields.STATUS, q.status().name());
        doc.put(QuoteFields.STATEMENT, q.statementKey());
        QuoteDocuments.wordingKeys(q).forEach(doc.putArray(QuoteFields.WORDING_KEY)::add);
        return doc;
    }

    /** The quote as it was indexed, from a hit's {@code _source}. */
    StoredQuote stored(JsonNode source) {
        try {
            return json.treeToValue(source.path(QuoteFields.STORED), StoredQuote.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
