package org.quotedesk.common;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * H2's file never shrinks by itself: each commit writes the pages it changed anew, and the space of
 * the old ones is reused but not given back (after a bulk import, two thirds of the file can be
 * free). At shutdown, when less than half of the file is in use, H2 rewrites it compactly: some
 * seconds per hundred megabytes, once, where a start would otherwise pay nothing and the disk would
 * keep the waste.
 */
@ApplicationScoped
public class DatabaseFile {

    /** Below this share of the file in use (in %), the file is compacted at shutdown. */
    static final int COMPACT_BELOW_FILL_RATE = 50;
    private static final Logger LOG = Logger.getLogger(DatabaseFile.class);

    @Inject
    DataSource dataSource;

    // Straight on a connection: at shutdown, transactions are no longer handed out.
    void onStop(@Observes ShutdownEvent event) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            int fillRate;
            try (ResultSet info = statement.executeQuery("select setting_value from information_schema.settings"
                    + " where setting_name = 'info.FILL_RATE'")) {
                fillRate = info.next() ? Integer.parseInt(info.getString(1)) : 100;
            }
            if (fillRate < COMPACT_BELOW_FILL_RATE) {
                long started = System.nanoTime();
                statement.execute("SHUTDOWN COMPACT");
                LOG.infof("Database file compacted (%d%% of it was in use) in %d ms", fillRate,
                        (System.nanoTime() - started) / 1_000_000);
            }
        } catch (SQLException | RuntimeException e) {
            // The database stays as it was, whole: it is only larger than it need be.
            LOG.warn("The database file could not be compacted at shutdown", e);
        }
    }
}
