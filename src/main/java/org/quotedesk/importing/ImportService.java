package org.quotedesk.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.quotedesk.common.FieldErrors;
import org.quotedesk.common.Ref;
import org.quotedesk.common.Writes;
import org.quotedesk.error.JsonErrors;
import org.quotedesk.quote.DuplicateQuoteException;
import org.quotedesk.quote.Quote;
import org.quotedesk.quote.QuoteInput;
import org.quotedesk.quote.QuoteRules;
import org.quotedesk.quote.QuoteService;
import org.quotedesk.search.IndexSynchronizer;

/**
 * Imports NDJSON, one quote a line, streaming: lines are read, checked and stored a chunk at a time,
 * so that a million lines never means a million objects in memory. Valid lines are stored, invalid
 * ones reported with every error, and a quote already stored is counted as a duplicate.
 */
@ApplicationScoped
public class ImportService {

    public static final int MAX_LISTED_REJECTIONS = 1_000;
    static final int LINES_PER_TRANSACTION = 2_000;
    /** The index catches up at this pace during a long import, and at its end. */
    static final int LINES_PER_INDEX_SYNC = 20_000;
    private static final Logger LOG = Logger.getLogger(ImportService.class);

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    QuoteService quotes;

    @Inject
    ImportReferences references;

    @Inject
    Writes writes;

    @Inject
    IndexSynchronizer index;

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
        index.sync();
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
                chunk.forEach(line -> importLine(line, run));
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
        if (run.linesSinceIndexSync() >= LINES_PER_INDEX_SYNC) {
            index.sync();
            run.indexSynced();
        }
    }

    /**
     * An import only inserts, and inserts are written at once (identity keys), so the lookups between
     * them need no flush: without this, every lookup would re-check the whole chunk for changes.
     */
    private static void flushAtCommitOnly() {
        Quote.getEntityManager().unwrap(Session.class).setHibernateFlushMode(FlushMode.COMMIT);
    }

    private void importLine(ImportRun.Line line, ImportRun run) {
        ImportedQuote imported;
        try {
            imported = json.readValue(line.text(), ImportedQuote.class);
        } catch (JsonProcessingException e) {
            run.reject(line, List.of(unreadable(e)));
            return;
        }
        FieldErrors errors = new FieldErrors();
        ImportReferences.Resolved refs = references.resolve(imported, run, errors);
        QuoteInput input = toInput(imported, refs);
        errors.addAll(validator.validate(input).stream()
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString())).toList());
        if (errors.isEmpty() && refs.source() != null) {
            QuoteRules.check(input, refs.source().text(), refs.source().publishedOn(), errors);
        }
        if (!errors.isEmpty()) {
            run.reject(line, errors.describe());
            return;
        }
        try {
            quotes.insert(toInput(imported, references.create(refs, run)));
            run.imported();
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

    /** The quote with its references as ids; a reference still to be created stands as id 0. */
    private static QuoteInput toInput(ImportedQuote q, ImportReferences.Resolved refs) {
        return new QuoteInput(q.text(), q.type(), ref(refs.speakerId()),
                q.venue() == null ? null : ref(refs.venueId()), q.spokenOn(), q.datePrecision(),
                ref(refs.source() == null ? null : refs.source().id()), q.start(), q.end(), q.reportedVia(), q.status(),
                q.language(), q.translated(), q.notes(), null);
    }

    private static Ref ref(Long id) {
        return new Ref(id == null ? 0L : id);
    }
}
