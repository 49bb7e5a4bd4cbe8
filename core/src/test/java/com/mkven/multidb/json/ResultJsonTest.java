package com.mkven.multidb.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.result.CountResult;
import com.mkven.multidb.result.DataResult;
import com.mkven.multidb.result.DebugLogEntry;
import com.mkven.multidb.result.DebugPhase;
import com.mkven.multidb.result.DialectName;
import com.mkven.multidb.result.HealthCheckResult;
import com.mkven.multidb.result.ProviderHealth;
import com.mkven.multidb.result.QueryResult;
import com.mkven.multidb.result.QueryResultMeta;
import com.mkven.multidb.result.ResultColumn;
import com.mkven.multidb.result.SqlResult;
import com.mkven.multidb.result.Strategy;
import com.mkven.multidb.result.TableSource;
import com.mkven.multidb.result.TableUsed;
import com.mkven.multidb.result.Timing;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ResultJsonTest {
    private static final QueryResultMeta META = new QueryResultMeta(Strategy.DIRECT, "pg-main", Optional.of(DialectName.POSTGRES),
            List.of(new TableUsed("orders", TableSource.ORIGINAL, "pg-main", "public.orders")),
            List.of(new ResultColumn("id", ColumnType.UUID, false, "orders", false),
                    new ResultColumn("total", ColumnType.DECIMAL, false, "orders", true)),
            new Timing(1.5, 0.25, Optional.of(3.0)));

    @Test
    void sqlResultRoundTripsWithItsKind() {
        QueryResult result = new SqlResult("SELECT 1 WHERE x = $1", Arrays.asList("a", null, 3), META,
                Optional.of(List.of(new DebugLogEntry(1700000000000L, DebugPhase.PLANNING, "direct", Optional.of(Map.of("executor", "pg-main"))))));

        JsonNode json = MultiDbJson.toTree(result);

        assertThat(json.get("kind").asText()).isEqualTo("sql");
        assertThat(json.get("params").get(1).isNull()).isTrue();
        assertThat(json.get("meta").get("strategy").asText()).isEqualTo("direct");
        assertThat(json.get("meta").get("dialect").asText()).isEqualTo("postgres");
        assertThat(json.get("debugLog").get(0).get("phase").asText()).isEqualTo("planning");
        assertThat(MultiDbJson.read(json, QueryResult.class)).isEqualTo(result);
    }

    @Test
    void dataResultRendersValueTypesAsTheSpecSays() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", UUID.fromString("40000000-0000-4000-8000-000000000001"));
        row.put("total", new BigDecimal("1200.00"));
        row.put("createdAt", Instant.parse("2024-03-15T10:00:00Z"));
        row.put("dueDate", LocalDate.parse("2024-04-15"));
        row.put("priorities", List.of(1, 2, 3));
        row.put("discount", null);
        DataResult result = new DataResult(List.of(row), META, Optional.empty());

        JsonNode data = MultiDbJson.toTree(result).get("data").get(0);

        assertThat(MultiDbJson.toTree(result).get("kind").asText()).isEqualTo("data");
        assertThat(data.get("id").asText()).isEqualTo("40000000-0000-4000-8000-000000000001");
        assertThat(data.get("total").toString()).isEqualTo("1200.00");
        assertThat(data.get("createdAt").asText()).isEqualTo("2024-03-15T10:00:00Z");
        assertThat(data.get("dueDate").asText()).isEqualTo("2024-04-15");
        assertThat(data.get("priorities").toString()).isEqualTo("[1,2,3]");
        assertThat(data.get("discount").isNull()).isTrue();
        assertThat(MultiDbJson.toTree(result).has("debugLog")).isFalse();
    }

    @Test
    void countResultAndCacheMetaWithoutDialectRoundTrip() {
        QueryResultMeta cacheMeta = new QueryResultMeta(Strategy.CACHE, "redis-main", Optional.empty(),
                List.of(new TableUsed("users", TableSource.CACHE, "redis-main", "users:{id}")), List.of(), new Timing(0, 0, Optional.of(1.0)));
        CountResult result = new CountResult(7, cacheMeta, Optional.empty());

        JsonNode json = MultiDbJson.toTree(result);

        assertThat(json.get("kind").asText()).isEqualTo("count");
        assertThat(json.get("meta").has("dialect")).isFalse();
        assertThat(json.get("meta").get("columns").isArray()).isTrue();
        assertThat(MultiDbJson.read(json, QueryResult.class)).isEqualTo(result);
    }

    @Test
    void healthCheckResultRoundTrips() {
        Map<String, ProviderHealth> executors = new LinkedHashMap<>();
        executors.put("pg-main", new ProviderHealth(true, 1.2, Optional.empty()));
        executors.put("trino", new ProviderHealth(false, 30.0, Optional.of("connection refused")));
        HealthCheckResult health = new HealthCheckResult(false, executors, Map.of("redis-main", new ProviderHealth(true, 0.4, Optional.empty())));

        String json = MultiDbJson.write(health);

        assertThat(json).startsWith("{\"healthy\":false,\"executors\":{\"pg-main\":{\"healthy\":true,\"latencyMs\":1.2},\"trino\"");
        assertThat(MultiDbJson.read(json, HealthCheckResult.class)).isEqualTo(health);
    }

    @Test
    void unknownResultKindIsRejected() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MultiDbJson.read("{\"kind\": \"rows\"}", QueryResult.class))
                .isInstanceOf(com.mkven.multidb.error.InvalidJsonException.class)
                .hasMessageContaining("rows");
    }
}
