package org.quotedesk.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * For tests that write: their own application instance on a fresh data directory, so that the
 * read-only tests keep seeing exactly the seed. Tests under this profile share it, so they assert
 * on what they create, not on global totals.
 */
public class WritableDatabase implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quotedesk.data-dir", "./target/test-data/writable-" + UUID.randomUUID());
    }

    /** A profile of its own on a fresh data directory, with these settings too. */
    protected Map<String, String> with(Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(settings);
        all.put("quotedesk.data-dir", "./target/test-data/" + getClass().getSimpleName() + "-" + UUID.randomUUID());
        return all;
    }
}
