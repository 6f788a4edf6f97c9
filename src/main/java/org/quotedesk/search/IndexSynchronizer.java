package org.quotedesk.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
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
import org.quotedesk.catalogue.RecordsImported;
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
    /** Documents written between two commits of the index (each an fsync) while catching up. */
    static final int ENTRIES_PER_COMMIT = 50_000;
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

    /** A chunk of an import created quotes: they are queued in one statement, in the writing transaction. */
    void enqueue(@Observes RecordsImported imported) {
        IndexOutbox.importedBy(imported.importEntry());
    }

    /** Writes were committed: the index catches up before they are answered. */
    void catchUp(@Observes WritesCommitted committed) {
        sync();
    }

    /** Writes were committed, and the writer goes on: the index catches up on this other thread. */
    void catchUpInBackground(@ObservesAsync WritesCommitted committed) {
        try {
            sync();
        } catch (RuntimeException e) {
            // The entries stay in the outbox: the writer's own announcement at its end applies them.
            LOG.warn("The search index could not catch up in the background", e);
        }
    }

    /**
     * Applies every pending change to the index; returns how many outbox entries were applied. The
     * index is committed (written to disk) every {@link #ENTRIES_PER_COMMIT} entries and at the end,
     * and only then are the entries it holds deleted: a crash in between replays them.
     */
    public synchronized int sync() {
        int applied = 0;
        long after = 0;
        List<Long> uncommitted = new ArrayList<>();
        for (Pending pending = read(after); !pending.entryIds().isEmpty(); pending = read(after)) {
            apply(pending);
            uncommitted.addAll(pending.entryIds());
            after = pending.entryIds().get(pending.entryIds().size() - 1);
            if (uncommitted.size() >= ENTRIES_PER_COMMIT) {
                applied += commit(uncommitted);
            }
        }
        return applied + commit(uncommitted);
    }

    /**
     * Re-creates the index from every quote in the database: this thread reads the quotes, batch by
     * batch, while the others analyse and add them.
     */
    public synchronized void rebuild() {
        long started = System.nanoTime();
        long pendingUpTo = QuarkusTransaction.requiringNew().call(() -> IndexOutbox.getEntityManager()
                .createQuery("select coalesce(max(e.id), 0) from IndexOutbox e", Long.class).getSingleResult());
        int count = 0;
        try (BatchWorkers adding = new BatchWorkers("index-rebuild", Runtime.getRuntime().availableProcessors())) {
            index.deleteAll();
            long after = 0;
            while (true) {
                long from = after;
                List<IndexedQuote> quotes = QuarkusTransaction.requiringNew().call(() -> IndexedQuote.after(from, BATCH));
                if (quotes.isEmpty()) {
                    break;
                }
                adding.submit(() -> index.add(quotes.stream().map(documents::toDocument).toList()));
                count += quotes.size();
                after = quotes.get(quotes.size() - 1).stored().id();
            }
            adding.awaitAll();
            index.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        QuarkusTransaction.requiringNew().run(() -> IndexOutbox.delete("id <= ?1", pendingUpTo));
        LOG.infof("Rebuilt the search index from the database: %d quotes in %d ms", count,
                (System.nanoTime() - started) / 1_000_000);
        sync();
    }

    /** The next outbox entries after {@code afterId}, in order, with the documents they ask for. */
    private Pending read(long afterId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> entries = IndexOutbox.getEntityManager()
                    .createQuery("select e.id, e.quoteId from IndexOutbox e where e.id > ?1 order by e.id", Object[].class)
                    .setParameter(1, afterId).setMaxResults(BATCH).getResultList();
            Set<Long> quoteIds = new TreeSet<>();
            entries.forEach(e -> quoteIds.add((Long) e[1]));
            Map<Long, Document> changed = new LinkedHashMap<>();
            for (IndexedQuote quote : IndexedQuote.withIds(quoteIds)) {
                changed.put(quote.stored().id(), documents.toDocument(quote));
            }
            quoteIds.removeAll(changed.keySet());
            return new Pending(entries.stream().map(e -> (Long) e[0]).toList(), changed, quoteIds);
        });
    }

    private void apply(Pending pending) {
        try {
            for (Map.Entry<Long, Document> doc : pending.documents().entrySet()) {
                index.upsert(doc.getKey(), doc.getValue());
            }
            index.delete(pending.deleted());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits the index, then deletes the entries it now holds; returns how many. */
    private int commit(List<Long> entryIds) {
        if (entryIds.isEmpty()) {
            return 0;
        }
        try {
            index.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int count = entryIds.size();
        for (int from = 0; from < count; from += BATCH) {
            List<Long> some = List.copyOf(entryIds.subList(from, Math.min(count, from + BATCH)));
            QuarkusTransaction.requiringNew().run(() -> IndexOutbox.applied(some));
        }
        entryIds.clear();
        return count;
    }

    /** Outbox entries read, the documents of the quotes that exist, and the ids of those that do not. */
    private record Pending(List<Long> entryIds, Map<Long, Document> documents, Set<Long> deleted) {
    }
}
