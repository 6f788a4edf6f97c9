package org.quotedesk.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Work that only one instance of QuoteDesk may do at a time, whichever instance it is: the seed and
 * the first account at startup, where two instances starting together on an empty database would
 * otherwise both do it. Within one process a lock per key excludes the other threads; on PostgreSQL a
 * session advisory lock on the key also excludes the other instances, for as long as the work runs.
 * The work commits its own transactions: the next holder of the key sees what it wrote.
 */
@ApplicationScoped
public class ClusterLock {

    /**
     * What a lock is for: one key per purpose, never shared, so that unrelated work never waits on it.
     * The keys are PostgreSQL advisory lock numbers, "QDesk" followed by a byte; {@link SingleInstance}
     * holds "QDesk" itself.
     */
    public enum Key {
        /** Loading import.sql into an empty database. */
        SEED(0x5144_6573_6b01L),
        /** Creating the first admin account. */
        FIRST_ADMIN(0x5144_6573_6b02L),
        /** Creating the shared search index and its alias. */
        SEARCH_INDEX(0x5144_6573_6b03L),
        /** Linking the quotes stored before statements existed. */
        STATEMENTS(0x5144_6573_6b04L);

        final long id;

        Key(long id) {
            this.id = id;
        }
    }

    private final Map<Key, ReentrantLock> local = new ConcurrentHashMap<>();

    @Inject
    DataSource dataSource;

    @Inject
    DatabaseKind database;

    @Inject
    EntityManager entityManager;

    /** Runs the work once no other thread or instance holds the key, and returns what it returns. */
    public <T> T holding(Key key, Supplier<T> work) {
        ReentrantLock lock = local.computeIfAbsent(key, k -> new ReentrantLock());
        lock.lock();
        try {
            return database.isEmbeddedH2() ? work.get() : holdingAdvisoryLock(key, work);
        } finally {
            lock.unlock();
        }
    }

    public void holding(Key key, Runnable work) {
        holding(key, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Takes the key shared, in the caller's transaction, unless another instance holds it exclusively
     * ({@link #holding}); returns whether it did. Many transactions may share it at once; while any
     * does, {@link #holding} waits for them to end. Always true on H2, which one process uses.
     */
    public boolean sharedUnlessHeld(Key key) {
        if (database.isEmbeddedH2()) {
            return true;
        }
        return (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock_shared(?1)")
                .setParameter(1, key.id).getSingleResult();
    }

    /**
     * A session lock on a connection of its own, outside the work's transactions, so that they commit
     * before it is released; PostgreSQL releases it too if the process dies holding it.
     */
    private <T> T holdingAdvisoryLock(Key key, Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            advisory(connection, "select pg_advisory_lock(?)", key);
            try {
                return work.get();
            } finally {
                // The connection goes back to the pool: the lock must not stay with it.
                advisory(connection, "select pg_advisory_unlock(?)", key);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take or release the cluster lock " + key, e);
        }
    }

    private static void advisory(Connection connection, String sql, Key key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key.id);
            statement.executeQuery().close();
        }
    }
}
