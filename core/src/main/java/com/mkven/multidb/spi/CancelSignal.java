package com.mkven.multidb.spi;

import static java.util.Objects.requireNonNull;

/**
 * Stops one statement from another thread at any moment of its life: before the executor has started it, while the
 * database works towards its first row, or while its rows are read. The caller keeps the signal and calls
 * {@link #cancel()}; the executor tells it how to stop what is running with {@link #onCancel} as soon as it has a
 * statement, and again once it has a cursor. Without it a cancel could only reach a statement whose cursor had been
 * handed out, i.e. not a slow query still computing its first row.
 */
public final class CancelSignal {
    private final Object lock = new Object();
    private boolean cancelled;
    private Runnable stop = () -> {};

    /** Runs the registered way to stop the statement; later calls do nothing. */
    public void cancel() {
        Runnable action;
        synchronized (lock) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            action = stop;
        }
        action.run();
    }

    public boolean isCancelled() {
        synchronized (lock) {
            return cancelled;
        }
    }

    /** Replaces how the statement is stopped; runs {@code action} at once when the signal is already cancelled. */
    public void onCancel(Runnable action) {
        requireNonNull(action, "action is null");
        boolean already;
        synchronized (lock) {
            stop = action;
            already = cancelled;
        }
        if (already) {
            action.run();
        }
    }
}
