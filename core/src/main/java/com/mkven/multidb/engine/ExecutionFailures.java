package com.mkven.multidb.engine;

import com.mkven.multidb.error.ExecutionDetails;
import com.mkven.multidb.error.MultiDbException;
import com.mkven.multidb.error.QueryExecutionException;
import com.mkven.multidb.spi.ExecutorTimeoutException;

/**
 * Maps whatever an executor throws to the spec's execution errors (runtime.md §5): its time
 * limit to {@code QUERY_TIMEOUT} with the configured value, anything else — including an
 * exception no executor should throw — to {@code QUERY_FAILED} with the SQL and its cause.
 */
final class ExecutionFailures {
    private ExecutionFailures() {}

    static MultiDbException wrap(RuntimeException failure, String database, PreparedQuery query) {
        if (failure instanceof MultiDbException alreadyTyped) {
            return alreadyTyped;
        }
        String dialect = query.plan().database().dialect().wireName();
        String sql = query.sql().sql();
        if (failure instanceof ExecutorTimeoutException timeout) {
            return new QueryExecutionException(new ExecutionDetails.QueryTimeout(database, dialect, sql, timeout.timeoutMs()), timeout);
        }
        return new QueryExecutionException(new ExecutionDetails.QueryFailed(database, dialect, sql, query.sql().params()), failure);
    }
}
