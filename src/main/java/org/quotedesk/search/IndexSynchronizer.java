package org.quotedesk.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.quotedesk.catalogue.RecordChanged;
import org.quotedesk.catalogue.RecordsImported;
import org.quotedesk.catalogue.quote.Quote;
import org.quotedesk.catalogue.quote.QuoteReference;
import org.quotedesk.common.ClusterLock;
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
    /** How often an instance sharing its index applies entries it did not write itself. */
    static final Duration POLL_INTERVAL = Duration.ofSeconds(2);
    private static final Logger LOG = Logger.getLogger(IndexSynchronizer.class);

    @Inject
    QuoteIndex index;

    @Inject
    ClusterLock cluster;

    private ScheduledExecutorService poller;

    /**
     * Opens the index, and rebuilds it when it is new, unreadable or out of step; then applies the
     * outbox. Opening and rebuilding hold the cluster's index lock: instances starting together on a
     * shared index cannot both create it.
     */
    void onStart(@Observes @Priority(STARTUP_PRIORITY) StartupEvent event) {
        cluster.holding(ClusterLock.Key.SEARCH_INDEX, () -> {
            boolean mustRebuild = index.open();
            long inDatabase = QuarkusTransaction.requiringNew().call(() -> Quote.count());
            long inIndex = index.documentCount();
            // A shared index lags behind while other instances still apply their entries: only an idle
            // outbox makes a difference in counts mean that the index is out of step.
            boolean outOfStep = inIndex != inDatabase
                    && (!index.shared() || QuarkusTransaction.requiringNew().call(() -> IndexOutbox.count()) == 0);
            if (mustRebuild || outOfStep) {
                LOG.infof("Search index %s (%d documents, %d quotes in the database): rebuilding it",
                        mustRebuild ? "new, unreadable or of another format" : "out of step", inIndex, inDatabase);
                refill();
            }
        });
        sync();
        if (index.shared()) {
            pollOthersEntries();
        }
    }

    /**
     * Entries another instance wrote and could not apply (it died, or OpenSearch was away) are
     * applied here, every {@link #POLL_INTERVAL}.
     */
    private void pollOthersEntries() {
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "index-outbox-poll");
            thread.setDaemon(true);
            return thread;
        });
        long millis = POLL_INTERVAL.toMillis();
        poller.scheduleWithFixedDelay(() -> catchUp(new WritesCommitted()), millis, millis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stopPolling() {
        if (poller != null) {
            poller.shutdownNow();
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

    /**
     * Writes were committed: the index catches up before they are answered. The writes are durable
     * whatever happens here: an index that cannot take them now leaves them in the outbox.
     */
    void catchUp(@Observes WritesCommitted committed) {
        try {
            sync();
        } catch (RuntimeException e) {
            LOG.warn("The search index could not catch up: the changes stay in the outbox", e);
        }
    }

    /**
     * Applies every pending change to the index; returns how many outbox entries were applied.
     *
     * <p>An index whose writes are durable at once (OpenSearch) takes each batch in the transaction
     * that locks its entries and deletes them: instances polling together skip each other's
     * entries, and an instance that dies mid-way leaves its entries, unlocked, to the others. The
     * embedded index is committed (written to disk) every {@link #ENTRIES_PER_COMMIT} entries and
     * at the end, and only then are the entries it holds deleted: a crash in between replays them.
     */
    public synchronized int sync() {
        int applied = 0;
        long after = 0;
        List<Long> uncommitted = new ArrayList<>();
        while (true) {
            long from = after;
            Batch batch = QuarkusTransaction.requiringNew().call(() -> applyNext(from));
            if (batch.entryIds().isEmpty()) {
                break;
            }
            after = batch.entryIds().get(batch.entryIds().size() - 1);
            if (index.writesAreDurable()) {
                applied += batch.entryIds().size();
            } else {
                uncommitted.addAll(batch.entryIds());
                if (uncommitted.size() >= ENTRIES_PER_COMMIT) {
                    applied += commit(uncommitted);
                }
            }
        }
        applied += commit(uncommitted);
        if (applied > 0 && index.writesAreDurable()) {
            index.commit();
        }
        return applied;
    }

    /**
     * Re-creates the index from every quote in the database, then applies the outbox; returns how
     * many quotes it holds. Searches see the old index until it is done.
     */
    public int rebuild() {
        int count = cluster.holding(ClusterLock.Key.SEARCH_INDEX, this::refill);
        sync();
        return count;
    }

    /**
     * Fills a new index: this thread reads the quotes, batch by batch, while the others analyse and
     * add them. Call holding the cluster's index lock.
     */
    private synchronized int refill() {
        long started = System.nanoTime();
        long pendingUpTo = QuarkusTransaction.requiringNew().call(IndexOutbox::lastId);
        int count = 0;
        try (QuoteIndex.Rebuild rebuild = index.rebuild();
                BatchWorkers adding = new BatchWorkers("index-rebuild", Runtime.getRuntime().availableProcessors())) {
            long after = 0;
            while (true) {
                long from = after;
                Read read = QuarkusTransaction.requiringNew().call(() -> {
                    long version = version();
                    return new Read(IndexedQuote.after(from, BATCH), version);
                });
                if (read.quotes().isEmpty()) {
                    break;
                }
                adding.submit(() -> rebuild.add(read.quotes(), read.version()));
                count += read.quotes().size();
                after = read.quotes().get(read.quotes().size() - 1).stored().id();
            }
            adding.awaitAll();
            rebuild.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Other instances may have applied (to the old index) entries up to pendingUpTo whose changes
        // the rebuild read too late: on a shared index every entry left is applied again.
        if (!index.shared()) {
            QuarkusTransaction.requiringNew().run(() -> IndexOutbox.delete("id <= ?1", pendingUpTo));
        }
        LOG.infof("Rebuilt the search index from the database: %d quotes in %d ms", count,
                (System.nanoTime() - started) / 1_000_000);
        return count;
    }

    /** Applies the next outbox entries after {@code afterId}, in order; in the caller's transaction. */
    private Batch applyNext(long afterId) {
        // While an instance rebuilds the shared index, its entries wait for it: written to the old
        // index, they would be lost with it.
        if (index.shared() && !cluster.sharedUnlessHeld(ClusterLock.Key.SEARCH_INDEX)) {
            return new Batch(List.of());
        }
        List<Object[]> entries = IndexOutbox.next(afterId, BATCH, index.shared());
        if (entries.isEmpty()) {
            return new Batch(List.of());
        }
        long version = version();
        Set<Long> quoteIds = new TreeSet<>();
        entries.forEach(e -> quoteIds.add((Long) e[1]));
        List<IndexedQuote> changed = IndexedQuote.withIds(quoteIds);
        changed.forEach(quote -> quoteIds.remove(quote.stored().id()));
        index.write(changed, quoteIds, version);
        List<Long> entryIds = entries.stream().map(e -> (Long) e[0]).toList();
        if (index.writesAreDurable()) {
            IndexOutbox.applied(entryIds);
        }
        return new Batch(entryIds);
    }

    /** Orders the writes of instances sharing the index; taken before the quotes are read. */
    private long version() {
        return index.shared() ? IndexOutbox.nextVersion() : 0;
    }

    /** Commits the index, then deletes the entries it now holds; returns how many. */
    private int commit(List<Long> entryIds) {
        if (entryIds.isEmpty()) {
            return 0;
        }
        index.commit();
        int count = entryIds.size();
        for (int from = 0; from < count; from += BATCH) {
            List<Long> some = List.copyOf(entryIds.subList(from, Math.min(count, from + BATCH)));
            QuarkusTransaction.requiringNew().run(() -> IndexOutbox.applied(some));
        }
        entryIds.clear();
        return count;
    }

    private record Batch(List<Long> entryIds) {
    }

    private record Read(List<IndexedQuote> quotes, long version) {
    }
}
