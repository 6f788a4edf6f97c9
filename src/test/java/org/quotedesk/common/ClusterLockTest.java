package org.quotedesk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Work under one key runs once at a time, in this process and, on PostgreSQL, across instances. */
@QuarkusTest
class ClusterLockTest {

    @Inject
    ClusterLock lock;

    @Inject
    DataSource dataSource;

    @Inject
    DatabaseKind database;

    @Test
    void theWorkOfOneKeyNeverOverlaps() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Future<?>> works = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            works.add(pool.submit(() -> lock.holding(ClusterLock.Key.SEARCH_INDEX, () -> {
                most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                sleep(20);
                inside.decrementAndGet();
            })));
        }
        for (Future<?> work : works) {
            work.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(most).hasValue(1);
    }

    /** Another session holding the advisory lock is what another instance looks like to this one. */
    @Test
    void onPostgreSQLTheWorkWaitsWhileAnotherInstanceHoldsTheKey() throws Exception {
        assumeFalse(database.isEmbeddedH2(), "PostgreSQL only: H2 has a single process");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection otherInstance = dataSource.getConnection(); Statement statement = otherInstance.createStatement()) {
            statement.execute("select pg_advisory_lock(" + ClusterLock.Key.SEED.id + ")");
            Future<Boolean> work = pool.submit(() -> lock.holding(ClusterLock.Key.SEED, () -> true));
            sleep(500);
            assertThat(work).isNotDone();
            statement.execute("select pg_advisory_unlock(" + ClusterLock.Key.SEED.id + ")");
            assertThat(work.get(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    /** How an instance's outbox batches stay out of the way of another instance's rebuild of the shared index. */
    @Test
    void onPostgreSQLTheKeyIsNotSharedWhileAnotherInstanceHoldsIt() throws Exception {
        assumeFalse(database.isEmbeddedH2(), "PostgreSQL only: H2 has a single process");
        long key = ClusterLock.Key.SEARCH_INDEX.id;
        try (Connection otherInstance = dataSource.getConnection(); Statement statement = otherInstance.createStatement()) {
            statement.execute("select pg_advisory_lock(" + key + ")");
            assertThat(sharedInATransaction()).isFalse();
            statement.execute("select pg_advisory_unlock(" + key + ")");
            assertThat(sharedInATransaction()).isTrue();
        }
    }

    private boolean sharedInATransaction() {
        return QuarkusTransaction.requiringNew().call(() -> lock.sharedUnlessHeld(ClusterLock.Key.SEARCH_INDEX));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
