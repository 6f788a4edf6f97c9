package org.quotedesk.catalogue;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.List;

/** Ids found by a lookup in SQL: only the ids are read, not whole records. */
public final class RecordIds {

    private RecordIds() {
    }

    /** The ids the query selects (its one column), for its one parameter. */
    public static List<Long> of(String sql, Object parameter) {
        List<?> rows = Panache.getEntityManager().createNativeQuery(sql).setParameter(1, parameter).getResultList();
        return rows.stream().map(id -> ((Number) id).longValue()).toList();
    }
}
