package com.mkven.multidb.plan;

import com.mkven.multidb.access.EffectiveAccess;
import com.mkven.multidb.error.PlannerException;
import com.mkven.multidb.fixture.TestFixture;
import com.mkven.multidb.ir.JsonArrayView;
import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.metadata.DatabaseMeta;
import com.mkven.multidb.metadata.MetadataConfig;
import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.metadata.TrinoSettings;
import com.mkven.multidb.query.ContextRoles;
import com.mkven.multidb.query.ExecuteMode;
import com.mkven.multidb.query.FilterOperator;
import com.mkven.multidb.query.Freshness;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.query.QueryExistsFilter;
import com.mkven.multidb.query.QueryFilter;
import com.mkven.multidb.query.QueryFilterGroup;
import com.mkven.multidb.query.QueryJoin;
import com.mkven.multidb.result.DialectName;
import com.mkven.multidb.result.Strategy;
import com.mkven.multidb.result.TableSource;
import com.mkven.multidb.result.TableUsed;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.mkven.multidb.fixture.TestFixture.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryPlannerTest {
    private static final ContextRoles ADMIN = ContextRoles.user("admin");

    @Test
    @DisplayName("#1 one Postgres table runs direct on pg-main")
    void onePostgresTable() {
        DatabaseRoute route = plan(QueryDefinition.builder("orders").build()).database();

        assertRoute(route, Strategy.DIRECT, "pg-main", "pg-main", DialectName.POSTGRES);
        assertThat(route.tablesUsed()).containsExactly(new TableUsed("orders", TableSource.ORIGINAL, "pg-main", "public.orders"));
    }

    @Test
    @DisplayName("#2 join inside one Postgres database runs direct")
    void joinInsideOneDatabase() {
        assertRoute(plan(QueryDefinition.builder("orders").join(QueryJoin.of("products")).build()).database(),
                Strategy.DIRECT, "pg-main", "pg-main", DialectName.POSTGRES);
    }

    @Test
    @DisplayName("#3 orders + tenants runs materialized on pg-main with tenants from replicas.tenants")
    void postgresReplica() {
        DatabaseRoute route = plan(QueryDefinition.builder("orders").join(QueryJoin.of("tenants")).build()).database();

        assertRoute(route, Strategy.MATERIALIZED, "pg-main", "pg-main", DialectName.POSTGRES);
        assertThat(route.tablesUsed()).containsExactly(
                new TableUsed("orders", TableSource.ORIGINAL, "pg-main", "public.orders"),
                new TableUsed("tenants", TableSource.MATERIALIZED, "pg-main", "replicas.tenants"));
    }

    @Test
    @DisplayName("#4 orders + invoices without a replica goes through Trino")
    void twoPostgresWithoutReplica() {
        DatabaseRoute route = plan(QueryDefinition.builder("orders").join(QueryJoin.of("invoices")).build()).database();

        assertRoute(route, Strategy.TRINO_CROSS_DB, "trino", "trino", DialectName.TRINO);
        assertThat(route.table("orders").orElseThrow().catalog()).contains("pg_main");
        assertThat(route.table("invoices").orElseThrow().catalog()).contains("pg_tenant");
    }

    @Test
    @DisplayName("#5 orders + events runs materialized on ch-analytics with orders from the replica")
    void clickHouseReplica() {
        DatabaseRoute route = plan(QueryDefinition.builder("orders").join(QueryJoin.of("events")).build()).database();

        assertRoute(route, Strategy.MATERIALIZED, "ch-analytics", "ch-analytics", DialectName.CLICKHOUSE);
        assertThat(route.table("orders").orElseThrow().physicalName()).isEqualTo("default.orders_replica");
        assertThat(route.table("orders").orElseThrow().source()).isEqualTo(TableSource.MATERIALIZED);
        assertThat(route.table("events").orElseThrow().source()).isEqualTo(TableSource.ORIGINAL);
    }

    @Test
    @DisplayName("#6 users + events without a replica goes through Trino")
    void postgresAndClickHouseWithoutReplica() {
        assertThat(plan(QueryDefinition.builder("users").join(QueryJoin.of("events")).build()).database().strategy())
                .isEqualTo(Strategy.TRINO_CROSS_DB);
    }

    @Test
    void trinoReadsAClickHouseTableWithArraysThroughItsViewAndItsOwnDatabaseReadsTheTable() {
        PlannedTable federated = plan(QueryDefinition.builder("users").join(QueryJoin.of("events")).build()).database()
                .table("events").orElseThrow();
        PlannedTable direct = plan(QueryDefinition.builder("events").build()).database().table("events").orElseThrow();

        assertThat(federated.physicalName()).isEqualTo("trino.events");
        assertThat(federated.catalog()).contains("ch_analytics");
        assertThat(federated.jsonArrayView()).contains(new JsonArrayView(
                List.of("id", "event_type", "user_id", "order_id", "payload", "tags", "event_ts"), Map.of("tags", ColumnType.STRING_ARRAY)));
        assertThat(federated.toTableUsed()).isEqualTo(new TableUsed("events", TableSource.ORIGINAL, "ch-analytics", "trino.events"));
        assertThat(direct.physicalName()).isEqualTo("default.events");
        assertThat(direct.catalog()).isEmpty();
        assertThat(direct.jsonArrayView()).isEmpty();
    }

    @Test
    @DisplayName("#7 orders + ordersArchive: materialized on iceberg-archive unless freshness is realtime or seconds")
    void postgresAndIceberg() {
        QueryDefinition base = QueryDefinition.builder("orders").join(QueryJoin.of("ordersArchive")).build();
        for (Optional<Freshness> freshness : List.of(Optional.<Freshness>empty(), Optional.of(Freshness.MINUTES), Optional.of(Freshness.HOURS))) {
            QueryDefinition definition = freshness.map(f -> base.toBuilder().freshness(f).build()).orElse(base);
            DatabaseRoute route = plan(definition).database();
            assertRoute(route, Strategy.MATERIALIZED, "iceberg-archive", "trino", DialectName.TRINO);
            assertThat(route.table("orders").orElseThrow().physicalName()).isEqualTo("warehouse.orders_current");
            assertThat(route.table("orders").orElseThrow().catalog()).contains("iceberg_archive");
            assertThat(route.table("orders-archive").orElseThrow().catalog()).contains("iceberg_archive");
        }
        for (Freshness strict : List.of(Freshness.REALTIME, Freshness.SECONDS)) {
            assertThat(plan(base.toBuilder().freshness(strict).build()).database().strategy()).isEqualTo(Strategy.TRINO_CROSS_DB);
        }
    }

    @Test
    @DisplayName("#8 users byIds all cached plans the redis-main cache")
    void fullCacheCandidate() {
        QueryPlan plan = plan(QueryDefinition.builder("users").byIds(id("U1"), id("U2"), id("U3")).build());

        assertThat(plan.cache()).isPresent();
        assertThat(plan.cache().get().cacheId()).isEqualTo("redis-main");
        assertRoute(plan.database(), Strategy.DIRECT, "pg-main", "pg-main", DialectName.POSTGRES);
    }

    @Test
    @DisplayName("#9 byIds on an uncached table runs direct")
    void byIdsUncached() {
        QueryPlan plan = plan(QueryDefinition.builder("orders").byIds(id("O1"), id("O2")).build());

        assertThat(plan.cache()).isEmpty();
        assertRoute(plan.database(), Strategy.DIRECT, "pg-main", "pg-main", DialectName.POSTGRES);
    }

    @Test
    @DisplayName("#10 byIds partly cached still plans the cache, with the database for the misses")
    void partialCacheCandidate() {
        QueryPlan plan = plan(QueryDefinition.builder("users").byIds(id("U1"), id("U2"), id("U4")).build());

        assertThat(plan.cache()).isPresent();
        assertThat(plan.database().targetDatabase()).isEqualTo("pg-main");
    }

    @Test
    @DisplayName("#11 freshness realtime skips the seconds-lag replica and federates")
    void realtimeSkipsReplicas() {
        assertThat(plan(QueryDefinition.builder("orders").join(QueryJoin.of("events")).freshness(Freshness.REALTIME).build())
                .database().strategy()).isEqualTo(Strategy.TRINO_CROSS_DB);
    }

    @Test
    @DisplayName("#12 freshness hours accepts the replica")
    void hoursAcceptsReplica() {
        assertRoute(plan(QueryDefinition.builder("orders").join(QueryJoin.of("events")).freshness(Freshness.HOURS).build()).database(),
                Strategy.MATERIALIZED, "ch-analytics", "ch-analytics", DialectName.CLICKHOUSE);
    }

    @Test
    @DisplayName("#19 Trino disabled and no replica path: TRINO_DISABLED")
    void trinoDisabled() {
        MetadataConfig noTrino = withTrino(TestFixture.metadata(), Optional.of(new TrinoSettings(false)));

        assertPlannerError(noTrino, QueryDefinition.builder("orders").join(QueryJoin.of("invoices")).build(), "TRINO_DISABLED", "{\"code\":\"TRINO_DISABLED\"}");
    }

    @Test
    @DisplayName("#33 byIds with a filter skips the cache")
    void byIdsWithFilterSkipsCache() {
        QueryPlan plan = plan(QueryDefinition.builder("users").byIds(id("U1"), id("U2"))
                .filter(QueryFilter.of("role", FilterOperator.EQ, "admin")).build());

        assertThat(plan.cache()).isEmpty();
        assertRoute(plan.database(), Strategy.DIRECT, "pg-main", "pg-main", DialectName.POSTGRES);
    }

    @Test
    @DisplayName("#56 a database without trinoCatalog: NO_CATALOG naming pg-tenant")
    void noCatalog() {
        MetadataConfig base = TestFixture.metadata();
        List<DatabaseMeta> databases = base.databases().stream()
                .map(db -> db.id().equals("pg-tenant") ? new DatabaseMeta(db.id(), db.engine(), Optional.empty()) : db)
                .toList();
        MetadataConfig noCatalog = new MetadataConfig(databases, base.tables(), base.caches(), base.externalSyncs(), base.trino());

        assertPlannerError(noCatalog, QueryDefinition.builder("orders").join(QueryJoin.of("invoices")).build(), "NO_CATALOG",
                "{\"code\":\"NO_CATALOG\",\"databases\":[\"pg-tenant\"]}");
    }

    @Test
    @DisplayName("#57 realtime required and only lagged paths: FRESHNESS_UNMET with the lag on offer")
    void freshnessUnmet() {
        MetadataConfig noTrino = withTrino(TestFixture.metadata(), Optional.of(new TrinoSettings(false)));

        assertPlannerError(noTrino, QueryDefinition.builder("orders").join(QueryJoin.of("events")).freshness(Freshness.REALTIME).build(),
                "FRESHNESS_UNMET", "{\"code\":\"FRESHNESS_UNMET\",\"requiredFreshness\":\"realtime\",\"availableLag\":\"seconds\"}");
    }

    @Test
    @DisplayName("#59 metrics + tenants with no replica and no Trino: UNREACHABLE_TABLES lists them")
    void unreachableTables() {
        MetadataConfig noTrinoBlock = withTrino(TestFixture.metadata(), Optional.empty());
        // metrics and tenants have no relation, so the pair is planned directly as the required-table set
        QueryDefinition definition = QueryDefinition.builder("metrics")
                .filter(QueryExistsFilter.exists("tenants")).build();

        assertPlannerError(noTrinoBlock, definition, "UNREACHABLE_TABLES", "{\"code\":\"UNREACHABLE_TABLES\",\"tables\":[\"metrics\",\"tenants\"]}");
    }

    @Test
    @DisplayName("#64 three-table join inside pg-main runs direct")
    void threeTableJoin() {
        DatabaseRoute route = plan(QueryDefinition.builder("orders").join(QueryJoin.of("products"), QueryJoin.of("users")).build()).database();

        assertRoute(route, Strategy.DIRECT, "pg-main", "pg-main", DialectName.POSTGRES);
        assertThat(route.tables()).hasSize(3);
    }

    @Test
    @DisplayName("#79 a single Iceberg table runs direct through the trino executor with its catalog")
    void singleIcebergTable() {
        DatabaseRoute route = plan(QueryDefinition.builder("ordersArchive").build()).database();

        assertRoute(route, Strategy.DIRECT, "iceberg-archive", "trino", DialectName.TRINO);
        assertThat(route.table("orders-archive").orElseThrow().catalog()).contains("iceberg_archive");
    }

    @Test
    @DisplayName("#103 a requested column outside the cached set skips the cache")
    void uncachedColumnSkipsCache() {
        QueryPlan plan = plan(QueryDefinition.builder("products").byIds(id("P1"), id("P2")).columns("id", "name", "price").build());

        assertThat(plan.cache()).isEmpty();
        assertRoute(plan.database(), Strategy.DIRECT, "pg-main", "pg-main", DialectName.POSTGRES);
    }

    @Test
    @DisplayName("#130 requested columns all cached plans the cache")
    void cachedColumns() {
        assertThat(plan(QueryDefinition.builder("users").byIds(id("U1"), id("U2")).columns("id", "email").build()).cache()).isPresent();
    }

    @Test
    void omittedColumnsUseTheRoleAllowedSetForTheCacheCheck() {
        QueryDefinition products = QueryDefinition.builder("products").byIds(id("P1")).build();

        assertThat(plan(products).cache()).as("admin sees price, which the cache lacks").isEmpty();
        MetadataIndex index = new MetadataIndex(TestFixture.metadata(), TestFixture.roles());
        QueryPlan narrowed = new QueryPlanner(index).plan(products.toBuilder().columns("id", "name").build(),
                EffectiveAccess.resolve(ContextRoles.user("tenant-user"), index));
        assertThat(narrowed.cache()).isPresent();
    }

    @Test
    void cacheOnlyServesExecuteModeAndNoJoins() {
        QueryDefinition users = QueryDefinition.builder("users").byIds(id("U1")).build();

        assertThat(plan(users.toBuilder().executeMode(ExecuteMode.SQL_ONLY).build()).cache()).isEmpty();
        assertThat(plan(users.toBuilder().executeMode(ExecuteMode.COUNT).build()).cache()).isEmpty();
        assertThat(plan(users.toBuilder().join(QueryJoin.of("events")).build()).cache()).isEmpty();
    }

    @Test
    void existsTablesInGroupsAndNestedExistsAreRequiredTables() {
        QueryDefinition definition = QueryDefinition.builder("orders")
                .filter(QueryFilterGroup.or(QueryFilter.of("status", FilterOperator.EQ, "active"),
                        QueryExistsFilter.exists("invoices", QueryExistsFilter.exists("tenants"))))
                .build();

        DatabaseRoute route = plan(definition).database();

        assertThat(route.tables()).containsOnlyKeys("orders", "invoices", "tenants");
        assertThat(route.strategy()).isEqualTo(Strategy.TRINO_CROSS_DB);
    }

    @Test
    void replicaTieGoesToTheFirstDatabaseInConfigOrder() {
        // tenants alone lives in pg-tenant: direct; with a replica-only candidate set the most originals wins
        DatabaseRoute route = plan(QueryDefinition.builder("tenants").join(QueryJoin.of("orders")).build()).database();

        assertThat(route.targetDatabase()).isEqualTo("pg-main");
        assertThat(route.table("tenants").orElseThrow().physicalName()).isEqualTo("replicas.tenants");
    }

    private static QueryPlan plan(QueryDefinition definition) {
        return plan(TestFixture.metadata(), definition);
    }

    private static QueryPlan plan(MetadataConfig metadata, QueryDefinition definition) {
        MetadataIndex index = new MetadataIndex(metadata, TestFixture.roles());
        return new QueryPlanner(index).plan(definition, EffectiveAccess.resolve(ADMIN, index));
    }

    private static void assertRoute(DatabaseRoute route, Strategy strategy, String target, String executor, DialectName dialect) {
        assertThat(route.strategy()).isEqualTo(strategy);
        assertThat(route.targetDatabase()).isEqualTo(target);
        assertThat(route.executorKey()).isEqualTo(executor);
        assertThat(route.dialect()).isEqualTo(dialect);
    }

    private static void assertPlannerError(MetadataConfig metadata, QueryDefinition definition, String code, String detailsJson) {
        assertThatThrownBy(() -> plan(metadata, definition))
                .isInstanceOfSatisfying(PlannerException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.fromTable()).isEqualTo(definition.from());
                    assertThat(e.toJson().get("details").toString()).isEqualTo(detailsJson);
                });
    }

    private static MetadataConfig withTrino(MetadataConfig config, Optional<TrinoSettings> trino) {
        return new MetadataConfig(config.databases(), config.tables(), config.caches(), config.externalSyncs(), trino);
    }
}
