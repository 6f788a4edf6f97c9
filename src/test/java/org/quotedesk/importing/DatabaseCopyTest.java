package org.quotedesk.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Moving an instance from H2 to PostgreSQL loses nothing: an H2 database with the seed, an account,
 * an alias, a speaker without quotes, a long audit entry and review state is copied into a new
 * PostgreSQL database, and every row of every table reads the same on both sides. Runs in the
 * PostgreSQL suite ({@code bin/verify}'s second run).
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "quarkus.test.profile", matches = ".*\\bpg\\b.*")
class DatabaseCopyTest {

    private static final String MIGRATIONS = "filesystem:src/main/resources/db/migration/";

    @Inject
    DataSource database;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @Test
    void everyRowOfEveryTableArrivesAndNewIdsComeAfterTheCopiedOnes() throws Exception {
        Path dataDir = Path.of("target", "test-data", "copy-" + UUID.randomUUID()).toAbsolutePath();
        String h2 = "jdbc:h2:file:" + dataDir.resolve("db").resolve("quotedesk");
        Files.createDirectories(dataDir.resolve("db"));
        Flyway.configure().dataSource(h2, "quotedesk", "").locations(MIGRATIONS + "common", MIGRATIONS + "h2")
                .load().migrate();
        try (Connection c = DriverManager.getConnection(h2, "quotedesk", ""); Statement s = c.createStatement()) {
            s.execute("runscript from '" + Path.of("import.sql").toAbsolutePath() + "'");
            s.execute("insert into seed_run (name, checksum, statements) values ('import.sql', '" + "ab".repeat(32)
                    + "', 47)");
            s.execute("insert into app_user (username, password, roles, enabled, session_epoch)"
                    + " values ('editor-one', '$2a$10$abcdefghijklmnopqrstuuv0123456789abcdefghijklmnopqrs', 'editor',"
                    + " false, 3)");
            s.execute("insert into speaker (name, kind) values ('Nobody Quoted Yet', 'PERSON')");
            s.execute("insert into speaker_alias (speaker_id, alias) select id, 'N. Q. Yet' from speaker"
                    + " where name = 'Nobody Quoted Yet'");
            s.execute("insert into audit_entry (at, username, action, record_type, record_id, label, changes,"
                    + " restore_data) values (timestamp with time zone '2026-11-30 10:15:00+01', 'admin', 'DELETE',"
                    + " 'QUOTE', 7, 'a deleted quote', '[{\"field\":\"text\",\"old\":\"" + "long ".repeat(20_000)
                    + "\"}]', '{\"text\":\"restored\"}')");
            s.execute("insert into article_import (source_id, imported_by, imported_at)"
                    + " select min(id), 'admin', current_timestamp from source");
            s.execute("insert into review_candidate (source_id, origin, status, start_offset, end_offset, text, type,"
                    + " speaker_name, date_precision, confidence) select min(id), 'EXTRACTED', 'PENDING', 0, 5,"
                    + " 'Hello', 'DIRECT', 'Someone', 'UNKNOWN', 0.75 from source");
            s.execute("insert into search_outbox (quote_id) values (1)");
            s.execute("shutdown");
        }
        PGSimpleDataSource target = freshDatabase();
        Flyway.configure().dataSource(target).locations(MIGRATIONS + "common", MIGRATIONS + "postgresql").load()
                .migrate();

        Map<String, Long> copied = DatabaseCopy.copyFrom(dataDir, target);

        try (Connection from = DriverManager.getConnection(h2 + ";ACCESS_MODE_DATA=r", "quotedesk", "");
                Connection to = target.getConnection()) {
            for (String table : DatabaseCopy.TABLES) {
                List<List<String>> there = rows(to, table);
                assertThat(there).as(table).isEqualTo(rows(from, table));
                assertThat(copied.get(table)).as(table).isEqualTo((long) there.size());
            }
            assertThat(copied.get("quote")).isEqualTo(43L);
            assertThat(copied.get("audit_entry")).isEqualTo(1L);
            assertThat(rows(to, "search_outbox")).isEmpty();
            try (Statement s = to.createStatement()) {
                s.execute("insert into speaker (name, kind) values ('Added after the move', 'PERSON')");
                ResultSet ids = s.executeQuery("select max(id) filter (where name = 'Added after the move'),"
                        + " max(id) filter (where name <> 'Added after the move') from speaker");
                ids.next();
                assertThat(ids.getLong(1)).isGreaterThan(ids.getLong(2));
            }
        }
        assertThatThrownBy(() -> DatabaseCopy.copyFrom(dataDir, target)).hasMessageContaining("not empty");
    }

    private PGSimpleDataSource freshDatabase() throws SQLException {
        String name = "quotedesk_copy_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        PGSimpleDataSource target = new PGSimpleDataSource();
        target.setUrl(url.substring(0, url.lastIndexOf('/') + 1) + name);
        target.setUser("quotedesk");
        return target;
    }

    /** Every row, each value written the same way whichever database it came from, in one order. */
    private static List<List<String>> rows(Connection connection, String table) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select * from " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.add(meta.getColumnLabel(i).toLowerCase() + "=" + normal(rs.getObject(i)));
                }
                row.sort(Comparator.naturalOrder());
                rows.add(row);
            }
        }
        rows.sort(Comparator.comparing(Object::toString));
        return rows;
    }

    private static String normal(Object value) throws SQLException {
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant().toString();
        }
        return String.valueOf(value);
    }
}
