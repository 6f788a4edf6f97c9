package org.quotedesk.common;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * H2's file never shrinks by itself: each commit writes the pages it changed anew, and the space of
 * the old ones is reused but not given back (after a bulk import, most of the file can be free). At
 * shutdown, when the file has grown to half as large again as it was after its last compaction
 * (and is not small), H2 rewrites it compactly: a second or two per hundred megabytes, once after
 * the growth, not at every stop.
 */
@ApplicationScoped
public class DatabaseFile {

    static final long SMALL = 32L << 20;
    static final double GROWTH = 1.5;
    private static final Logger LOG = Logger.getLogger(DatabaseFile.class);

    @Inject
    DataSource dataSource;

    @Inject
    QuoteDeskConfig config;

    @Inject
    DatabaseKind database;

    /** Whether a file of {@code size} bytes, {@code afterLast} bytes after its last compaction (0: never), is. */
    static boolean worthCompacting(long size, long afterLast) {
        return size > SMALL && size > afterLast * GROWTH;
    }

    // Straight on a connection: at shutdown, transactions are no longer handed out.
    void onStop(@Observes ShutdownEvent event) {
        if (!database.isEmbeddedH2()) {
            return;
        }
        Path file = config.dataDir().resolve("db").resolve("quotedesk.mv.db");
        Path compacted = config.dataDir().resolve("db").resolve("compacted-size");
        try {
            long size = Files.size(file);
            long after = Files.exists(compacted)
                    ? Long.parseLong(Files.readString(compacted, StandardCharsets.US_ASCII).strip()) : 0;
            if (!worthCompacting(size, after)) {
                return;
            }
            long started = System.nanoTime();
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            }
            long now = Files.size(file);
            Files.writeString(compacted, Long.toString(now), StandardCharsets.US_ASCII);
            LOG.infof("Database file compacted from %,d to %,d bytes in %d ms", size, now,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | SQLException | RuntimeException e) {
            // The database stays as it was, whole: it is only larger than it need be.
            LOG.warn("The database file could not be compacted at shutdown", e);
        }
    }
}
