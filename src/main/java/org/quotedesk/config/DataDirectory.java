package org.quotedesk.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Says where the data lives, so that an operator knows what to back up. */
@ApplicationScoped
public class DataDirectory {

    private static final Logger LOG = Logger.getLogger(DataDirectory.class);

    void announce(@Observes StartupEvent event, QuoteDeskConfig config) {
        LOG.infof("QuoteDesk data directory: %s", config.dataDir().toAbsolutePath().normalize());
    }
}
