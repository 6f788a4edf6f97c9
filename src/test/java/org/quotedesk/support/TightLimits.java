package org.quotedesk.support;

import java.util.Map;

/**
 * An instance whose cost limits are all spent at once: no public reading of articles allowed, no
 * time to read an article or to search. What the limits do, without making anything slow.
 */
public class TightLimits extends WritableDatabase {

    @Override
    public Map<String, String> getConfigOverrides() {
        return with(Map.of("quotedesk.extraction.max-concurrent", "0", "quotedesk.extraction.time-limit", "0S",
                "quotedesk.search.time-limit", "0S"));
    }
}
