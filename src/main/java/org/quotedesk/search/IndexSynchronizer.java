package org.quotedesk.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.jboss.logging.Logger;
import org.quotedesk.catalogue.RecordChanged;
import org.quotedesk.catalogue.quote.Quote;
import org.quotedesk.catalogue.quote.QuoteReference;
import org.quotedesk.common.QuoteDeskConfig;
import org.quotedesk.common.WritesCommitted;

/**
 * Keeps the search index equal to the database. Changed records ({@link RecordChanged}) enqueue
 * their quotes in {@link IndexOutbox} inside the writing transaction, and the outbox is applied when
 * the writes are committed ({@link WritesCommitted}); at start, a missing, unreadable
 * or miscounted index is rebuilt from the database, and whatever the outbox still holds is applied.
 */
@ApplicationScoped
public class IndexSynchronizer {

    /** After the seed data is loaded (SeedDataLoader observes at APPLICATION). */
    static final int STARTUP_PRIORITY = Interceptor.Priority.APPLICATION + 100;
    private static final int BATCH = 2_000;
    private static final Logger LOG = Logger.getLogger(IndexSynchronizer.class);

    @Inject
    SearchIndex index;

    @Inject
    QuoteDocuments documents;

    @Inject
    QuoteDeskConfig config;

    void onStart(@Observes @Priority(STARTUP_PRIORITY) StartupEvent event) throws IOException {
        boolean created = index.open(config.dataDir().resolve("index"));
        long inDatabase = QuarkusTransaction.requiringNew().call(() -> Quote.count());
        int inIndex = index.documentCount();
        if (created || inIndex != inDatabase) {
            LOG.infof("Search index %s (%d documents, %d quotes in the database): rebuilding it",
                    created ? "created" : "out of step", inIndex, inDatabase);
            rebuild();
        } else {
            sync();
        }
    }

    /** A record changed: its quotes' documents are queued, in the writing transaction. */
    void enqueue(@Observes RecordChanged change) {
        switch (change.type()) {
            case QUOTE -> IndexOutbox.quote(change.id());
            case SPEAKER -> IndexOutbox.quotesOf(QuoteReference.SPEAKER, change.id());
            case VENUE -> IndexOutbox.quotesOf(QuoteReference.VENUE, change.id());
            case SOURCE -> IndexOutbox.quotesOf(QuoteReference.SOURCE, change.id());
            default -> {
                // Accounts and the like are in no document.
            }
        }
    }

    /** Writes were committed: the index catches up before they are answered. */
    void catchUp(@Observes WritesCommitted committed) {
        sync();
    }

    /** Applies every pending change to the index; returns how many outbox entries were applied. */
    public synchronized int sync() {
        int applied = 0;
        for (int n = applyBatch(); n > 0; n = applyBatch()) {
            applied += n;
        }
        return applied;
    }

    /** Re-creates the index from every quote in the database. */
    public synchronized void rebuild() {
        long started = System.nanoTime();
        long pendingUpTo = QuarkusTransaction.requiringNew().call(
                () -> IndexOutbox.<IndexOutbox>find("order by id desc").firstResultOptional().map(e -> e.id).orElse(0L));
        int count = 0;
        try {
            index.deleteAll();
            long after = 0;
            while (true) {
                long from = after;
                List<Document> docs = new ArrayList<>(BATCH);
                long last = QuarkusTransaction.requiringNew().call(() -> {
                    long max = from;
                    for (Quote quote : Quote.withReferencesAfter(from, BATCH)) {
                        docs.add(documents.toDocument(quote));
                        max = quote.id;
                    }
                    return max;
                });
                if (docs.isEmpty()) {
                    break;
                }
                index.add(docs);
                count += docs.size();
                after = last;
            }
            index.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        QuarkusTransaction.requiringNew().run(() -> IndexOutbox.delete("id <= ?1", pendingUpTo));
        LOG.infof("Rebuilt the search index from the database: %d quotes in %d ms", count,
                (System.nanoTime() - started) / 1_000_000);
        sync();
    }

    private int applyBatch() {
        Pending pending = QuarkusTransaction.requiringNew().call(() -> {
            List<IndexOutbox> entries = IndexOutbox.<IndexOutbox>find("order by id").page(0, BATCH).list();
            Set<Long> quoteIds = new TreeSet<>();
            entries.forEach(e -> quoteIds.add(e.quoteId));
            Map<Long, Document> changed = new LinkedHashMap<>();
            for (Quote quote : Quote.withReferences(quoteIds)) {
                changed.put(quote.id, documents.toDocument(quote));
            }
            quoteIds.removeAll(changed.keySet());
            return new Pending(entries.stream().map(e -> e.id).toList(), changed, quoteIds);
        });
        if (pending.entryIds().isEmpty()) {
            return 0;
        }
        try {
            for (Map.Entry<Long, Document> doc : pending.documents().entrySet()) {
                index.upsert(doc.getKey(), doc.getValue());
            }
            index.delete(pending.deleted());
            index.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Only once the index is committed: a crash before this line replays the entries.
        QuarkusTransaction.requiringNew().run(() -> IndexOutbox.delete("id in ?1", pending.entryIds()));
        return pending.entryIds().size();
    }

    /** Outbox entries read, the documents of the quotes that exist, and the ids of those that do not. */
    private record Pending(List<Long> entryIds, Map<Long, Document> documents, Set<Long> deleted) {
    }
}
