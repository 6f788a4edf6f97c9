package org.quotedesk.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The database behind a packaged instance started by a test ({@link RunningApp}): the H2 file in its
 * data directory, or, when the suite runs on the PostgreSQL build ({@code quotedesk.it.postgres}, the
 * cluster's base URL), a database of its own for each data directory, so that a restart on the same
 * directory finds its data again, as on H2.
 */
public final class ItDatabase {

    private static final String POSTGRES = blankToNull(System.getProperty("quotedesk.it.postgres"));
    private static final String OPENSEARCH = blankToNull(System.getProperty("quotedesk.it.opensearch"));
    /** The PostgreSQL build's session key, which it takes from the environment only; no secret. */
    public static final String SESSION_KEY = "test-only-session-key-not-a-secret";

    static {
        // Under exec:java (the benchmark) the drivers are on a class loader DriverManager does not
        // search by itself: loading them registers them.
        try {
            Class.forName("org.postgresql.Driver");
            Class.forName("org.h2.Driver");
        } catch (ClassNotFoundException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private ItDatabase() {
    }

    /** Whether the instances keep their database in their data directory (H2), not in PostgreSQL. */
    public static boolean isH2() {
        return POSTGRES == null;
    }

    /** Whether the suite runs on the scale build with OpenSearch: instances on one database may run together. */
    public static boolean hasOpenSearch() {
        return POSTGRES != null && OPENSEARCH != null;
    }

    /**
     * The instance's environment, with the PostgreSQL build's settings when the suite runs on it, and
     * OpenSearch's, with an index alias per database, when it has one.
     */
    static Map<String, String> environment(Map<String, String> environment) {
        if (POSTGRES == null || !environment.containsKey("QUOTEDESK_DATA_DIR")) {
            return environment;
        }
        Map<String, String> all = new HashMap<>(environment);
        all.put("QUARKUS_PROFILE", "pg");
        all.putIfAbsent("QUARKUS_DATASOURCE_JDBC_URL", url(Path.of(environment.get("QUOTEDESK_DATA_DIR"))));
        all.put("QUARKUS_DATASOURCE_USERNAME", "quotedesk");
        if (OPENSEARCH != null) {
            all.putIfAbsent("QUOTEDESK_OPENSEARCH_URL", OPENSEARCH);
            String database = all.get("QUARKUS_DATASOURCE_JDBC_URL");
            all.putIfAbsent("QUOTEDESK_OPENSEARCH_ALIAS", "quotes-" + database.substring(database.lastIndexOf('/') + 1));
        }
        all.putIfAbsent("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", SESSION_KEY);
        return all;
    }

    /**
     * The PostgreSQL database of the instance with this data directory: given in another instance's
     * environment ({@code QUARKUS_DATASOURCE_JDBC_URL}), the two use the same database.
     */
    public static String url(Path dataDir) {
        if (POSTGRES == null) {
            throw new IllegalStateException("The instances run on H2: each has the database of its data directory");
        }
        return POSTGRES + databaseOf(dataDir);
    }

    /** A connection to the database of the instance with this data directory (the instance stopped, on H2). */
    public static Connection connect(Path dataDir) throws SQLException {
        if (POSTGRES == null) {
            return DriverManager.getConnection("jdbc:h2:file:" + dataDir + "/db/quotedesk", "quotedesk", "");
        }
        return DriverManager.getConnection(url(dataDir), "quotedesk", "");
    }

    /**
     * Forgets what an instance with this data directory kept outside it, for a run that starts anew
     * on a directory used before: its PostgreSQL database and the OpenSearch indexes behind its alias.
     */
    public static void forget(Path dataDir) throws Exception {
        if (POSTGRES == null) {
            return;
        }
        deleteIndex(dataDir);
        String name = databaseName(dataDir);
        try (Connection cluster = DriverManager.getConnection(POSTGRES + "quotedesk", "quotedesk", "");
                Statement drop = cluster.createStatement()) {
            drop.execute("drop database if exists " + name + " with (force)");
        }
    }

    /** Bytes the instance's records take: the H2 files, or its PostgreSQL database. */
    public static long databaseBytes(Path dataDir) throws Exception {
        if (POSTGRES == null) {
            return sizeOf(dataDir.resolve("db"));
        }
        try (Connection db = connect(dataDir); Statement size = db.createStatement();
                ResultSet rs = size.executeQuery("select pg_database_size(current_database())")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Bytes its search index takes: the embedded index's files, or OpenSearch's primary store. */
    public static long indexBytes(Path dataDir) throws Exception {
        if (!hasOpenSearch()) {
            return sizeOf(dataDir.resolve("index"));
        }
        String stats = openSearch("GET", alias(dataDir) + "/_stats/store");
        var primaries = new com.fasterxml.jackson.databind.ObjectMapper().readTree(stats).path("_all").path("primaries");
        return primaries.path("store").path("size_in_bytes").asLong();
    }

    /** Deletes its search index, which its next start rebuilds from the records. */
    public static void deleteIndex(Path dataDir) throws Exception {
        if (!hasOpenSearch()) {
            deleteRecursively(dataDir.resolve("index"));
            return;
        }
        openSearch("DELETE", alias(dataDir) + "-*");
    }

    private static String alias(Path dataDir) {
        return "quotes-" + databaseName(dataDir);
    }

    private static String openSearch(String method, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(OPENSEARCH
                + "/" + path)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300 && response.statusCode() != 404) {
            throw new IllegalStateException("OpenSearch answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static long sizeOf(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            long total = 0;
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                total += Files.size(file);
            }
            return total;
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static String databaseName(Path dataDir) {
        return "it_" + HexFormat.of().formatHex(sha256(dataDir.toAbsolutePath().normalize().toString()), 0, 10);
    }

    /** Creates the data directory's database when it has none yet; returns its name. */
    private static String databaseOf(Path dataDir) {
        String name = databaseName(dataDir);
        try (Connection cluster = DriverManager.getConnection(POSTGRES + "quotedesk", "quotedesk", "");
                PreparedStatement exists = cluster.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery(); Statement create = cluster.createStatement()) {
                if (!rs.next()) {
                    create.execute("create database " + name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not make the database of " + dataDir, e);
        }
        return name;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
