package org.quotedesk.curation;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.sql.Types;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;
import org.quotedesk.catalogue.quote.Quote;

/**
 * Quotes written in bulk: checked like any other by {@link Quotes}, then inserted a chunk at a time
 * in one JDBC batch. Hibernate cannot batch inserts into a table whose ids the database makes, and
 * one statement per quote was what made an import slow.
 */
final class QuoteRows {

    private static final String INSERT = "insert into quote (text, type, speaker_id, venue_id, spoken_on,"
            + " date_precision, source_id, start_offset, end_offset, reported_via, status, language, translated,"
            + " notes, text_fingerprint, import_entry_id, status_set_by, status_set_at, status_evidence, statement_id,"
            + " wording_hash, spoken_until) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private QuoteRows() {
    }

    /**
     * Inserts the quotes (not persisted; references stored, fingerprints and statements set) in the
     * current transaction, and sets their ids.
     */
    static void insert(List<Quote> quotes) {
        Session session = Quote.getEntityManager().unwrap(Session.class);
        session.flush();
        session.doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT, new String[] {"id"})) {
                for (Quote q : quotes) {
                    insert.setString(1, q.text);
                    insert.setString(2, q.type.name());
                    insert.setLong(3, q.speaker.id);
                    setLong(insert, 4, q.venue == null ? null : q.venue.id);
                    insert.setDate(5, q.spokenOn == null ? null : Date.valueOf(q.spokenOn));
                    insert.setString(6, q.datePrecision.name());
                    insert.setLong(7, q.source.id);
                    setInt(insert, 8, q.startOffset);
                    setInt(insert, 9, q.endOffset);
                    insert.setString(10, q.reportedVia);
                    insert.setString(11, q.status.name());
                    insert.setString(12, q.language);
                    insert.setBoolean(13, q.translated);
                    insert.setString(14, q.notes);
                    insert.setString(15, q.textFingerprint);
                    setLong(insert, 16, q.importEntry);
                    insert.setString(17, q.statusSetBy);
                    insert.setObject(18, q.statusSetAt == null ? null : q.statusSetAt.atOffset(ZoneOffset.UTC));
                    insert.setString(19, q.statusEvidence);
                    insert.setLong(20, q.statementId);
                    insert.setLong(21, q.wordingHash);
                    insert.setDate(22, q.spokenUntil == null ? null : Date.valueOf(q.spokenUntil));
                    insert.addBatch();
                }
                insert.executeBatch();
                try (ResultSet ids = insert.getGeneratedKeys()) {
                    for (Quote q : quotes) {
                        if (!ids.next()) {
                            throw new IllegalStateException("The database gave fewer ids than quotes inserted");
                        }
                        q.id = ids.getLong(1);
                    }
                }
            }
        });
    }

    /** What identifies each stored quote of a source as a duplicate: its speaker and fingerprint. */
    static Set<String> keysOf(long sourceId) {
        Set<String> keys = new HashSet<>();
        List<?> rows = Quote.getEntityManager()
                .createNativeQuery("select speaker_id, text_fingerprint from quote where source_id = ?1")
                .setParameter(1, sourceId).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            keys.add(key(((Number) columns[0]).longValue(), (String) columns[1]));
        }
        return keys;
    }

    static String key(long speakerId, String fingerprint) {
        return speakerId + "|" + fingerprint;
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    private static void setInt(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }
}
