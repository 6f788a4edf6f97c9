package org.quotedesk.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.function.Supplier;

/**
 * How every change is written: in its own transaction, made durable before it is acknowledged, and
 * then announced ({@link WritesCommitted}), so that the search index catches up.
 *
 * <p>H2 writes committed transactions to disk up to 500 ms later; a kill -9 in that window loses
 * them. A CHECKPOINT after the commit closes the window, and CHECKPOINT SYNC also has the operating
 * system write its buffers to the disk (fsync), without which a power loss could still lose them.
 * (H2's WRITE_DELAY=0 would write at once too, but it made bulk imports twice as slow and the
 * database file eight times larger.)
 */
@ApplicationScoped
public class Writes {

    @Inject
    EntityManager entityManager;

    @Inject
    Event<WritesCommitted> committed;

    @Inject
    DatabaseKind database;

    /** Commits the work, makes it durable, and brings the copies of the records (the index) up to date. */
    public <T> T commit(Supplier<T> work) {
        T result = commitDurably(work);
        announce();
        return result;
    }

    /** Tells what keeps copies of the records (the search index) to catch up with what was committed. */
    public void announce() {
        committed.fire(new WritesCommitted());
    }

    public void commit(Runnable work) {
        commit(() -> {
            work.run();
            return null;
        });
    }

    /** Commits the work and makes it durable; the caller announces it later ({@link #announce()}). */
    public <T> T commitDurably(Supplier<T> work) {
        T result = QuarkusTransaction.requiringNew().call(work::get);
        checkpoint();
        return result;
    }

    /**
     * Writes everything committed so far to the disk itself. Only H2 needs it: PostgreSQL's commit is
     * durable when it returns (synchronous_commit, its default).
     */
    public void checkpoint() {
        if (!database.isEmbeddedH2()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("CHECKPOINT SYNC").executeUpdate());
    }
}
