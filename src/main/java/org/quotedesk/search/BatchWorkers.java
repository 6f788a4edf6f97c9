package org.quotedesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A few threads that work on batches while the submitting thread prepares the next ones. At most
 * one batch per thread waits, so that a fast reader cannot fill the heap with batches; the first
 * failure is thrown to the submitter.
 */
final class BatchWorkers implements AutoCloseable {

    /** Work on one batch. */
    @FunctionalInterface
    interface Work {
        void run() throws IOException;
    }

    private final ExecutorService threads;
    private final int maxInFlight;
    private final Deque<Future<?>> inFlight = new ArrayDeque<>();

    BatchWorkers(String name, int threadCount) {
        AtomicInteger number = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(threadCount, runnable -> {
            Thread thread = new Thread(runnable, name + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.maxInFlight = 2 * threadCount;
    }

    /** Hands a batch to the threads; waits first while too many are in flight. */
    void submit(Work work) throws IOException {
        while (inFlight.size() >= maxInFlight) {
            await(inFlight.removeFirst());
        }
        inFlight.addLast(threads.submit(() -> {
            work.run();
            return null;
        }));
    }

    /** Waits until every batch submitted is done. */
    void awaitAll() throws IOException {
        while (!inFlight.isEmpty()) {
            await(inFlight.removeFirst());
        }
    }

    private static void await(Future<?> batch) throws IOException {
        try {
            batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a batch", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
