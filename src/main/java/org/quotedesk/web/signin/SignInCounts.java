package org.quotedesk.web.signin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The sign-in throttle's counts in the database ({@code sign_in_throttle}), where every instance sees
 * them, in short transactions of plain JDBC: rows are locked ({@code select … for update}) in one
 * order, pair, address, account, so that transactions never wait on each other in a circle, and one
 * that lost a race (two first inserts of a row) or a deadlock with the sweep is run again. Bounded:
 * rows whose window ended are deleted, and each scope keeps at most {@code capacity} rows, those whose
 * window ends first going first, as the stalest entries went from the memory before.
 */
final class SignInCounts {

    /** What a row counts. */
    enum Scope {
        PAIR("P"), ADDRESS("A"), ACCOUNT("U"), KNOWN("K");

        final String code;

        Scope(String code) {
            this.code = code;
        }
    }

    /** A row: failures counted in the window ending at {@code endsAt} (epoch milliseconds). */
    record Count(int failures, long endsAt) {

        /** The failures counted now: none once the window ended. */
        static int current(Count count, long now) {
            return open(count, now) ? count.failures : 0;
        }

        /** Whether the row's window has not ended yet. */
        static boolean open(Count count, long now) {
            return count != null && count.endsAt > now;
        }
    }

    /** Work on the rows within one transaction. */
    interface Work<T> {
        T apply(Rows rows) throws SQLException;
    }

    private static final int ATTEMPTS = 3;
    private static final long SWEEP_INTERVAL = 60_000;
    private static final Logger LOG = Logger.getLogger(SignInCounts.class);

    private final DataSource dataSource;
    private final int capacity;
    private final AtomicInteger insertedSinceSweep = new AtomicInteger();
    private volatile long nextSweep;

    SignInCounts(DataSource dataSource, int capacity) {
        this.dataSource = dataSource;
        this.capacity = capacity;
    }

    /**
     * Runs the work in a transaction of its own, again when it lost a race; then, every tenth of the
     * capacity of rows added (by this instance) or every minute, sweeps the table.
     */
    <T> T inTransaction(long now, Work<T> work) {
        for (int attempt = 1;; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                Rows rows = new Rows(connection);
                T result = committed(connection, rows, work);
                if (insertedSinceSweep.addAndGet(rows.inserted) >= capacity / 10 || now >= nextSweep) {
                    sweep(connection, now);
                }
                return result;
            } catch (SQLException e) {
                if (attempt == ATTEMPTS || !lostARace(e)) {
                    throw new IllegalStateException("Could not read or write the sign-in throttle's counts", e);
                }
            }
        }
    }

    private static <T> T committed(Connection connection, Rows rows, Work<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.apply(rows);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** A duplicate key (two first inserts), a deadlock or a lock timeout: the same on H2 and PostgreSQL. */
    private static boolean lostARace(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("23") || state.startsWith("40") || state.equals("HYT00"));
    }

    /**
     * Deletes ended windows, then in each scope the rows beyond its capacity: those ordered before
     * the newest {@code capacity} (by end, then subject), each statement a range of the scope's index.
     */
    private void sweep(Connection connection, long now) {
        insertedSinceSweep.set(0);
        nextSweep = now + SWEEP_INTERVAL;
        try (PreparedStatement ended = connection.prepareStatement(
                "delete from sign_in_throttle where scope = ? and ends_at <= ?");
                PreparedStatement oldestKept = connection.prepareStatement("select ends_at, subject from sign_in_throttle"
                        + " where scope = ? order by ends_at desc, subject desc offset ? rows fetch next 1 row only");
                PreparedStatement older = connection.prepareStatement("delete from sign_in_throttle where scope = ?"
                        + " and (ends_at < ? or ends_at = ? and subject < ?)")) {
            for (Scope scope : Scope.values()) {
                ended.setString(1, scope.code);
                ended.setLong(2, now);
                ended.executeUpdate();
                oldestKept.setString(1, scope.code);
                oldestKept.setInt(2, capacity - 1);
                try (ResultSet kept = oldestKept.executeQuery()) {
                    if (kept.next()) {
                        older.setString(1, scope.code);
                        older.setLong(2, kept.getLong(1));
                        older.setLong(3, kept.getLong(1));
                        older.setString(4, kept.getString(2));
                        older.executeUpdate();
                    }
                }
            }
        } catch (SQLException e) {
            // The next sweep does it: a sign-in does not fail for it.
            LOG.debug("Could not sweep the sign-in throttle's counts", e);
        }
    }

    /** Rows counted, in all scopes: bounded whatever is tried. */
    int size() {
        try (Connection connection = dataSource.getConnection();
                Statement count = connection.createStatement();
                ResultSet rows = count.executeQuery("select count(*) from sign_in_throttle")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the sign-in throttle's rows", e);
        }
    }

    /** The rows, within a transaction. */
    static final class Rows {
        private final Connection connection;
        int inserted;

        Rows(Connection connection) {
            this.connection = connection;
        }

        /** The row, locked until the transaction ends; null when there is none. */
        Count locked(Scope scope, String subject) throws SQLException {
            return read(scope, subject, " for update");
        }

        Count read(Scope scope, String subject) throws SQLException {
            return read(scope, subject, "");
        }

        private Count read(Scope scope, String subject, String lock) throws SQLException {
            try (PreparedStatement select = connection.prepareStatement(
                    "select failures, ends_at from sign_in_throttle where scope = ? and subject = ?" + lock)) {
                select.setString(1, scope.code);
                select.setString(2, subject);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? new Count(row.getInt(1), row.getLong(2)) : null;
                }
            }
        }

        /** One more in the row's window, or the first of a new one ending at {@code until}; the new count. */
        int count(Scope scope, String subject, Count before, long now, long until) throws SQLException {
            if (before == null) {
                insert(scope, subject, 1, until);
                return 1;
            }
            if (before.endsAt <= now) {
                update("update sign_in_throttle set failures = 1, ends_at = ? where scope = ? and subject = ?",
                        until, scope, subject);
                return 1;
            }
            update("update sign_in_throttle set failures = failures + 1 where scope = ? and subject = ?", null,
                    scope, subject);
            return before.failures + 1;
        }

        /** One less, never below none. */
        void uncount(Scope scope, String subject) throws SQLException {
            update("update sign_in_throttle set failures = failures - 1 where scope = ? and subject = ?"
                    + " and failures > 0", null, scope, subject);
        }

        void forget(Scope scope, String subject) throws SQLException {
            update("delete from sign_in_throttle where scope = ? and subject = ?", null, scope, subject);
        }

        /** The row kept until {@code until}, counting nothing. */
        void keep(Scope scope, String subject, long until) throws SQLException {
            if (update("update sign_in_throttle set failures = 0, ends_at = ? where scope = ? and subject = ?",
                    until, scope, subject) == 0) {
                insert(scope, subject, 0, until);
            }
        }

        private void insert(Scope scope, String subject, int failures, long until) throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into sign_in_throttle (scope, subject, failures, ends_at) values (?, ?, ?, ?)")) {
                insert.setString(1, scope.code);
                insert.setString(2, subject);
                insert.setInt(3, failures);
                insert.setLong(4, until);
                insert.executeUpdate();
            }
            inserted++;
        }

        /** A statement on one row, its first parameter {@code endsAt} unless null, then scope and subject. */
        private int update(String sql, Long endsAt, Scope scope, String subject) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int i = 1;
                if (endsAt != null) {
                    statement.setLong(i++, endsAt);
                }
                statement.setString(i++, scope.code);
                statement.setString(i, subject);
                return statement.executeUpdate();
            }
        }
    }
}
