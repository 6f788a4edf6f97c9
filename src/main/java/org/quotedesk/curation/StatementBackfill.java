package org.quotedesk.curation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import org.jboss.logging.Logger;
import org.quotedesk.catalogue.RecordChanged;
import org.quotedesk.catalogue.history.RecordType;
import org.quotedesk.catalogue.statement.StatementStore;
import org.quotedesk.catalogue.statement.StatementStore.Report;
import org.quotedesk.common.ClusterLock;
import org.quotedesk.common.QuoteDeskConfig;
import org.quotedesk.common.Writes;

/**
 * Links the quotes no statement holds yet (the seed, loaded as SQL, and every quote stored before
 * statements existed) at start, in id order, a batch per transaction, once the search index is open;
 * their documents are then indexed again with their statements. One instance does it; the others
 * wait for it.
 */
@ApplicationScoped
public class StatementBackfill {

    /** After the search index has opened (or been rebuilt): linking finds candidates through it. */
    static final int STARTUP_PRIORITY = Interceptor.Priority.APPLICATION + 150;

    private static final Logger LOG = Logger.getLogger(StatementBackfill.class);
    private static final int BATCH = 500;

    @Inject
    StatementLinker linker;

    @Inject
    ClusterLock cluster;

    @Inject
    Writes writes;

    @Inject
    Event<RecordChanged> changes;

    void onStart(@Observes @Priority(STARTUP_PRIORITY) StartupEvent event, QuoteDeskConfig config) {
        if (config.command().isEmpty()) {
            cluster.holding(ClusterLock.Key.STATEMENTS, this::linkAll);
        }
    }

    /** Links every unlinked quote; returns how many. */
    public long linkAll() {
        long linked = 0;
        while (true) {
            int done = QuarkusTransaction.requiringNew().call(this::linkBatch);
            if (done == 0) {
                break;
            }
            linked += done;
            writes.announce();
            if (linked % 50_000 < BATCH) {
                LOG.infof("Statements: %d quotes stored before statements linked so far", linked);
            }
        }
        if (linked > 0) {
            LOG.infof("Statements: %d quotes linked", linked);
        }
        return linked;
    }

    private int linkBatch() {
        List<Long> ids = StatementStore.unlinked(BATCH);
        for (Report report : StatementStore.byIds(ids)) {
            linker.link(report.id(), report.speakerId(), report.text());
            changes.fire(new RecordChanged(RecordType.QUOTE, report.id()));
        }
        return ids.size();
    }
}
