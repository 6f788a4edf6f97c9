package org.quotedesk.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.quotedesk.catalogue.RecordNames;

/**
 * Names of the speakers and venues that facets count by id. The embedded index keeps them between
 * searches and forgets them whenever it changes (a change may come from a renamed speaker). A
 * shared index is changed by other instances too, which this one does not hear of: every search
 * reads its names (one query by primary key for at most 40 ids), so none is ever stale.
 */
@ApplicationScoped
class FacetNames {

    @Inject
    QuoteIndex index;

    private final Map<Long, String> speakers = new ConcurrentHashMap<>();
    private final Map<Long, String> venues = new ConcurrentHashMap<>();
    private volatile long generation = -1;

    /** Names not yet known are read from the database, in the caller's transaction or one of their own. */
    Map<Long, String> speakers(List<Long> ids) {
        return names(speakers, ids, missing -> RecordNames.of("Speaker", "name", missing));
    }

    Map<Long, String> venues(List<Long> ids) {
        return names(venues, ids, missing -> RecordNames.of("Venue", "name", missing));
    }

    private Map<Long, String> names(Map<Long, String> cache, List<Long> ids,
            Function<List<Long>, Map<Long, String>> load) {
        if (index.shared()) {
            return ids.isEmpty() ? Map.of() : QuarkusTransaction.joiningExisting().call(() -> load.apply(ids));
        }
        forgetIfIndexChanged();
        return known(cache, ids, load);
    }

    private void forgetIfIndexChanged() {
        long current = index.generation();
        if (current != generation) {
            speakers.clear();
            venues.clear();
            generation = current;
        }
    }

    private static Map<Long, String> known(Map<Long, String> cache, List<Long> ids,
            Function<List<Long>, Map<Long, String>> load) {
        List<Long> missing = new ArrayList<>();
        for (Long id : ids) {
            if (!cache.containsKey(id)) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            cache.putAll(QuarkusTransaction.joiningExisting().call(() -> load.apply(missing)));
        }
        return cache;
    }
}
