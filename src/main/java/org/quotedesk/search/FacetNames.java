package org.quotedesk.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.quotedesk.catalogue.RecordNames;

/**
 * Names of the speakers and venues that facets count by id, kept between searches. Any change to
 * the index may come from a renamed speaker or venue, so the names are forgotten whenever the
 * index changes.
 */
@ApplicationScoped
class FacetNames {

    @Inject
    SearchIndex index;

    private final Map<Long, String> speakers = new ConcurrentHashMap<>();
    private final Map<Long, String> venues = new ConcurrentHashMap<>();
    private volatile long generation = -1;

    /** Names not yet known are read from the database, in the caller's transaction or one of their own. */
    Map<Long, String> speakers(List<Long> ids) {
        forgetIfIndexChanged();
        return known(speakers, ids, missing -> RecordNames.of("Speaker", "name", missing));
    }

    Map<Long, String> venues(List<Long> ids) {
        forgetIfIndexChanged();
        return known(venues, ids, missing -> RecordNames.of("Venue", "name", missing));
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
            java.util.function.Function<List<Long>, Map<Long, String>> load) {
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
