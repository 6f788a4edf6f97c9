package org.quotedesk.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.quotedesk.catalogue.quote.Quote;
import org.quotedesk.catalogue.quote.QuoteDto;
import org.quotedesk.catalogue.speaker.Speaker;

/**
 * Turns a quote, with its speaker, venue and source, into its search document. The document also
 * stores a {@link StoredQuote}, so that search results need no database round trip: every
 * change to a quote, its speaker, venue or source rewrites the document (see {@link IndexOutbox}).
 */
@ApplicationScoped
class QuoteDocuments {

    /** Stored, with offsets in the postings so that the highlighter need not re-analyse the text. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    @Inject
    ObjectMapper json;

    static Term idTerm(long quoteId) {
        return new Term(QuoteFields.ID, Long.toString(quoteId));
    }

    Document toDocument(Quote quote) {
        Document doc = new Document();
        doc.add(new StoredField(QuoteFields.STORED, storedBytes(StoredQuote.of(quote))));
        doc.add(new StringField(QuoteFields.ID, quote.id.toString(), Field.Store.YES));
        doc.add(new NumericDocValuesField(QuoteFields.ID, quote.id));
        doc.add(new Field(QuoteFields.TEXT, quote.text, TEXT_WITH_OFFSETS));
        doc.add(new TextField(QuoteFields.SPEAKER, describe(quote.speaker), Field.Store.NO));
        if (quote.venue != null || quote.reportedVia != null) {
            String venue = quote.venue == null ? null : join(quote.venue.name, quote.venue.location);
            doc.add(new TextField(QuoteFields.VENUE, join(venue, quote.reportedVia), Field.Store.NO));
        }
        doc.add(new TextField(QuoteFields.SOURCE, join(quote.source.title, quote.source.publisher), Field.Store.NO));
        doc.add(new LongField(QuoteFields.SPEAKER_ID, quote.speaker.id, Field.Store.NO));
        if (quote.venue != null) {
            doc.add(new LongField(QuoteFields.VENUE_ID, quote.venue.id, Field.Store.NO));
        }
        doc.add(new LongField(QuoteFields.SOURCE_ID, quote.source.id, Field.Store.NO));
        if (quote.spokenOn != null) {
            doc.add(new LongField(QuoteFields.SPOKEN_ON, quote.spokenOn.toEpochDay(), Field.Store.NO));
            doc.add(new NumericDocValuesField(QuoteFields.YEAR, quote.spokenOn.getYear()));
        }
        doc.add(new StringField(QuoteFields.TYPE, quote.type.name(), Field.Store.NO));
        doc.add(new NumericDocValuesField(QuoteFields.TYPE, quote.type.ordinal()));
        doc.add(new StringField(QuoteFields.STATUS, quote.status.name(), Field.Store.NO));
        return doc;
    }

    /** The quote as the API shows it, from a document's stored fields. */
    QuoteDto dto(Document stored) {
        BytesRef bytes = stored.getBinaryValue(QuoteFields.STORED);
        try {
            return json.readValue(bytes.bytes, bytes.offset, bytes.length, StoredQuote.class).toDto();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] storedBytes(StoredQuote stored) {
        try {
            return json.writeValueAsBytes(stored);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Speaker speaker) {
        List<String> parts = new ArrayList<>();
        parts.add(speaker.name);
        parts.addAll(speaker.aliases);
        parts.add(speaker.role);
        parts.add(speaker.affiliation);
        return join(parts.toArray(String[]::new));
    }

    private static String join(String... parts) {
        return String.join(" \n ", Arrays.stream(parts).filter(Objects::nonNull).toList());
    }
}
