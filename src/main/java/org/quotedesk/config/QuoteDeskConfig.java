package org.quotedesk.config;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;

/** QuoteDesk's own settings, under the {@code quotedesk.} prefix (environment: {@code QUOTEDESK_…}). */
@ConfigMapping(prefix = "quotedesk")
public interface QuoteDeskConfig {

    /** The directory holding everything the application writes: the H2 database and the search index. */
    Path dataDir();
}
