package com.mkven.multidb.executor.clickhouse;

import com.clickhouse.client.api.ServerException;
import com.mkven.multidb.spi.ExecutorException;
import com.mkven.multidb.spi.ExecutorTimeoutException;

import java.net.SocketTimeoutException;
import java.util.Optional;

/** Turns client-v2 failures into the SPI's exceptions, keeping ClickHouse's error code as the vendor code. */
final class ClickHouseErrors {
    /** {@code TIMEOUT_EXCEEDED}: {@code max_execution_time} fired. */
    static final int TIMEOUT_EXCEEDED = ServerException.EXECUTION_TIMEOUT;
    /** {@code QUERY_WAS_CANCELLED}: what the server reports for a killed query, and what a cancelled cursor reports. */
    static final int QUERY_WAS_CANCELLED = 394;

    private ClickHouseErrors() {}

    /**
     * A statement that failed on the server, on the way there or while its rows were read. Under
     * a time limit, {@code TIMEOUT_EXCEEDED} is that limit firing; so is the client's socket
     * timeout, which backs the server's limit up (a server that does not answer at all).
     */
    static ExecutorException statementFailed(RuntimeException e, Optional<Long> timeoutMs, String baseUrl) {
        Optional<Integer> code = e instanceof ServerException server ? Optional.of(server.getCode()) : Optional.empty();
        if (timeoutMs.isPresent() && (code.filter(c -> c == TIMEOUT_EXCEEDED).isPresent() || isSocketTimeout(e))) {
            return new ExecutorTimeoutException(timeoutMs.get(), e, Optional.empty(), code);
        }
        if (code.isPresent()) {
            // the server's text already reads "Code: 62. DB::Exception: … (SYNTAX_ERROR)"
            return new ExecutorException(message(e), e, Optional.empty(), code);
        }
        return new ExecutorException("ClickHouse at %s: %s".formatted(baseUrl, causeMessage(e)), e, Optional.empty(), Optional.empty());
    }

    static ExecutorException cancelled() {
        return new ExecutorException("statement was cancelled", null, Optional.empty(), Optional.of(QUERY_WAS_CANCELLED));
    }

    static ExecutorException interrupted(InterruptedException e) {
        Thread.currentThread().interrupt();
        return new ExecutorException("interrupted while waiting for ClickHouse", e, Optional.empty(), Optional.empty());
    }

    private static boolean isSocketTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** client-v2 wraps transport failures ("Query request failed (attempt: 2 …)"): the root cause says what went wrong. */
    private static String causeMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? message(e) : message(e) + ": " + message(root);
    }

    private static String message(Throwable t) {
        return t.getMessage() == null ? t.getClass().getName() : t.getMessage();
    }
}
