package com.mkven.multidb.spi;

import java.util.Optional;

/** A statement stopped by the executor's time limit; {@link #timeoutMs()} is the configured value. */
public final class ExecutorTimeoutException extends ExecutorException {
    private final long timeoutMs;

    public ExecutorTimeoutException(long timeoutMs, Throwable cause, Optional<String> sqlState, Optional<Integer> vendorCode) {
        super("statement exceeded the time limit of %d ms".formatted(timeoutMs), cause, sqlState, vendorCode);
        this.timeoutMs = timeoutMs;
    }

    public long timeoutMs() {
        return timeoutMs;
    }
}
