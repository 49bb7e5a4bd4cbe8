package com.mkven.multidb.error;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The {@code details} of a {@link QueryExecutionException}, one variant per code (runtime.md §5); the variant decides
 * the error's code. {@code dialect} is {@code postgres}, {@code clickhouse} or {@code trino}.
 */
public sealed interface ExecutionDetails
        permits ExecutionDetails.ExecutorMissing, ExecutionDetails.CacheProviderMissing, ExecutionDetails.QueryFailed,
                ExecutionDetails.QueryTimeout {
    ErrorCode code();

    /** What went wrong, for the error message. */
    String describe();

    /** The spec's {@code details} object, {@code code} first. */
    ObjectNode toJson();

    /**
     * No executor is registered under the key the plan needs (also every query after {@code close()}).
     *
     * @param database the executor key: a {@code DatabaseMeta.id} or {@code "trino"}
     */
    record ExecutorMissing(String database) implements ExecutionDetails {
        public ExecutorMissing {
            requireNonNull(database, "database is null");
        }

        @Override
        public ErrorCode code() {
            return ErrorCode.EXECUTOR_MISSING;
        }

        @Override
        public String describe() {
            return "No executor registered for " + database;
        }

        @Override
        public ObjectNode toJson() {
            return codeOnly(code()).put("database", database);
        }
    }

    /** The plan chose a cache, but no cache provider is registered under its {@code CacheMeta.id}. */
    record CacheProviderMissing(String cacheId) implements ExecutionDetails {
        public CacheProviderMissing {
            requireNonNull(cacheId, "cacheId is null");
        }

        @Override
        public ErrorCode code() {
            return ErrorCode.CACHE_PROVIDER_MISSING;
        }

        @Override
        public String describe() {
            return "No cache provider registered for " + cacheId;
        }

        @Override
        public ObjectNode toJson() {
            return codeOnly(code()).put("cacheId", cacheId);
        }
    }

    /**
     * The executor failed for another reason than its timeout; the driver's error is the exception's cause.
     *
     * @param params the bound parameters; may hold {@code null} elements, as a SQL parameter can be NULL
     */
    record QueryFailed(String database, String dialect, String sql, List<Object> params) implements ExecutionDetails {
        public QueryFailed {
            requireNonNull(database, "database is null");
            requireNonNull(dialect, "dialect is null");
            requireNonNull(sql, "sql is null");
            // Not List.copyOf: it rejects null elements, and NULL is a legitimate parameter value.
            params = Collections.unmodifiableList(new ArrayList<>(requireNonNull(params, "params is null")));
        }

        @Override
        public ErrorCode code() {
            return ErrorCode.QUERY_FAILED;
        }

        @Override
        public String describe() {
            return "Query failed on " + database + " (" + dialect + ")";
        }

        @Override
        public ObjectNode toJson() {
            ObjectNode json = codeOnly(code())
                    .put("database", database)
                    .put("dialect", dialect)
                    .put("sql", sql);
            json.set("params", ParamJson.toJson(params));
            return json;
        }
    }

    /**
     * The executor's {@code timeoutMs} ran out.
     *
     * @param timeoutMs the executor's configured limit
     */
    record QueryTimeout(String database, String dialect, String sql, long timeoutMs) implements ExecutionDetails {
        public QueryTimeout {
            requireNonNull(database, "database is null");
            requireNonNull(dialect, "dialect is null");
            requireNonNull(sql, "sql is null");
            if (timeoutMs < 0) {
                throw new IllegalArgumentException("timeoutMs must not be negative: " + timeoutMs);
            }
        }

        @Override
        public ErrorCode code() {
            return ErrorCode.QUERY_TIMEOUT;
        }

        @Override
        public String describe() {
            return "Query timed out after " + timeoutMs + " ms on " + database;
        }

        @Override
        public ObjectNode toJson() {
            return codeOnly(code())
                    .put("database", database)
                    .put("dialect", dialect)
                    .put("sql", sql)
                    .put("timeoutMs", timeoutMs);
        }
    }

    private static ObjectNode codeOnly(ErrorCode code) {
        return JsonNodeFactory.instance.objectNode().put("code", code.name());
    }
}
