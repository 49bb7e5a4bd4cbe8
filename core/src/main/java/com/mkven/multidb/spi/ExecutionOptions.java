package com.mkven.multidb.spi;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Per-statement options.
 *
 * @param fetchSize rows fetched per round trip, so large results stream instead of filling memory
 * @param timeoutMs a per-statement limit (e.g. JDBC {@code setQueryTimeout}); the executor applies
 *         the smaller of this and its own configured limit
 * @param cancelSignal how the caller stops this statement from another thread, also before its first row
 */
public record ExecutionOptions(int fetchSize, Optional<Long> timeoutMs, CancelSignal cancelSignal) {
    public static final int DEFAULT_FETCH_SIZE = 1000;

    public ExecutionOptions {
        if (fetchSize <= 0) {
            throw new IllegalArgumentException("fetchSize must be positive: " + fetchSize);
        }
        requireNonNull(timeoutMs, "timeoutMs is null");
        requireNonNull(cancelSignal, "cancelSignal is null");
        timeoutMs.ifPresent(value -> {
            if (value <= 0) {
                throw new IllegalArgumentException("timeoutMs must be positive: " + value);
            }
        });
    }

    /** Options whose statement nobody but the executor's own limits stops. */
    public ExecutionOptions(int fetchSize, Optional<Long> timeoutMs) {
        this(fetchSize, timeoutMs, new CancelSignal());
    }

    /** The smaller of an executor's own limit and this statement's, or whichever is set. */
    public Optional<Long> effectiveTimeoutMs(Optional<Long> executorTimeoutMs) {
        requireNonNull(executorTimeoutMs, "executorTimeoutMs is null");
        if (timeoutMs.isEmpty()) {
            return executorTimeoutMs;
        }
        if (executorTimeoutMs.isEmpty()) {
            return timeoutMs;
        }
        return Optional.of(Math.min(executorTimeoutMs.get(), timeoutMs.get()));
    }

    public static ExecutionOptions defaults() {
        return new ExecutionOptions(DEFAULT_FETCH_SIZE, Optional.empty());
    }
}
