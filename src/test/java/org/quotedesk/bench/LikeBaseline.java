package org.quotedesk.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The same queries answered the naive way, straight from the H2 database with LIKE scans: the exact
 * total, speaker and year counts over all matches, and the first 20 by date with their text.
 */
final class LikeBaseline implements ConcurrentRun.Client<BenchQuery>, AutoCloseable {

    private final String url;
    private final Map<String, Long> speakerIds = new HashMap<>();
    private final List<Connection> opened = Collections.synchronizedList(new ArrayList<>());
    private final ThreadLocal<Connection> connection = new ThreadLocal<>();

    LikeBaseline(Path dataDir) throws SQLException {
        url = "jdbc:h2:file:" + dataDir.resolve("db/quotedesk").toAbsolutePath();
        try (Connection db = connect(); ResultSet rows = db.createStatement().executeQuery("select id, name from speaker")) {
            while (rows.next()) {
                speakerIds.put(rows.getString(2), rows.getLong(1));
            }
        }
    }

    @Override
    public long ask(BenchQuery query) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        Connection db = connection();
        long total = 0;
        // Both facets and the total from one grouped scan; the page of 20 from a second.
        Map<Long, Long> bySpeaker = new HashMap<>();
        Map<Integer, Long> byYear = new HashMap<>();
        try (PreparedStatement facets = prepare(db, "select speaker_id, extract(year from spoken_on), count(*)"
                + " from quote where " + where + " group by speaker_id, extract(year from spoken_on)", params);
                ResultSet rows = facets.executeQuery()) {
            while (rows.next()) {
                long count = rows.getLong(3);
                total += count;
                bySpeaker.merge(rows.getLong(1), count, Long::sum);
                byYear.merge(rows.getInt(2), count, Long::sum);
            }
        }
        try (PreparedStatement top = prepare(db, "select id, text, spoken_on from quote where " + where
                + " order by spoken_on, id limit 20", params);
                ResultSet rows = top.executeQuery()) {
            while (rows.next()) {
                rows.getString(2);
            }
        }
        return total;
    }

    private String where(BenchQuery query, List<Object> params) {
        List<String> likes = new ArrayList<>();
        for (String term : query.terms()) {
            likes.add("lower(text) like ?");
            params.add("%" + term.toLowerCase() + "%");
        }
        StringBuilder where = new StringBuilder("(").append(String.join(query.or() ? " or " : " and ", likes))
                .append(")");
        if (query.speaker() != null) {
            where.append(" and speaker_id = ?");
            params.add(speakerIds.getOrDefault(query.speaker(), -1L));
        }
        if (query.from() != null) {
            where.append(" and spoken_on between ? and ?");
            params.add(Date.valueOf(query.from()));
            params.add(Date.valueOf(query.to()));
        }
        return where.toString();
    }

    private static PreparedStatement prepare(Connection db, String sql, List<Object> params) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
        return statement;
    }

    private Connection connection() throws SQLException {
        if (connection.get() == null) {
            connection.set(connect());
        }
        return connection.get();
    }

    private Connection connect() throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", "quotedesk");
        // The driver directly: exec:java's class loader hides it from DriverManager.
        Connection db = new org.h2.Driver().connect(url, credentials);
        opened.add(db);
        return db;
    }

    @Override
    public void close() throws SQLException {
        for (Connection db : opened) {
            db.close();
        }
    }
}
