package org.quotedesk.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quotedesk.quote.Quote;
import org.quotedesk.source.Source;
import org.quotedesk.speaker.Speaker;
import org.quotedesk.venue.Venue;

/**
 * Writes every quote as NDJSON in the import format, by id, a batch at a time. A speaker, venue or
 * source is written in full where it first appears and by name afterwards, so that importing the
 * export into an empty instance recreates them, and exporting again gives the same bytes.
 */
@ApplicationScoped
public class ExportService {

    static final int BATCH = 1_000;

    @Inject
    ObjectMapper json;

    public void writeTo(OutputStream out) throws IOException {
        ObjectWriter lineWriter = json.writerFor(ImportedQuote.class);
        Written written = new Written();
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        long after = 0;
        while (true) {
            long from = after;
            List<String> lines = new ArrayList<>(BATCH);
            after = QuarkusTransaction.requiringNew().call(() -> {
                long last = from;
                for (Quote quote : Quote.withReferencesAfter(from, BATCH)) {
                    lines.add(json(lineWriter, toLine(quote, written)));
                    last = quote.id;
                }
                return last;
            });
            if (lines.isEmpty()) {
                break;
            }
            for (String line : lines) {
                writer.write(line);
                writer.write('\n');
            }
        }
        writer.flush();
    }

    private static ImportedQuote toLine(Quote q, Written written) {
        return new ImportedQuote(q.text, q.type, speaker(q.speaker, written.speakers.add(q.speaker.id)),
                q.venue == null ? null : venue(q.venue, written.venues.add(q.venue.id)), q.spokenOn, q.datePrecision,
                source(q.source, written.sources.add(q.source.id)), q.startOffset, q.endOffset, q.reportedVia,
                q.status, q.language, q.translated, q.notes);
    }

    private static ImportedQuote.Speaker speaker(Speaker s, boolean first) {
        return first
                ? new ImportedQuote.Speaker(null, s.name, List.copyOf(s.aliases), s.kind, s.role, s.affiliation,
                        s.wikidataId)
                : new ImportedQuote.Speaker(null, s.name, null, null, null, null, null);
    }

    private static ImportedQuote.Venue venue(Venue v, boolean first) {
        return new ImportedQuote.Venue(null, v.name, first ? v.kind : null, first ? v.location : null);
    }

    private static ImportedQuote.Source source(Source s, boolean first) {
        return first
                ? new ImportedQuote.Source(null, s.title, null, s.publisher, s.url, s.publishedOn, s.language, s.text,
                        s.notes)
                : new ImportedQuote.Source(null, s.title, null, null, null, s.publishedOn, null, null, null);
    }

    private static String json(ObjectWriter writer, ImportedQuote line) {
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
