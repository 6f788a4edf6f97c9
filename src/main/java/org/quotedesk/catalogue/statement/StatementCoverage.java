package org.quotedesk.catalogue.statement;

import static io.quarkus.hibernate.orm.panache.Panache.getEntityManager;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How widely a statement was reported: in how many quotes, by how many outlets (distinct publishers, or a source's title
 * when it names none), and which outlet reported it first and when: the earliest publication, then
 * the quote stored first, as the statement's reports are ordered. Read for a page of statements at
 * once, in one query each, never per statement. Call inside a transaction.
 */
public record StatementCoverage(long statementId, long reports, long outlets, String firstOutlet, LocalDate firstOn) {

    private static final String OUTLET = "coalesce(s.publisher, s.title)";
    private static final String REPORTS = " from quote q join source s on s.id = q.source_id"
            + " where q.statement_id in (:ids)";

    /** How many quotes report each of these statements now; a statement no quote reports is left out. */
    public static Map<Long, Long> reportCounts(Collection<Long> statementIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (statementIds.isEmpty()) {
            return counts;
        }
        List<?> rows = getEntityManager().createNativeQuery("select statement_id, count(*) from quote"
                + " where statement_id in (:ids) group by statement_id").setParameter("ids", statementIds)
                .getResultList();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            counts.put(((Number) c[0]).longValue(), ((Number) c[1]).longValue());
        }
        return counts;
    }

    /**
     * The coverage of each of these statements that quotes report. Three grouped queries: H2 answered
     * the same with a window function (the first report of each statement) five times slower.
     */
    public static Map<Long, StatementCoverage> of(Collection<Long> statementIds) {
        Map<Long, StatementCoverage> coverage = new HashMap<>();
        if (statementIds.isEmpty()) {
            return coverage;
        }
        record Counts(long reports, long outlets, LocalDate firstOn, long firstStored) {
        }
        Map<Long, Counts> counts = new HashMap<>();
        for (Object[] c : rows("select q.statement_id, count(*), count(distinct lower(" + OUTLET + ")),"
                + " min(s.published_on), min(q.id)" + REPORTS + " group by q.statement_id", statementIds)) {
            counts.put(((Number) c[0]).longValue(), new Counts(((Number) c[1]).longValue(),
                    ((Number) c[2]).longValue(), date(c[3]), ((Number) c[4]).longValue()));
        }
        // The first report: the earliest publication, then the quote stored first; with no date at all, the first stored.
        Map<Long, Long> firstReport = new HashMap<>();
        counts.forEach((statement, c) -> firstReport.put(statement, c.firstStored()));
        for (Object[] c : rows("select q.statement_id, s.published_on, min(q.id)" + REPORTS
                + " and s.published_on is not null group by q.statement_id, s.published_on", statementIds)) {
            long statement = ((Number) c[0]).longValue();
            if (date(c[1]).equals(counts.get(statement).firstOn())) {
                firstReport.put(statement, ((Number) c[2]).longValue());
            }
        }
        Map<Long, String> outletOf = new HashMap<>();
        for (Object[] c : rows("select q.id, " + OUTLET + " from quote q join source s on s.id = q.source_id"
                + " where q.id in (:ids)", firstReport.values())) {
            outletOf.put(((Number) c[0]).longValue(), (String) c[1]);
        }
        counts.forEach((statement, c) -> coverage.put(statement, new StatementCoverage(statement, c.reports(),
                c.outlets(), outletOf.get(firstReport.get(statement)), c.firstOn())));
        return coverage;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(String sql, Collection<Long> ids) {
        return getEntityManager().createNativeQuery(sql).setParameter("ids", ids).getResultList();
    }

    private static LocalDate date(Object value) {
        return value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
