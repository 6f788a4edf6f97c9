package org.quotedesk.common;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * One instance per PostgreSQL database when each instance keeps its own search index (no
 * {@code quotedesk.opensearch.url}): the index learns of changes through the outbox, which the first
 * instance to read it empties, so a second instance's index would silently miss them. The first
 * instance then holds a PostgreSQL advisory lock for its lifetime (released by PostgreSQL when its
 * connection ends, a kill -9 included); a second one refuses to start. With OpenSearch, every
 * instance searches the one shared index, and any number of them may share the database. On H2, the
 * database file's own lock already keeps a second process out.
 */
@ApplicationScoped
public class SingleInstance {

    /** The advisory lock's key: any number no other user of the database takes ("QDesk"). */
    static final long LOCK_KEY = 0x5144_6573_6bL;
    private static final Logger LOG = Logger.getLogger(SingleInstance.class);

    @Inject
    DataSource dataSource;

    @Inject
    DatabaseKind database;

    @Inject
    QuoteDeskConfig config;

    private Connection holding;

    /** Before anything else writes: the seed, the first account, the index. */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) throws SQLException {
        if (database.isEmbeddedH2() || config.opensearch().url().isPresent()) {
            return;
        }
        Connection connection = dataSource.getConnection();
        try (Statement statement = connection.createStatement();
                ResultSet locked = statement.executeQuery("select pg_try_advisory_lock(" + LOCK_KEY + ")")) {
            locked.next();
            if (!locked.getBoolean(1)) {
                throw new IllegalStateException("Another QuoteDesk instance is using this database. Each instance"
                        + " keeps its own search index, which would miss the other's changes: run one instance per"
                        + " database.");
            }
            holding = connection;
        } finally {
            if (holding == null) {
                connection.close();
            }
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (holding == null) {
            return;
        }
        try (Connection connection = holding; Statement statement = connection.createStatement()) {
            // The connection goes back to the pool: the lock must not stay with it.
            statement.execute("select pg_advisory_unlock(" + LOCK_KEY + ")");
        } catch (SQLException e) {
            // PostgreSQL releases the lock when the session ends, which the process's end also does.
            LOG.debug("Could not close the connection holding the instance lock", e);
        }
    }
}
