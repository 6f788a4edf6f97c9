package org.quotedesk.catalogue;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The names of records by id, for lists that hold ids: facets, filters. */
public final class RecordNames {

    private RecordNames() {
    }

    /**
     * The {@code nameField} ("name", "title") of the records of this entity with these ids; an id with
     * no record is absent.
     */
    public static Map<Long, String> of(String entityName, String nameField, Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            Panache.getEntityManager().createQuery("select e.id, e." + nameField + " from " + entityName
                    + " e where e.id in :ids", Object[].class).setParameter("ids", ids).getResultList()
                    .forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }
}
