package org.quotedesk.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Moves an instance from H2 to PostgreSQL without losing anything: every row of every table of an
 * H2 data directory (records with or without quotes, accounts, the audit trail, imported articles
 * and their review state) is copied, ids included, into an empty PostgreSQL database that has the
 * schema, in one transaction: a copy that fails leaves the target as empty as it was. The search
 * outbox is not copied: the new instance builds its index from the records.
 */
@ApplicationScoped
public class DatabaseCopy {

    /** Every table, in an order that satisfies the foreign keys between them. */
    static final List<String> TABLES = List.of("seed_run", "audit_entry", "app_user", "speaker", "speaker_alias",
            "venue", "source", "quote", "article_import", "review_candidate");
    /** Not copied: what the new instance rebuilds, Flyway's own, or failed sign-ins of the last minutes. */
    private static final Set<String> LEFT_OUT = Set.of("search_outbox", "flyway_schema_history", "sign_in_throttle");
    private static final int ROWS_PER_BATCH = 1_000;

    @Inject
    DataSource database;

    /** Copies the H2 database of {@code h2DataDir} (QuoteDesk stopped) into this instance's database. */
    public Map<String, Long> copyFrom(Path h2DataDir) throws SQLException {
        return copyFrom(h2DataDir, database);
    }

    /** Copies the H2 database of {@code h2DataDir} into {@code target}; returns the rows of each table. */
    public static Map<String, Long> copyFrom(Path h2DataDir, DataSource target) throws SQLException {
        Path file = h2DataDir.resolve("db").resolve("quotedesk.mv.db");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No QuoteDesk database in " + h2DataDir + " (looked for " + file + ")");
        }
        String url = "jdbc:h2:file:" + h2DataDir.toAbsolutePath().resolve("db").resolve("quotedesk")
                + ";ACCESS_MODE_DATA=r";
        try (Connection from = DriverManager.getConnection(url, "quotedesk", "");
                Connection to = target.getConnection()) {
            return copy(from, to);
        }
    }

    /** Copies every table of {@code from} into the empty tables of {@code to}. */
    static Map<String, Long> copy(Connection from, Connection to) throws SQLException {
        checkTables(to);
        for (String table : TABLES) {
            if (count(to, table) > 0) {
                throw new IllegalStateException("The target database is not empty: " + table
                        + " holds rows. Copy into a new database, after one start of the PostgreSQL build has made"
                        + " its schema.");
            }
        }
        boolean autoCommit = to.getAutoCommit();
        to.setAutoCommit(false);
        Map<String, Long> copied = new LinkedHashMap<>();
        try {
            for (String table : TABLES) {
                List<String> columns = columns(to, table);
                copied.put(table, copyTable(from, to, table, columns));
                if (columns.contains("id")) {
                    restartIdentity(to, table);
                }
            }
            restartStatementNumbers(to);
            to.commit();
        } finally {
            to.setAutoCommit(autoCommit);
        }
        for (String table : TABLES) {
            long there = count(to, table);
            if (there != copied.get(table)) {
                throw new IllegalStateException(table + ": " + copied.get(table) + " rows copied, " + there + " found");
            }
        }
        return copied;
    }

    /** A table the list does not know would be left behind: refuse rather than lose it. */
    private static void checkTables(Connection to) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (ResultSet rs = to.getMetaData().getTables(null, to.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase());
            }
        }
        tables.removeAll(LEFT_OUT);
        if (!tables.equals(new TreeSet<>(TABLES))) {
            throw new IllegalStateException("The target's tables " + tables + " are not the ones this copy knows "
                    + TABLES + ": is its schema of this version of QuoteDesk?");
        }
    }

    private static long copyTable(Connection from, Connection to, String table, List<String> columns)
            throws SQLException {
        String list = String.join(", ", columns);
        String insert = "insert into " + table + " (" + list + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        long rows = 0;
        try (Statement select = from.createStatement();
                ResultSet rs = select.executeQuery("select " + list + " from " + table);
                PreparedStatement ps = to.prepareStatement(insert)) {
            while (rs.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    ps.setObject(i, plain(rs.getObject(i)));
                }
                ps.addBatch();
                rows++;
                if (rows % ROWS_PER_BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        return rows;
    }

    /** H2 hands long text as a CLOB; PostgreSQL would store a CLOB as a large object, not as text. */
    private static Object plain(Object value) throws SQLException {
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        return value;
    }

    /** The target's columns that take a value: generated ones (the lower-case name keys) are left out. */
    private static List<String> columns(Connection to, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement ps = to.prepareStatement("select column_name from information_schema.columns"
                + " where table_schema = current_schema() and table_name = ? and is_generated = 'NEVER'"
                + " order by ordinal_position")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    /** Ids were copied as they were: the next one the database gives must come after them. */
    private static void restartIdentity(Connection to, String table) throws SQLException {
        try (Statement statement = to.createStatement()) {
            statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select coalesce(max(id), 0)"
                    + " + 1 from " + table + "), false)");
        }
    }

    /** Statement numbers were copied on the quotes: a new statement must get a number none of them has. */
    private static void restartStatementNumbers(Connection to) throws SQLException {
        try (Statement statement = to.createStatement()) {
            statement.execute("select setval('statement_id_seq', (select coalesce(max(statement_id), 0) + 1 from quote),"
                    + " false)");
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
