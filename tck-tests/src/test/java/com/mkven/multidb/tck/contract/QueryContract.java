package com.mkven.multidb.tck.contract;

import com.mkven.multidb.query.ExecutionContext;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.result.QueryResult;

/**
 * What every way of running a query offers (runtime.md §12): the in-process {@code MultiDb}, {@code MultiDbClient}
 * against a server, and the JDBC driver embedded or remote. Failures are thrown as the engine's
 * {@code MultiDbException}s, typed as the engine threw them.
 */
@FunctionalInterface
public interface QueryContract {
    QueryResult query(QueryDefinition definition, ExecutionContext context);
}
