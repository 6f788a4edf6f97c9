package org.quotedesk.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import org.quotedesk.catalogue.quote.Quote;
import org.quotedesk.catalogue.source.Source;
import org.quotedesk.catalogue.speaker.Speaker;
import org.quotedesk.catalogue.venue.Venue;
import org.quotedesk.common.ServiceBusyException;
import org.quotedesk.curation.QuoteInput;

/**
 * Writes every quote as NDJSON in the import format, by id, a batch at a time. A speaker, venue or
 * source is written in full where it first appears and by name afterwards, so that importing the
 * export into an empty instance recreates them, and exporting again gives the same bytes.
 */
@ApplicationScoped
public class ExportService {

    static final int BATCH = 1_000;
    /** Exports at once: each reads the whole database, so a few at a time. */
    static final int CONCURRENT_EXPORTS = 2;

    @Inject
    ObjectMapper json;

    private final Semaphore exports = new Semaphore(CONCURRENT_EXPORTS);

    /**
     * Every quote's line, a batch of lines at a time, each batch read on a worker thread when the
     * one before has been taken; the lines of a batch are separated by a line break, and the
     * stream adds one after each batch. A 503 when {@link #CONCURRENT_EXPORTS} are running.
     */
    public Multi<Buffer> batches() {
        if (!exports.tryAcquire()) {
            throw new ServiceBusyException("Other exports are running: start it again in a minute.",
                    Duration.ofSeconds(60));
        }
        Export export = new Export(json.writerFor(QuoteInput.class));
        return Multi.createBy().repeating()
                .uni(() -> Uni.createFrom().item(export::nextBatch)
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()))
                .until(batch -> batch.length() == 0)
                .onTermination().invoke(exports::release);
    }

    /** Where an export has got to: the last id written, and what was written in full. */
    private static final class Export {
        private final ObjectWriter lineWriter;
        private final Written written = new Written();
        private long after;

        Export(ObjectWriter lineWriter) {
            this.lineWriter = lineWriter;
        }

        /** The next batch's lines, or an empty buffer after the last quote. */
        Buffer nextBatch() {
            StringBuilder lines = new StringBuilder();
            after = QuarkusTransaction.requiringNew().call(() -> {
                long last = after;
                for (Quote quote : Quote.withReferencesAfter(after, BATCH)) {
                    if (!lines.isEmpty()) {
                        lines.append('\n');
                    }
                    lines.append(json(lineWriter, toLine(quote, written)));
                    last = quote.id;
                }
                return last;
            });
            return Buffer.buffer(lines.toString());
        }
    }

    private static QuoteInput toLine(Quote q, Written written) {
        return new QuoteInput(q.text, q.type, speaker(q.speaker, written.speakers.add(q.speaker.id)),
                q.venue == null ? null : venue(q.venue, written.venues.add(q.venue.id)), q.spokenOn, q.datePrecision,
                q.spokenUntil, source(q.source, written.sources.add(q.source.id)), q.startOffset, q.endOffset, q.reportedVia,
                q.status, q.statusEvidence, q.language, q.translated, q.notes, null);
    }

    private static QuoteInput.SpeakerReference speaker(Speaker s, boolean first) {
        return first
                ? new QuoteInput.SpeakerReference(null, s.name, List.copyOf(s.aliases), s.kind, s.role, s.affiliation,
                        s.wikidataId)
                : new QuoteInput.SpeakerReference(null, s.name, null, null, null, null, null);
    }

    private static QuoteInput.VenueReference venue(Venue v, boolean first) {
        return new QuoteInput.VenueReference(null, v.name, first ? v.kind : null, first ? v.location : null);
    }

    private static QuoteInput.SourceReference source(Source s, boolean first) {
        return first
                ? new QuoteInput.SourceReference(null, s.title, null, s.publisher, s.url, s.publishedOn, s.language, s.text,
                        s.locator, s.notes)
                : new QuoteInput.SourceReference(null, s.title, null, null, null, s.publishedOn, null, null, null, null);
    }

    private static String json(ObjectWriter writer, QuoteInput line) {
        try {
            return writer.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ids of the speakers, venues and sources already written in full. */
    private static final class Written {
        final Set<Long> speakers = new HashSet<>();
        final Set<Long> venues = new HashSet<>();
        final Set<Long> sources = new HashSet<>();
    }
}
