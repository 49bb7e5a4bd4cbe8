package com.mkven.multidb.server.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Tells a running {@code serve} when to stop, and lets whoever asked wait until it has: a JVM shutdown (Ctrl-C,
 * {@code kill}) must not end the process before requests in flight drained and the engine closed.
 */
final class ShutdownSignal {
    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch done = new CountDownLatch(1);

    /** A signal raised by the JVM's shutdown, which then waits up to {@code patience} for the server to stop. */
    static ShutdownSignal onJvmShutdown(Duration patience) {
        ShutdownSignal signal = new ShutdownSignal();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> signal.requestAndWait(patience), "multidb-serve-shutdown"));
        return signal;
    }

    /** Asks the server to stop and waits up to {@code patience} until it has. */
    void requestAndWait(Duration patience) {
        requested.countDown();
        try {
            done.await(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void awaitRequest() throws InterruptedException {
        requested.await();
    }

    /** The server has stopped. */
    void done() {
        done.countDown();
    }
}
