package org.quotedesk.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.quotedesk.catalogue.quote.DuplicateQuoteException;
import org.quotedesk.catalogue.quote.Quote;
import org.quotedesk.common.JsonErrors;
import org.quotedesk.common.ValidationFailedException;
import org.quotedesk.common.Writes;
import org.quotedesk.curation.QuoteBatches;
import org.quotedesk.curation.QuoteCommand;
import org.quotedesk.curation.QuoteInput;
import org.quotedesk.curation.Quotes;

/**
 * Imports NDJSON, one quote a line, streaming: lines are read, checked and stored a chunk at a time,
 * so that a million lines never means a million objects in memory. Valid lines are stored, invalid
 * ones reported with every error, and a quote already stored is counted as a duplicate.
 */
@ApplicationScoped
public class ImportService {

    public static final int MAX_LISTED_REJECTIONS = 1_000;
    /** Fewer, larger commits: each rewrites the index pages it touched, and H2's file grows by them. */
    static final int LINES_PER_TRANSACTION = 10_000;
    private static final Logger LOG = Logger.getLogger(ImportService.class);

    @Inject
    ObjectMapper json;

    @Inject
    Quotes quotes;

    @Inject
    QuoteBatches batches;

    @Inject
    Writes writes;

    public ImportReport importLines(Reader body) throws IOException {
        ImportRun run = new ImportRun();
        List<ImportRun.Line> chunk = new ArrayList<>(LINES_PER_TRANSACTION);
        NdjsonLines lines = new NdjsonLines(body);
        long number = 0;
        for (String text = lines.next(); text != null; text = lines.next()) {
            number++;
            if (lines.tooLong()) {
                run.reject(new ImportRun.Line(number, ""), List.of("is longer than " + NdjsonLines.MAX_LINE
                        + " characters"));
            } else if (!text.isBlank()) {
                chunk.add(new ImportRun.Line(number, text));
            }
            if (chunk.size() == LINES_PER_TRANSACTION) {
                store(chunk, run);
                chunk.clear();
            }
        }
        store(chunk, run);
        writes.announce();
        return run.report();
    }

    private void store(List<ImportRun.Line> chunk, ImportRun run) {
        if (chunk.isEmpty()) {
            return;
        }
        ImportRun.Counts before = run.counts();
        try {
            writes.commitDurably(() -> {
                flushAtCommitOnly();
                importChunk(chunk, run);
                return null;
            });
        } catch (RuntimeException chunkFailed) {
            // Every rule is checked before anything is written, so this is a surprise: retry the lines
            // one by one, so that one line the database refuses does not take its neighbours with it.
            LOG.warnf(chunkFailed, "Import: a chunk of %d lines failed; storing its lines one by one", chunk.size());
            run.restore(before);
            for (ImportRun.Line line : chunk) {
                ImportRun.Counts beforeLine = run.counts();
                try {
                    writes.commitDurably(() -> {
                        flushAtCommitOnly();
                        importLine(line, run);
                        return null;
                    });
                } catch (RuntimeException lineFailed) {
                    run.restore(beforeLine);
                    if (DuplicateQuoteException.causedBy(lineFailed)) {
                        // Stored by another write meanwhile: a duplicate like any other.
                        run.duplicate();
                    } else {
                        LOG.warnf(lineFailed, "Import: line %d could not be stored", line.number());
                        run.reject(line, List.of("could not be stored"));
                    }
                }
            }
        }
        // The next chunk's quotes are linked to their statements through the index: it must hold this one's.
        writes.announce();
    }

    /**
     * An import only inserts, and inserts are written at once (identity keys), so the lookups between
     * them need no flush: without this, every lookup would re-check the whole chunk for changes.
     */
    private static void flushAtCommitOnly() {
        Quote.getEntityManager().unwrap(Session.class).setHibernateFlushMode(FlushMode.COMMIT);
    }

    /** The chunk's lines, read and then stored together; what became of each is counted in line order. */
    private void importChunk(List<ImportRun.Line> chunk, ImportRun run) {
        List<String> unreadable = new ArrayList<>(chunk.size());
        List<QuoteCommand> commands = new ArrayList<>(chunk.size());
        for (ImportRun.Line line : chunk) {
            try {
                commands.add(json.readValue(line.text(), QuoteInput.class).toCommand());
                unreadable.add(null);
            } catch (JsonProcessingException e) {
                unreadable.add(unreadable(e));
            }
        }
        List<QuoteBatches.Outcome> outcomes = commands.isEmpty() ? List.of()
                : batches.insertAll(commands, run.names, chunk.get(0).number(), chunk.get(chunk.size() - 1).number());
        int next = 0;
        for (int i = 0; i < chunk.size(); i++) {
            if (unreadable.get(i) != null) {
                run.reject(chunk.get(i), List.of(unreadable.get(i)));
                continue;
            }
            QuoteBatches.Outcome outcome = outcomes.get(next++);
            switch (outcome.status()) {
                case STORED -> run.imported();
                case DUPLICATE -> run.duplicate();
                case INVALID -> run.reject(chunk.get(i), messages(outcome.invalid()));
            }
        }
    }

    private static List<String> messages(ValidationFailedException invalid) {
        return invalid.errors().stream().map(e -> e.field() + ": " + e.message()).toList();
    }

    private void importLine(ImportRun.Line line, ImportRun run) {
        QuoteInput imported;
        try {
            imported = json.readValue(line.text(), QuoteInput.class);
        } catch (JsonProcessingException e) {
            run.reject(line, List.of(unreadable(e)));
            return;
        }
        try {
            quotes.insert(imported.toCommand(), run.names);
            run.imported();
        } catch (ValidationFailedException invalid) {
            run.reject(line, messages(invalid));
        } catch (DuplicateQuoteException duplicate) {
            if (duplicate.existingId() == null) {
                // The database refused it: this transaction cannot go on, its lines are stored one by one.
                throw duplicate;
            }
            run.duplicate();
        }
    }

    private static String unreadable(JsonProcessingException e) {
        if (JsonErrors.isSyntaxError(e) || !(e instanceof JsonMappingException mapping)) {
            return "is not valid JSON";
        }
        String field = JsonErrors.field(mapping);
        return field.isEmpty() ? "must be a JSON object" : field + ": " + JsonErrors.reason(mapping);
    }
}
