package org.quotedesk.catalogue.statement;

import static io.quarkus.hibernate.orm.panache.Panache.getEntityManager;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.quotedesk.catalogue.quote.StatementRef;

/**
 * Where statements live in the database: a quote's {@code statement_id}, {@code statement_pinned} and
 * {@code wording_hash}. Plain SQL, because an import's quotes are inserted in bulk and never become
 * entities. Call inside a transaction.
 */
public final class StatementStore {

    /** A quote as statement linking sees it. */
    public record Report(long id, long speakerId, Long statementId, boolean pinned, String text) {
    }

    private static final int IN_LIST = 500;

    private static final String REPORT_COLUMNS = "select id, speaker_id, statement_id, statement_pinned, text from quote ";

    private StatementStore() {
    }

    /** The reports of a statement, first stored first, at most {@code limit}. */
    public static List<Report> reportsOf(long statementId, int limit) {
        return reports(em().createNativeQuery(REPORT_COLUMNS + "where statement_id = :statement order by id")
                .setParameter("statement", statementId).setMaxResults(limit).getResultList());
    }

    /** The statements of these quotes, by quote id; a quote that is gone or not linked yet is absent. */
    public static Map<Long, StatementRef> refsOf(List<Long> quoteIds) {
        Map<Long, Long> statementOf = new HashMap<>();
        for (int from = 0; from < quoteIds.size(); from += IN_LIST) {
            List<?> rows = em().createNativeQuery("select id, statement_id from quote where id in (:ids)"
                    + " and statement_id is not null")
                    .setParameter("ids", quoteIds.subList(from, Math.min(quoteIds.size(), from + IN_LIST)))
                    .getResultList();
            for (Object row : rows) {
                Object[] c = (Object[]) row;
                statementOf.put(((Number) c[0]).longValue(), ((Number) c[1]).longValue());
            }
        }
        Map<Long, Long> reports = StatementCoverage.reportCounts(statementOf.values());
        Map<Long, StatementRef> refs = new HashMap<>();
        statementOf.forEach((quote, statement) ->
                refs.put(quote, new StatementRef(statement, reports.getOrDefault(statement, 1L))));
        return refs;
    }

    /** Up to {@code limit} quotes that no statement holds yet, by id. */
    public static List<Long> unlinked(int limit) {
        List<?> ids = em().createNativeQuery("select id from quote where statement_id is null order by id")
                .setMaxResults(limit).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    public static List<Report> byIds(List<Long> ids) {
        List<Report> reports = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            reports.addAll(reports(em().createNativeQuery(REPORT_COLUMNS + "where id in (:ids) order by id")
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IN_LIST))).getResultList()));
        }
        return reports;
    }

    /** Puts the quote in the statement; {@code pinned}: by an editor's hand, so relinking leaves it there. */
    public static void assign(long quoteId, long statementId, boolean pinned, Long wordingHash) {
        em().createNativeQuery("update quote set statement_id = :statement, statement_pinned = :pinned,"
                + " wording_hash = :hash where id = :quote").setParameter("statement", statementId)
                .setParameter("pinned", pinned).setParameter("hash", wordingHash).setParameter("quote", quoteId)
                .executeUpdate();
    }

    /** A number no statement has had. */
    public static long newStatementId() {
        Dialect dialect = em().getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices()
                .getDialect();
        String next = dialect.getSequenceSupport().getSequenceNextValString("statement_id_seq");
        return ((Number) em().createNativeQuery(next).getSingleResult()).longValue();
    }

    private static List<Report> reports(List<?> rows) {
        List<Report> reports = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            reports.add(new Report(((Number) c[0]).longValue(), ((Number) c[1]).longValue(),
                    c[2] == null ? null : ((Number) c[2]).longValue(), Boolean.TRUE.equals(c[3]), (String) c[4]));
        }
        return reports;
    }

    private static EntityManager em() {
        return getEntityManager();
    }
}
