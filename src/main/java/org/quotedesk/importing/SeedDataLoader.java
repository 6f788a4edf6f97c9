package org.quotedesk.importing;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import org.h2.util.ScriptReader;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.quotedesk.catalogue.quote.Quote;
import org.quotedesk.catalogue.quote.TextFingerprint;
import org.quotedesk.catalogue.source.Source;
import org.quotedesk.catalogue.speaker.Speaker;
import org.quotedesk.catalogue.venue.Venue;
import org.quotedesk.common.ClusterLock;
import org.quotedesk.common.QuoteDeskConfig;
import org.quotedesk.common.Writes;

/**
 * Loads {@code import.sql} (the repository root's seed, packaged on the classpath) into an empty
 * database at the first start, in one transaction with the {@link SeedRun} marker: it runs once,
 * and never again over curated data, even if editors later delete every record. Instances starting
 * together take turns ({@link ClusterLock}): the later one finds the marker and loads nothing.
 */
@ApplicationScoped
public class SeedDataLoader {

    static final String SCRIPT = "import.sql";

    private static final Logger LOG = Logger.getLogger(SeedDataLoader.class);

    @Inject
    EntityManager entityManager;

    @Inject
    Writes writes;

    @Inject
    ClusterLock clusterLock;

    /** Before the search index is checked against the database (IndexSynchronizer). */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent event, QuoteDeskConfig config) {
        if (config.seed() && config.command().isEmpty()) {
            clusterLock.holding(ClusterLock.Key.SEED, () -> writes.commitDurably(this::seedOnce));
        }
    }

    private Void seedOnce() {
        if (SeedRun.findById(SCRIPT) != null) {
            return null;
        }
        String script = readScript();
        boolean empty = Source.count() == 0 && Speaker.count() == 0 && Venue.count() == 0 && Quote.count() == 0;
        int statements = empty ? execute(script) : 0;
        SeedRun run = new SeedRun();
        run.name = SCRIPT;
        run.checksum = sha256(script);
        run.statements = statements;
        run.appliedAt = Instant.now();
        run.persist();
        if (empty) {
            LOG.infof("Seeded the database from %s (%d statements): sources=%d, speakers=%d, venues=%d, quotes=%d",
                    SCRIPT, statements, Source.count(), Speaker.count(), Venue.count(), Quote.count());
        } else {
            LOG.infof("The database already holds data: %s not loaded", SCRIPT);
        }
        return null;
    }

    private int execute(String script) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            int count = 0;
            try (Statement statement = connection.createStatement();
                    ScriptReader reader = new ScriptReader(new StringReader(script))) {
                reader.setSkipRemarks(true);
                for (String sql = reader.readStatement(); sql != null; sql = reader.readStatement()) {
                    if (!sql.isBlank()) {
                        statement.execute(sql);
                        count++;
                    }
                }
            }
            fingerprintQuotes(connection);
            return count;
        });
    }

    /** The script inserts quotes in plain SQL: their duplicate-detection fingerprints are computed here. */
    private static void fingerprintQuotes(Connection connection) throws SQLException {
        try (Statement select = connection.createStatement();
                ResultSet quotes = select.executeQuery("select id, text from quote where text_fingerprint is null");
                PreparedStatement update = connection.prepareStatement(
                        "update quote set text_fingerprint = ? where id = ?")) {
            while (quotes.next()) {
                update.setString(1, TextFingerprint.of(quotes.getString(2)));
                update.setLong(2, quotes.getLong(1));
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static String readScript() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
