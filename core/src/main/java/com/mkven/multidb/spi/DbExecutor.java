package com.mkven.multidb.spi;

import java.util.List;

/**
 * Runs SQL on one database (or on Trino) and streams the rows back. Implementations live in the
 * {@code executors/*} modules; core never sees a driver class. Values in rows may be any common
 * Java type for the column (the engine normalises them to the spec's value types), but a
 * driver-specific wrapper (a JDBC {@code Array}, a {@code PGobject}) must be unwrapped here.
 *
 * <p>Failures are reported as {@link ExecutorException}; a statement stopped by the executor's
 * own time limit as {@link ExecutorTimeoutException} carrying the configured limit.
 */
public interface DbExecutor {
    /**
     * Starts a statement. Parameters are bound in order, never rendered into the SQL text; a
     * {@code List} parameter is an array value.
     */
    RowCursor execute(String sql, List<Object> params, ExecutionOptions options);

    /** A cheap connectivity probe, e.g. {@code SELECT 1}. */
    void ping();

    /** Releases every connection; the executor is unusable afterwards. */
    void close();
}
