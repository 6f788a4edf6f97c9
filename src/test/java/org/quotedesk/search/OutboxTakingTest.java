package org.quotedesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.quotedesk.common.DatabaseKind;

/**
 * Instances polling the outbox together never take the same entries: what one transaction holds,
 * another skips (PostgreSQL's SKIP LOCKED), and gets again once that transaction has ended without
 * deleting them, as when the instance holding them dies.
 */
@QuarkusTest
class OutboxTakingTest {

    /** Quote ids no quote has: applying their entries only deletes nothing. */
    private static final long NO_QUOTE = 1_000_000_000_000L;

    @Inject
    DatabaseKind database;

    @Test
    void entriesHeldByOneTransactionAreSkippedByAnotherAndFreedWhenItEnds() throws Exception {
        assumeFalse(database.isEmbeddedH2(), "PostgreSQL only: on H2 one process applies the outbox");
        List<Long> held = List.of();
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = null;
        // Another instance's poller may take fresh entries first: enqueue again until one holds five.
        for (int attempt = 0; attempt < 5 && held.size() < 5; attempt++) {
            release.countDown();
            if (holder != null) {
                holder.get(10, TimeUnit.SECONDS);
            }
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = 0; i < 10; i++) {
                    IndexOutbox.quote(NO_QUOTE + i);
                }
            });
            release = new CountDownLatch(1);
            CompletableFuture<List<Long>> taken = new CompletableFuture<>();
            CountDownLatch until = release;
            holder = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
                taken.complete(ids(IndexOutbox.next(0, 5, true)));
                await(until);
            }));
            held = taken.get(10, TimeUnit.SECONDS);
        }
        assertThat(held).hasSize(5);

        List<Long> others = QuarkusTransaction.requiringNew().call(() -> ids(IndexOutbox.next(0, 1_000, true)));
        assertThat(others).doesNotContainAnyElementsOf(held);

        release.countDown();
        holder.get(10, TimeUnit.SECONDS);
        assertThat(freed(held)).as("entries the ended transaction held, taken or applied since").isTrue();
    }

    /**
     * Whether every entry is free now: taken by a transaction of this test, or already applied and
     * deleted by the application's own poller, which may take freed entries first (it could not if they
     * were still held). Asked again while the poller may be applying some; entries still held would never
     * be taken, and it gives up after 100 tries.
     */
    private static boolean freed(List<Long> entries) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            boolean all = QuarkusTransaction.requiringNew().call(() -> {
                List<Long> taken = ids(IndexOutbox.next(0, 1_000, true));
                List<Long> present = ids(IndexOutbox.next(0, 1_000, false));
                return entries.stream().allMatch(id -> taken.contains(id) || !present.contains(id));
            });
            if (all) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static List<Long> ids(List<Object[]> entries) {
        return entries.stream().map(e -> (Long) e[0]).toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
