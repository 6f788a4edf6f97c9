package org.quotedesk.curation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quotedesk.catalogue.RecordsImported;
import org.quotedesk.catalogue.history.AuditTrail;
import org.quotedesk.catalogue.quote.Quote;
import org.quotedesk.catalogue.quote.TextFingerprint;
import org.quotedesk.catalogue.statement.StatementStore;
import org.quotedesk.catalogue.statement.WordingKeys;
import org.quotedesk.common.ValidationFailedException;

/**
 * Quotes written a chunk at a time (an import): each is checked by {@link Quotes} exactly as one
 * written alone, a duplicate is refused by the same rule, and then the chunk is stored at once: one
 * audit entry for it, which the quotes and records it created point at, one batch of inserts, and
 * one request to the search index.
 */
@ApplicationScoped
public class QuoteBatches {

    /** What became of one quote of a chunk. */
    public record Outcome(Status status, ValidationFailedException invalid) {

        public enum Status {
            STORED, DUPLICATE, INVALID
        }

        static final Outcome STORED = new Outcome(Status.STORED, null);
        static final Outcome DUPLICATE = new Outcome(Status.DUPLICATE, null);
    }

    @Inject
    Quotes quotes;

    @Inject
    AuditTrail audit;

    @Inject
    StatementLinker statements;

    @Inject
    Event<RecordsImported> imported;

    /**
     * Checks and stores the quotes in the current transaction; the audit entry names the lines they
     * came from. A line that is refused creates nothing; the outcomes are in order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Outcome> insertAll(List<QuoteCommand> commands, References.Memory memory, long firstLine,
            long lastLine) {
        long entry = audit.imported(firstLine);
        List<Outcome> outcomes = new ArrayList<>(commands.size());
        List<Quote> rows = new ArrayList<>(commands.size());
        Map<Long, Set<String>> storedKeys = new HashMap<>();
        StatementLinker.Chunk chunk = new StatementLinker.Chunk();
        List<WordingKeys.Keys> keys = new ArrayList<>(commands.size());
        for (QuoteCommand command : commands) {
            Quotes.Checked checked;
            try {
                checked = quotes.check(command, null, false, memory);
            } catch (ValidationFailedException invalid) {
                outcomes.add(new Outcome(Outcome.Status.INVALID, invalid));
                continue;
            }
            String fingerprint = TextFingerprint.of(checked.text());
            // Only a quote whose speaker and source are stored already can be one stored before.
            if (checked.speaker().stored() != null && checked.source().stored() != null) {
                Set<String> stored = storedKeys.computeIfAbsent(checked.source().stored().id, QuoteRows::keysOf);
                if (stored.contains(QuoteRows.key(checked.speaker().stored().id, fingerprint))) {
                    outcomes.add(Outcome.DUPLICATE);
                    continue;
                }
            }
            Quote row = new Quote();
            quotes.copy(checked, row, memory, entry);
            row.textFingerprint = fingerprint;
            // A source this chunk created has no stored quotes to read: only the chunk's own.
            storedKeys.computeIfAbsent(row.source.id,
                    id -> checked.source().stored() == null ? new HashSet<>() : QuoteRows.keysOf(id))
                    .add(QuoteRows.key(row.speaker.id, fingerprint));
            StatementLinker.Link link = statements.decide(row.speaker.id, row.text, chunk);
            row.statementId = link.statementId();
            row.wordingHash = link.wordingHash();
            keys.add(link.keys());
            rows.add(row);
            outcomes.add(Outcome.STORED);
        }
        QuoteRows.insert(rows);
        StatementStore.fileAll(rows.stream().map(row -> row.id).toList(), keys);
        audit.describeImport(entry, "Lines " + firstLine + "–" + lastLine + " of an import: " + rows.size()
                + " quotes", Map.of("quotes", Integer.toString(rows.size())));
        imported.fire(new RecordsImported(entry));
        return outcomes;
    }
}
