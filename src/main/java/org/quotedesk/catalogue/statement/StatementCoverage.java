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

    /** The coverage of each of these statements that quotes report. */
    public static Map<Long, StatementCoverage> of(Collection<Long> statementIds) {
        Map<Long, StatementCoverage> coverage = new HashMap<>();
        if (statementIds.isEmpty()) {
            return coverage;
        }
        List<?> rows = getEntityManager().createNativeQuery("select f.statement_id, o.reports, o.outlets,"
                + " f.outlet, f.published_on from (select q.statement_id, " + OUTLET + " as outlet, s.published_on,"
                + " row_number() over (partition by q.statement_id order by s.published_on nulls last, q.id)"
                + " as position" + REPORTS + ") f join (select q.statement_id, count(distinct lower(" + OUTLET
                + ")) as outlets, count(*) as reports" + REPORTS + " group by q.statement_id) o on o.statement_id = f.statement_id"
                + " where f.position = 1").setParameter("ids", statementIds).getResultList();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            long id = ((Number) c[0]).longValue();
            coverage.put(id, new StatementCoverage(id, ((Number) c[1]).longValue(), ((Number) c[2]).longValue(),
                    (String) c[3], date(c[4])));
        }
        return coverage;
    }

    private static LocalDate date(Object value) {
        return value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
