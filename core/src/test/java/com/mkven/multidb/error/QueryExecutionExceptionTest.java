package com.mkven.multidb.error;

import static com.mkven.multidb.error.JsonText.compact;
import static com.mkven.multidb.error.JsonText.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class QueryExecutionExceptionTest {
    @Test
    void executorMissingNamesTheExecutorKey() {
        QueryExecutionException error = SampleErrors.executorMissing();

        assertThat(write(error.toJson())).isEqualTo(compact("""
                {
                  "name": "ExecutionError",
                  "code": "EXECUTOR_MISSING",
                  "message": "No executor registered for ch-analytics",
                  "details": {"code": "EXECUTOR_MISSING", "database": "ch-analytics"}
                }"""));
    }

    @Test
    void cacheProviderMissingNamesTheCache() {
        QueryExecutionException error = SampleErrors.cacheProviderMissing();

        assertThat(write(error.toJson())).isEqualTo(compact("""
                {
                  "name": "ExecutionError",
                  "code": "CACHE_PROVIDER_MISSING",
                  "message": "No cache provider registered for redis-main",
                  "details": {"code": "CACHE_PROVIDER_MISSING", "cacheId": "redis-main"}
                }"""));
    }

    @Test
    void queryFailedKeepsSqlParamsAndTheDriverErrorInDetailsAndAsCause() {
        QueryExecutionException error = SampleErrors.queryFailed();

        assertThat(error).hasCauseInstanceOf(SQLException.class);
        String driverError = """
                {
                  "name": "SQLException",
                  "message": "relation \\"orders\\" does not exist",
                  "code": "42P01",
                  "cause": {"name": "IllegalStateException", "message": "socket closed"}
                }""";
        assertThat(write(error.toJson())).isEqualTo(compact("""
                {
                  "name": "ExecutionError",
                  "code": "QUERY_FAILED",
                  "message": "Query failed on pg-main (postgres): relation \\"orders\\" does not exist",
                  "details": {
                    "code": "QUERY_FAILED",
                    "database": "pg-main",
                    "dialect": "postgres",
                    "sql": "SELECT t0.id FROM public.orders t0 WHERE t0.total > $1 AND t0.id = ANY($2)",
                    "params": [100.50, [1, 2], "active", null, true, 7, "7f1d3c4e-8b2a-4c6d-9e0f-1a2b3c4d5e6f",
                               "2024-02-29", "2024-01-15T10:30:00Z", 2.5],
                    "cause": %s
                  },
                  "cause": %s
                }""".formatted(driverError, driverError)));
    }

    @Test
    void queryFailedWithoutCauseHasNoCauseAnywhere() {
        QueryExecutionException error = new QueryExecutionException(
                new ExecutionDetails.QueryFailed("pg-main", "postgres", "SELECT 1", List.of()));

        assertThat(error).hasMessage("Query failed on pg-main (postgres)");
        assertThat(error.toJson().has("cause")).isFalse();
        assertThat(error.toJson().get("details").has("cause")).isFalse();
    }

    @Test
    void queryTimeoutReportsTheConfiguredLimit() {
        QueryExecutionException error = SampleErrors.queryTimeout();

        assertThat(write(error.toJson())).isEqualTo(compact("""
                {
                  "name": "ExecutionError",
                  "code": "QUERY_TIMEOUT",
                  "message": "Query timed out after 100 ms on pg-main",
                  "details": {
                    "code": "QUERY_TIMEOUT",
                    "database": "pg-main",
                    "dialect": "postgres",
                    "sql": "SELECT pg_sleep(1)",
                    "timeoutMs": 100
                  }
                }"""));
    }

    @Test
    void timeoutWithTheDriverExceptionKeepsItOnlyAsTopLevelCause() {
        QueryExecutionException error = new QueryExecutionException(
                new ExecutionDetails.QueryTimeout("pg-main", "postgres", "SELECT 1", 100),
                new SQLException("canceling statement due to statement timeout", "57014"));

        assertThat(error).hasMessage(
                "Query timed out after 100 ms on pg-main: canceling statement due to statement timeout");
        assertThat(error.toJson().get("details").has("cause")).isFalse();
        assertThat(error.toJson().get("cause").get("code").asText()).isEqualTo("57014");
    }

    @Test
    void paramsOfEveryJavaValueTypeBecomeJsonValues() {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("a", 1);
        object.put("b", null);
        List<Object> params = Arrays.asList((short) 3, (byte) 4, new BigInteger("123456789012345678901234567890"),
                1.5f, Double.NaN, Double.POSITIVE_INFINITY, new AtomicLong(9), new BigDecimal("0.000"),
                Arrays.asList("a", null), object);
        QueryExecutionException error = new QueryExecutionException(
                new ExecutionDetails.QueryFailed("pg-main", "postgres", "SELECT 1", params));

        assertThat(write(error.toJson().get("details").get("params"))).isEqualTo(
                "[3,4,123456789012345678901234567890,1.5,\"NaN\",\"Infinity\",9,0.000,[\"a\",null],"
                        + "{\"a\":1,\"b\":null}]");
    }

    @Test
    void paramsAreCopiedAndMayHoldNull() {
        List<Object> params = new ArrayList<>(Arrays.asList("a", null));
        ExecutionDetails.QueryFailed details = new ExecutionDetails.QueryFailed("pg-main", "postgres", "SELECT 1",
                params);
        params.clear();

        assertThat(details.params()).containsExactly("a", null);
        assertThatThrownBy(() -> details.params().add("b")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void negativeTimeoutIsRefused() {
        assertThatThrownBy(() -> new ExecutionDetails.QueryTimeout("pg-main", "postgres", "SELECT 1", -5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("timeoutMs must not be negative: -5");
    }

    @Test
    void nullArgumentsAreRefusedByName() {
        assertThatThrownBy(() -> new QueryExecutionException(null))
                .isInstanceOf(NullPointerException.class).hasMessage("details is null");
        assertThatThrownBy(() -> new QueryExecutionException(new ExecutionDetails.ExecutorMissing("pg"), null))
                .isInstanceOf(NullPointerException.class).hasMessage("cause is null");
        assertThatThrownBy(() -> new QueryExecutionException("m", new ExecutionDetails.ExecutorMissing("pg"), null))
                .isInstanceOf(NullPointerException.class).hasMessage("cause is null");
        assertThatThrownBy(() -> new ExecutionDetails.ExecutorMissing(null))
                .isInstanceOf(NullPointerException.class).hasMessage("database is null");
        assertThatThrownBy(() -> new ExecutionDetails.CacheProviderMissing(null))
                .isInstanceOf(NullPointerException.class).hasMessage("cacheId is null");
        assertThatThrownBy(() -> new ExecutionDetails.QueryFailed("pg", "postgres", "SELECT 1", null))
                .isInstanceOf(NullPointerException.class).hasMessage("params is null");
        assertThatThrownBy(() -> new ExecutionDetails.QueryTimeout("pg", null, "SELECT 1", 1))
                .isInstanceOf(NullPointerException.class).hasMessage("dialect is null");
        assertThatThrownBy(() -> new QueryExecutionException(new ExecutionDetails.QueryFailed("pg", "postgres",
                null, List.of()), new SQLException()))
                .isInstanceOf(NullPointerException.class).hasMessage("sql is null");
    }

    @Test
    void causeWithoutMessageLeavesTheDescriptionAlone() {
        assertThat(new QueryExecutionException(new ExecutionDetails.ExecutorMissing("pg-main"),
                new IllegalStateException())).hasMessage("No executor registered for pg-main");
        assertThat(new QueryExecutionException("custom", new ExecutionDetails.ExecutorMissing("pg-main"),
                Optional.empty())).hasMessage("custom");
    }
}
