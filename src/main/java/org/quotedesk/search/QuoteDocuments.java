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
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.quotedesk.catalogue.statement.Wording;
import org.quotedesk.catalogue.statement.WordingKeys;

/**
 * Turns a quote, with its speaker, venue and source ({@link IndexedQuote}), into its search document. The document also
 * stores a {@link StoredQuote}, so that search results need no database round trip: every
 * change to a quote, its speaker, venue or source rewrites the document (see {@link IndexOutbox}).
 */
@ApplicationScoped
class QuoteDocuments {

    /** Stored, with offsets in the postings so that the highlighter need not re-analyse the text. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    /** Only which documents hold a word: all that the spell checker reads. */
    private static final FieldType WORDS_ONLY = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
        WORDS_ONLY.setIndexOptions(IndexOptions.DOCS);
        WORDS_ONLY.setOmitNorms(true);
        WORDS_ONLY.freeze();
    }

    @Inject
    ObjectMapper json;

    /** The quote's wording keys as terms: they depend on its speaker and words alone. */
    static List<String> wordingKeys(StoredQuote q) {
        return WordingKeys.of(q.speakerId(), Wording.of(q.text())).all().stream().map(QuoteDocuments::keyTerm).toList();
    }

    static String keyTerm(long key) {
        return Long.toString(key, Character.MAX_RADIX);
    }

    static Term idTerm(long quoteId) {
        return new Term(QuoteFields.ID, Long.toString(quoteId));
    }

    Document toDocument(IndexedQuote quote) {
        StoredQuote q = quote.stored();
        Document doc = new Document();
        doc.add(new StoredField(QuoteFields.STORED, storedBytes(q)));
        doc.add(new StringField(QuoteFields.ID, Long.toString(q.id()), Field.Store.YES));
        doc.add(new NumericDocValuesField(QuoteFields.ID, q.id()));
        doc.add(new Field(QuoteFields.TEXT, q.text(), TEXT_WITH_OFFSETS));
        String speaker = describeSpeaker(quote);
        doc.add(new TextField(QuoteFields.SPEAKER, speaker, Field.Store.NO));
        String venue = describeVenue(quote);
        if (venue != null) {
            doc.add(new TextField(QuoteFields.VENUE, venue, Field.Store.NO));
        }
        String source = describeSource(quote);
        doc.add(new TextField(QuoteFields.SOURCE, source, Field.Store.NO));
        // As OpenSearch's copy_to fills it (opensearch/quote-index.json): every searched field's words.
        for (String words : new String[] {q.text(), speaker, venue, source}) {
            if (words != null) {
                doc.add(new Field(QuoteFields.SPELLING, words, WORDS_ONLY));
            }
        }
        for (String key : wordingKeys(q)) {
            doc.add(new StringField(QuoteFields.WORDING_KEY, key, Field.Store.NO));
        }
        doc.add(new LongField(QuoteFields.SPEAKER_ID, q.speakerId(), Field.Store.NO));
        if (q.venueId() != null) {
            doc.add(new LongField(QuoteFields.VENUE_ID, q.venueId(), Field.Store.NO));
        }
        doc.add(new LongField(QuoteFields.SOURCE_ID, q.sourceId(), Field.Store.NO));
        if (q.spokenOn() != null) {
            doc.add(new LongField(QuoteFields.SPOKEN_ON, q.spokenOn().toEpochDay(), Field.Store.NO));
            doc.add(new LongField(QuoteFields.SPOKEN_UNTIL, q.lastDay().toEpochDay(), Field.Store.NO));
            doc.add(new NumericDocValuesField(QuoteFields.YEAR, q.spokenOn().getYear()));
        }
        doc.add(new StringField(QuoteFields.TYPE, q.type().name(), Field.Store.NO));
        doc.add(new NumericDocValuesField(QuoteFields.TYPE, q.type().ordinal()));
        doc.add(new StringField(QuoteFields.STATUS, q.status().name(), Field.Store.NO));
        doc.add(new NumericDocValuesField(QuoteFields.STATUS, q.status().ordinal()));
        doc.add(new SortedDocValuesField(QuoteFields.STATEMENT, new BytesRef(q.statementKey())));
        return doc;
    }

    /** The quote as it was indexed, from a document's stored fields. */
    StoredQuote stored(Document stored) {
        BytesRef bytes = stored.getBinaryValue(QuoteFields.STORED);
        try {
            return json.readValue(bytes.bytes, bytes.offset, bytes.length, StoredQuote.class);
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

    /** What the {@link QuoteFields#SPEAKER} field holds: name, aliases, role and affiliation. */
    static String describeSpeaker(IndexedQuote quote) {
        List<String> parts = new ArrayList<>();
        parts.add(quote.stored().speakerName());
        parts.addAll(quote.speakerAliases());
        parts.add(quote.stored().speakerRole());
        parts.add(quote.speakerAffiliation());
        return join(parts.toArray(String[]::new));
    }

    /** What the {@link QuoteFields#VENUE} field holds; null when there is nothing. */
    static String describeVenue(IndexedQuote quote) {
        StoredQuote q = quote.stored();
        if (q.venueId() == null && q.reportedVia() == null) {
            return null;
        }
        return join(q.venueId() == null ? null : join(q.venueName(), quote.venueLocation()), q.reportedVia());
    }

    /** What the {@link QuoteFields#SOURCE} field holds: title and publisher. */
    static String describeSource(IndexedQuote quote) {
        return join(quote.stored().sourceTitle(), quote.stored().sourcePublisher());
    }

    private static String join(String... parts) {
        return String.join(" \n ", Arrays.stream(parts).filter(Objects::nonNull).toList());
    }
}
