package org.quotedesk.support;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.quotedesk.common.ClusterLock;

/**
 * A cluster lock's key held by another thread, as another instance starting at the same moment
 * would hold it, until the work under test has shown that it waits.
 */
public final class KeyHeldElsewhere implements AutoCloseable {

    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);
    private final Future<?> holder;

    public KeyHeldElsewhere(ClusterLock lock, ClusterLock.Key key) throws InterruptedException {
        CountDownLatch held = new CountDownLatch(1);
        holder = pool.submit(() -> lock.holding(key, () -> {
            held.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        held.await();
    }

    /** Starts the work, sees it still waiting half a second later, releases the key, and waits for its end. */
    public void holdsBack(Runnable work) throws Exception {
        Future<?> waiting = pool.submit(work);
        assertThatThrownBy(() -> waiting.get(500, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        release.countDown();
        holder.get(10, TimeUnit.SECONDS);
        waiting.get(60, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        release.countDown();
        pool.shutdownNow();
    }
}
