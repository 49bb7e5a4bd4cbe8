package com.mkven.multidb.executor.trino;

import com.mkven.multidb.spi.ExecutorException;
import com.mkven.multidb.spi.ExecutorTimeoutException;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Turns Trino JDBC failures into the SPI's exceptions. Trino's errors carry no SQLState; their
 * error code (1 syntax, 46 table not found, 47 column not found, 58 type mismatch, …) becomes the
 * vendor code.
 */
final class TrinoErrors {
    /** {@code EXCEEDED_TIME_LIMIT}: {@code query_max_run_time} (or another of the coordinator's limits) fired. */
    static final int EXCEEDED_TIME_LIMIT = 131075;
    /** {@code USER_CANCELED}: what Trino reports for a cancelled query, and what a cancelled cursor reports. */
    static final int USER_CANCELED = 3;
    /** How Trino JDBC words a failure the coordinator reported, as opposed to one on the way there. */
    private static final String QUERY_FAILED = "Query failed (#";

    private TrinoErrors() {}

    /**
     * A failed statement. {@code EXCEEDED_TIME_LIMIT} is the time limit firing when the statement
     * ran under one of ours; without one it is the coordinator's own limit, a plain failure.
     */
    static ExecutorException statementFailed(SQLException e, Optional<Long> timeoutMs, String coordinator) {
        Optional<String> sqlState = Optional.ofNullable(e.getSQLState());
        if (!isReportedByTrino(e)) {
            return new ExecutorException("Trino at %s: %s".formatted(coordinator, message(e)), e, sqlState, Optional.empty());
        }
        if (timeoutMs.isPresent() && e.getErrorCode() == EXCEEDED_TIME_LIMIT) {
            return new ExecutorTimeoutException(timeoutMs.get(), e, sqlState, Optional.of(EXCEEDED_TIME_LIMIT));
        }
        return new ExecutorException(message(e), e, sqlState, Optional.of(e.getErrorCode()));
    }

    static ExecutorException cancelled() {
        return new ExecutorException("statement was cancelled", null, Optional.empty(), Optional.of(USER_CANCELED));
    }

    /**
     * Trino's error codes include 0 ({@code GENERIC_USER_ERROR}), so the code alone does not tell a
     * coordinator's error from a connection failure, for which the driver leaves it 0 as well.
     */
    private static boolean isReportedByTrino(SQLException e) {
        return e.getMessage() != null && e.getMessage().startsWith(QUERY_FAILED);
    }

    private static String message(Throwable t) {
        return t.getMessage() == null ? t.getClass().getName() : t.getMessage();
    }
}
