package org.quotedesk.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.quotedesk.catalogue.quote.Quote;
import org.quotedesk.common.ClusterLock;
import org.quotedesk.common.QuoteDeskConfig;
import org.quotedesk.support.KeyHeldElsewhere;
import org.quotedesk.support.Seed;

/**
 * Two instances starting together on an empty database: the seed waits while the other holds its
 * key, and then, finding the other's marker, loads nothing more.
 */
@QuarkusTest
class SeedOnceTest {

    @Inject
    SeedDataLoader loader;

    @Inject
    ClusterLock lock;

    @Inject
    QuoteDeskConfig config;

    @Test
    void theSeedWaitsForTheInstanceSeedingAndLoadsNothingMore() throws Exception {
        try (KeyHeldElsewhere otherInstance = new KeyHeldElsewhere(lock, ClusterLock.Key.SEED)) {
            otherInstance.holdsBack(() -> loader.onStart(null, config));
        }
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(SeedRun.count()).isEqualTo(1);
            assertThat(Quote.count()).isEqualTo(Seed.QUOTES);
        });
    }
}
