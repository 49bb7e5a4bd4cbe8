package com.mkven.multidb.tck.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.mkven.multidb.engine.MultiDb;
import com.mkven.multidb.query.ExecutionContext;
import com.mkven.multidb.query.Freshness;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.query.QueryJoin;
import com.mkven.multidb.result.DataResult;
import com.mkven.multidb.result.DialectName;
import com.mkven.multidb.result.Strategy;
import com.mkven.multidb.result.TableSource;
import com.mkven.multidb.result.TableUsed;
import com.mkven.multidb.tck.seed.ClickHouseSeed;
import com.mkven.multidb.tck.seed.IcebergSeed;
import com.mkven.multidb.tck.seed.SeedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queries that span databases run for real — through Trino federation (P3) or a replica in
 * PostgreSQL, ClickHouse or Iceberg (P2) — and return the rows the seed implies, computed here
 * from {@code seed.json} without any engine.
 */
class CrossDatabaseTest {
    private static final ExecutionContext ADMIN = ExecutionContext.ofUserRoles("admin");
    private static final SeedData SEED = new SeedData();
    private static MultiDb db;

    @BeforeAll
    static void engines() {
        PostgresFixtureEngine.seed();
        ClickHouseSeed.ensureLoaded();
        IcebergSeed.ensureLoaded();
        db = PostgresFixtureEngine.withBackends()
                .executor("ch-analytics", PostgresFixtureEngine.clickHouse())
                .executor("trino", PostgresFixtureEngine.trino())
                .build();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void ordersWithInvoicesAreFederatedAcrossTwoPostgresCatalogs() {
        DataResult result = query(QueryDefinition.builder("orders").columns("id", "status")
                .join(new QueryJoin("invoices", Optional.empty(), Optional.of(List.of("amount")), List.of())).build());

        assertThat(result.meta().strategy()).isEqualTo(Strategy.TRINO_CROSS_DB);
        assertThat(result.meta().dialect()).contains(DialectName.TRINO);
        Set<List<Object>> expected = leftJoin(rows("orders"), rows("invoices"), "id", "orderId",
                (order, invoice) -> List.of(order.get("id").asText(), order.get("status").asText(), decimal(invoice, "amount")));
        assertThat(tuples(result, "id", "status", "amount")).isEqualTo(expected);
    }

    @Test
    void ordersWithTenantsReadTheReplicaInPgMain() {
        DataResult result = query(QueryDefinition.builder("orders").columns("id")
                .join(new QueryJoin("tenants", Optional.empty(), Optional.of(List.of("name")), List.of())).build());

        assertThat(result.meta().strategy()).isEqualTo(Strategy.MATERIALIZED);
        assertThat(result.meta().targetDatabase()).isEqualTo("pg-main");
        assertThat(result.meta().tablesUsed()).contains(new TableUsed("tenants", TableSource.MATERIALIZED, "pg-main", "replicas.tenants"));
        Set<List<Object>> expected = leftJoin(rows("orders"), rows("tenants"), "tenantId", "id",
                (order, tenant) -> List.of(order.get("id").asText(), tenant == null ? "<null>" : tenant.get("name").asText()));
        assertThat(tuples(result, "id", "name")).isEqualTo(expected);
    }

    @Test
    void ordersWithEventsReadTheOrdersReplicaInClickHouse() {
        DataResult result = query(QueryDefinition.builder("orders").columns("id", "quantity")
                .join(new QueryJoin("events", Optional.empty(), Optional.of(List.of("type")), List.of())).build());

        assertThat(result.meta().strategy()).isEqualTo(Strategy.MATERIALIZED);
        assertThat(result.meta().dialect()).contains(DialectName.CLICKHOUSE);
        assertThat(result.meta().tablesUsed()).contains(new TableUsed("orders", TableSource.MATERIALIZED, "ch-analytics", "default.orders_replica"));
        Set<List<Object>> expected = leftJoin(rows("orders"), rows("events"), "id", "orderId",
                (order, event) -> List.of(order.get("id").asText(), order.get("quantity").asInt(), event == null ? "<null>" : event.get("type").asText()));
        assertThat(tuples(result, "id", "quantity", "type")).isEqualTo(expected);
    }

    @Test
    void ordersWithTheArchiveReadTheIcebergReplicaThroughTrino() {
        QueryDefinition definition = QueryDefinition.builder("orders").columns("id", "status")
                .join(new QueryJoin("ordersArchive", Optional.empty(), Optional.of(List.of("archivedAt")), List.of())).build();
        Set<List<Object>> expected = leftJoin(rows("orders"), rows("orders-archive"), "id", "id",
                (order, archived) -> List.of(order.get("id").asText(), order.get("status").asText(),
                        archived == null ? "<null>" : java.time.Instant.parse(archived.get("archivedAt").asText())));

        DataResult replica = query(definition);
        DataResult federated = query(definition.toBuilder().freshness(Freshness.REALTIME).build());

        assertThat(replica.meta().strategy()).isEqualTo(Strategy.MATERIALIZED);
        assertThat(replica.meta().targetDatabase()).isEqualTo("iceberg-archive");
        assertThat(federated.meta().strategy()).isEqualTo(Strategy.TRINO_CROSS_DB);
        assertThat(tuples(replica, "id", "status", "archivedAt")).isEqualTo(expected);
        assertThat(tuples(federated, "id", "status", "archivedAt")).isEqualTo(expected);
    }

    private static DataResult query(QueryDefinition definition) {
        return (DataResult) db.query(definition, ADMIN);
    }

    private static List<JsonNode> rows(String tableId) {
        return SEED.rows(SEED.table(tableId));
    }

    private static Object decimal(JsonNode row, String column) {
        return row == null ? "<null>" : new BigDecimal(row.get(column).asText()).stripTrailingZeros();
    }

    /** LEFT JOIN of seed rows: every left row, with each matching right row or once with null. */
    private static Set<List<Object>> leftJoin(List<JsonNode> left, List<JsonNode> right, String leftKey, String rightKey,
            java.util.function.BiFunction<JsonNode, JsonNode, List<Object>> combine) {
        Set<List<Object>> joined = new HashSet<>();
        for (JsonNode l : left) {
            boolean matched = false;
            for (JsonNode r : right) {
                if (!r.get(rightKey).isNull() && r.get(rightKey).asText().equals(l.get(leftKey).asText())) {
                    joined.add(combine.apply(l, r));
                    matched = true;
                }
            }
            if (!matched) {
                joined.add(combine.apply(l, null));
            }
        }
        return joined;
    }

    private static Set<List<Object>> tuples(DataResult result, String... keys) {
        Set<List<Object>> tuples = new HashSet<>();
        for (Map<String, Object> row : result.data()) {
            List<Object> tuple = new ArrayList<>();
            for (String key : keys) {
                tuple.add(canonical(row.get(key)));
            }
            tuples.add(tuple);
        }
        assertThat(tuples).as("no duplicate rows are lost when comparing as sets").hasSize(result.data().size());
        return tuples;
    }

    private static Object canonical(Object value) {
        Function<Object, Object> normalise = v -> v instanceof BigDecimal decimal ? decimal.stripTrailingZeros() : v;
        if (value == null) {
            return "<null>";
        }
        if (value instanceof java.util.UUID uuid) {
            return uuid.toString();
        }
        return normalise.apply(value);
    }
}
