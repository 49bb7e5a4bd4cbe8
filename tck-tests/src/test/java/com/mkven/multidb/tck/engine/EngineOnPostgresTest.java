package com.mkven.multidb.tck.engine;

import com.mkven.multidb.cache.redis.RedisCacheConfig;
import com.mkven.multidb.cache.redis.RedisCacheProvider;
import com.mkven.multidb.engine.MultiDb;
import com.mkven.multidb.engine.QueryStream;
import com.mkven.multidb.error.ConfigException;
import com.mkven.multidb.error.ExecutionDetails;
import com.mkven.multidb.error.ProviderException;
import com.mkven.multidb.error.QueryExecutionException;
import com.mkven.multidb.error.ValidationException;
import com.mkven.multidb.executor.postgres.PostgresExecutor;
import com.mkven.multidb.executor.postgres.PostgresExecutorConfig;
import com.mkven.multidb.fixture.TestFixture;
import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.metadata.MetadataConfig;
import com.mkven.multidb.metadata.TableMeta;
import com.mkven.multidb.query.AggregationFn;
import com.mkven.multidb.query.ExecuteMode;
import com.mkven.multidb.query.ExecutionContext;
import com.mkven.multidb.query.FilterOperator;
import com.mkven.multidb.query.QueryAggregation;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.query.QueryFilter;
import com.mkven.multidb.query.QueryGroupBy;
import com.mkven.multidb.result.CountResult;
import com.mkven.multidb.result.DataResult;
import com.mkven.multidb.result.DebugLogEntry;
import com.mkven.multidb.result.DebugPhase;
import com.mkven.multidb.result.DialectName;
import com.mkven.multidb.result.HealthCheckResult;
import com.mkven.multidb.result.Strategy;
import com.mkven.multidb.result.TableSource;
import com.mkven.multidb.result.TableUsed;
import com.mkven.multidb.spi.ExecutionOptions;
import com.mkven.multidb.spi.MetadataProvider;
import com.mkven.multidb.tck.seed.EngineEnvironment;
import com.mkven.multidb.tck.seed.PostgresSeed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static com.mkven.multidb.fixture.TestFixture.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The engine end to end on real PostgreSQL and Redis (scenarios.md §3, §7, §8). */
class EngineOnPostgresTest {
    private static final ExecutionContext ADMIN = ExecutionContext.ofUserRoles("admin");

    @BeforeAll
    static void seed() {
        PostgresFixtureEngine.seed();
    }

    @Test
    @DisplayName("#14e count mode returns kind count with the seed's 7 orders and no columns")
    void countMode() {
        try (MultiDb db = PostgresFixtureEngine.withBackends().build()) {
            CountResult result = (CountResult) db.query(QueryDefinition.builder("orders").executeMode(ExecuteMode.COUNT).build(), ADMIN);

            assertThat(result.count()).isEqualTo(7);
            assertThat(result.meta().columns()).isEmpty();
            assertThat(result.meta().timing().executionMs()).isPresent();
        }
    }

    @Test
    @DisplayName("#76 count mode ignores grouping, aggregations and having")
    void countIgnoresGrouping() {
        QueryDefinition grouped = QueryDefinition.builder("orders")
                .columns("status")
                .groupBy(QueryGroupBy.of("status"))
                .aggregation(QueryAggregation.of(AggregationFn.SUM, "total", "totalSum"))
                .having(QueryFilter.of("totalSum", FilterOperator.GT, 100))
                .executeMode(ExecuteMode.COUNT)
                .build();
        try (MultiDb db = PostgresFixtureEngine.withBackends().build()) {
            CountResult result = (CountResult) db.query(grouped.toBuilder().debug(true).build(), ADMIN);

            assertThat(result.count()).isEqualTo(7);
            assertThat(generatedSql(result.debugLog().orElseThrow())).startsWith("SELECT COUNT(*) FROM")
                    .doesNotContain("GROUP BY").doesNotContain("HAVING").doesNotContain("SUM(");
        }
    }

    @Test
    @DisplayName("#152 byIds in count mode counts only the ids that exist")
    void byIdsCount() {
        QueryDefinition definition = QueryDefinition.builder("users").byIds(id("U1"), id("U2"), id("UX")).executeMode(ExecuteMode.COUNT).build();
        try (MultiDb db = PostgresFixtureEngine.withBackends().build()) {
            CountResult result = (CountResult) db.query(definition.toBuilder().debug(true).build(), ADMIN);

            assertThat(result.count()).isEqualTo(2);
            assertThat(generatedSql(result.debugLog().orElseThrow())).startsWith("SELECT COUNT(*)").contains("= ANY($1");
        }
    }

    @Test
    @DisplayName("#39 debug log entries across the pipeline phases, absent without debug")
    void debugLog() {
        try (MultiDb db = PostgresFixtureEngine.withBackends().build()) {
            DataResult debugged = (DataResult) db.query(QueryDefinition.builder("orders").debug(true).build(), ADMIN);
            DataResult plain = (DataResult) db.query(QueryDefinition.builder("orders").build(), ADMIN);

            assertThat(debugged.debugLog()).isPresent();
            assertThat(debugged.debugLog().get()).extracting(DebugLogEntry::phase).contains(
                    DebugPhase.VALIDATION, DebugPhase.ACCESS_CONTROL, DebugPhase.PLANNING, DebugPhase.NAME_RESOLUTION,
                    DebugPhase.SQL_GENERATION, DebugPhase.EXECUTION);
            assertThat(debugged.debugLog().get()).allSatisfy(entry -> assertThat(entry.timestamp()).isPositive());
            assertThat(plain.debugLog()).isEmpty();
        }
    }

    @Test
    @DisplayName("#60 health check reports every executor and cache with latency")
    void healthCheck() {
        try (MultiDb db = PostgresFixtureEngine.withBackends().build()) {
            HealthCheckResult health = db.healthCheck();

            assertThat(health.healthy()).isTrue();
            assertThat(health.executors()).containsOnlyKeys("pg-main", "pg-tenant");
            assertThat(health.cacheProviders()).containsOnlyKeys("redis-main");
            assertThat(health.executors().get("pg-main").latencyMs()).isPositive();
            assertThat(health.executors().get("pg-main").error()).isEmpty();
        }
    }

    @Test
    void healthCheckReportsADeadDatabaseWithoutThrowing() {
        PostgresExecutor dead = new PostgresExecutor(PostgresExecutorConfig.of("jdbc:postgresql://127.0.0.1:1/pg_main", "postgres").withConnectTimeoutMs(500));
        try (MultiDb db = PostgresFixtureEngine.builder().executor("pg-main", dead).validateConnections(false).build()) {
            HealthCheckResult health = db.healthCheck();

            assertThat(health.healthy()).isFalse();
            assertThat(health.executors().get("pg-main").error()).isPresent();
        }
    }

    @Test
    @DisplayName("#105 close() closes every provider; later queries fail with EXECUTOR_MISSING")
    void close() {
        CountingExecutor pgMain = new CountingExecutor(PostgresFixtureEngine.postgres("pg_main"));
        MultiDb db = PostgresFixtureEngine.builder().executor("pg-main", pgMain).cacheProvider("redis-main", PostgresFixtureEngine.redis()).build();
        db.query(QueryDefinition.builder("orders").build(), ADMIN);

        db.close();

        assertThat(pgMain.closes.get()).isEqualTo(1);
        assertThatThrownBy(() -> db.query(QueryDefinition.builder("orders").build(), ADMIN))
                .isInstanceOfSatisfying(QueryExecutionException.class,
                        e -> assertThat(e.details()).isEqualTo(new ExecutionDetails.ExecutorMissing("pg-main")));
    }

    @Test
    @DisplayName("#61 hot reload: a table added to metadata is queryable by the next query")
    void hotReload() throws Exception {
        try (Connection connection = PostgresSeed.connect("pg_main"); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS public.audit_log");
            statement.execute("CREATE TABLE public.audit_log (id uuid PRIMARY KEY, action text NOT NULL)");
            statement.execute("INSERT INTO public.audit_log VALUES ('" + UUID.randomUUID() + "', 'login')");
        }
        AtomicReference<MetadataConfig> metadata = new AtomicReference<>(TestFixture.metadata());
        try (MultiDb db = PostgresFixtureEngine.builder().metadataProvider(metadata::get).executor("pg-main", PostgresFixtureEngine.postgres("pg_main")).build()) {
            assertThatThrownBy(() -> db.query(QueryDefinition.builder("auditLog").build(), ADMIN)).hasMessageContaining("Validation failed");

            metadata.set(withAuditLog(TestFixture.metadata()));
            db.reloadMetadata();

            DataResult rows = (DataResult) db.query(QueryDefinition.builder("auditLog").build(), ADMIN);
            assertThat(rows.data()).extracting(row -> row.get("action")).containsExactly("login");
        }
    }

    @Test
    @DisplayName("#171 reload while a query runs: the running query keeps its snapshot, the next sees the new one")
    void reloadDuringQuery() {
        AtomicReference<MetadataConfig> metadata = new AtomicReference<>(TestFixture.metadata());
        try (MultiDb db = PostgresFixtureEngine.builder().metadataProvider(metadata::get).executor("pg-main", PostgresFixtureEngine.postgres("pg_main")).build()) {
            List<Object> statuses = new ArrayList<>();
            try (QueryStream running = db.stream(QueryDefinition.builder("orders").columns("internalNote").build(), ADMIN, new ExecutionOptions(2, Optional.empty()))) {
                metadata.set(withoutInternalNote(TestFixture.metadata()));
                db.reloadMetadata();
                while (running.next()) {
                    statuses.add(running.value(0));
                }
            }
            assertThat(statuses).hasSize(7);
            assertThatThrownBy(() -> db.query(QueryDefinition.builder("orders").columns("internalNote").build(), ADMIN))
                    .hasMessageContaining("Validation failed");
        }
    }

    @Test
    void aReloadWhoseProviderThrowsMidQueryLeavesTheRunningQueryUntouched() {
        AtomicReference<MetadataConfig> metadata = new AtomicReference<>(TestFixture.metadata());
        MetadataProvider flaky = () -> {
            MetadataConfig current = metadata.get();
            if (current == null) {
                throw new IllegalStateException("metadata store unreachable");
            }
            return current;
        };
        try (MultiDb db = PostgresFixtureEngine.builder().metadataProvider(flaky).executor("pg-main", PostgresFixtureEngine.postgres("pg_main")).build()) {
            List<Object> ids = new ArrayList<>();
            try (QueryStream running = db.stream(QueryDefinition.builder("orders").columns("id").build(), ADMIN, new ExecutionOptions(2, Optional.empty()))) {
                assertThat(running.next()).isTrue();
                ids.add(running.value(0));
                metadata.set(null);
                assertThatThrownBy(db::reloadMetadata).isInstanceOfSatisfying(ProviderException.class,
                        e -> assertThat(e.code()).isEqualTo("METADATA_LOAD_FAILED"));
                while (running.next()) {
                    ids.add(running.value(0));
                }
            }
            assertThat(ids).hasSize(7);
            assertThat(((DataResult) db.query(QueryDefinition.builder("orders").build(), ADMIN)).data()).hasSize(7);
        }
    }

    @Test
    @DisplayName("#228 reload with an invalid config: CONFIG_INVALID, the old metadata stays and queries work")
    void reloadWithInvalidConfig() {
        AtomicReference<MetadataConfig> metadata = new AtomicReference<>(TestFixture.metadata());
        try (MultiDb db = PostgresFixtureEngine.builder().metadataProvider(metadata::get).executor("pg-main", PostgresFixtureEngine.postgres("pg_main")).build()) {
            MetadataConfig base = TestFixture.metadata();
            List<TableMeta> tables = new ArrayList<>(base.tables());
            TableMeta orders = tables.get(1);
            tables.set(1, new TableMeta(orders.id(), "Order_Items", orders.database(), orders.physicalName(), orders.columns(), orders.primaryKey(), orders.relations(),
                    orders.trinoPhysicalName()));
            metadata.set(new MetadataConfig(base.databases(), tables, base.caches(), base.externalSyncs(), base.trino()));

            assertThatThrownBy(db::reloadMetadata).isInstanceOfSatisfying(ConfigException.class,
                    e -> assertThat(e.code()).isEqualTo("CONFIG_INVALID"));
            assertThat(((DataResult) db.query(QueryDefinition.builder("orders").build(), ADMIN)).data()).hasSize(7);
        }
    }

    @Test
    @DisplayName("#172 a real statement held past timeoutMs 100 fails with QUERY_TIMEOUT carrying 100")
    void driverLevelTimeout() throws Exception {
        PostgresExecutor pgMain = new PostgresExecutor(PostgresExecutorConfig.of(EngineEnvironment.postgresUrl("pg_main"), "postgres").withTimeoutMs(100));
        try (MultiDb db = PostgresFixtureEngine.builder().executor("pg-main", pgMain).build();
                Connection locker = PostgresSeed.connect("pg_main")) {
            locker.setAutoCommit(false);
            try (Statement lock = locker.createStatement()) {
                lock.execute("LOCK TABLE public.orders IN ACCESS EXCLUSIVE MODE");
                long start = System.nanoTime();
                assertThatThrownBy(() -> db.query(QueryDefinition.builder("orders").build(), ADMIN))
                        .isInstanceOfSatisfying(QueryExecutionException.class, e -> {
                            assertThat(e.code()).isEqualTo("QUERY_TIMEOUT");
                            assertThat(((ExecutionDetails.QueryTimeout) e.details()).timeoutMs()).isEqualTo(100);
                            assertThat(((ExecutionDetails.QueryTimeout) e.details()).database()).isEqualTo("pg-main");
                        });
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            } finally {
                locker.rollback();
            }
        }
    }

    @Test
    @DisplayName("#14b tenant-user sees orders.total masked to 0 in real rows, flagged in meta")
    void maskedRows() {
        try (MultiDb db = PostgresFixtureEngine.withBackends().build()) {
            DataResult result = (DataResult) db.query(QueryDefinition.builder("orders").build(), ExecutionContext.ofUserRoles("tenant-user"));

            assertThat(result.data()).hasSize(7).allSatisfy(row -> {
                assertThat(row).containsOnlyKeys("id", "total", "status", "createdAt");
                assertThat(row.get("total")).isEqualTo(BigDecimal.ZERO);
                assertThat(row.get("id")).isInstanceOf(UUID.class);
            });
            assertThat(result.meta().columns()).filteredOn(c -> c.apiName().equals("total")).singleElement()
                    .satisfies(c -> assertThat(c.masked()).isTrue());
        }
    }

    @Test
    @DisplayName("#8 byIds all cached: served by redis-main with no database call")
    void fullCacheHit() {
        CountingExecutor pgMain = new CountingExecutor(PostgresFixtureEngine.postgres("pg_main"));
        try (MultiDb db = PostgresFixtureEngine.builder().executor("pg-main", pgMain).cacheProvider("redis-main", PostgresFixtureEngine.redis()).build()) {
            DataResult result = (DataResult) db.query(QueryDefinition.builder("users").byIds(id("U1"), id("U2"), id("U3")).build(), ADMIN);

            assertThat(result.meta().strategy()).isEqualTo(Strategy.CACHE);
            assertThat(result.meta().targetDatabase()).isEqualTo("redis-main");
            assertThat(result.meta().dialect()).isEmpty();
            assertThat(result.meta().tablesUsed()).extracting(TableUsed::source).containsExactly(TableSource.CACHE);
            assertThat(result.data()).extracting(row -> row.get("id").toString()).containsExactly(id("U1"), id("U2"), id("U3"));
            assertThat(result.data().get(0).get("createdAt")).isEqualTo(java.time.Instant.parse("2024-01-05T09:00:00Z"));
            assertThat(pgMain.executions.get()).isZero();
        }
    }

    @Test
    @DisplayName("#10 byIds partly cached: cached rows plus database rows, merged in byIds order")
    void partialCacheHit() {
        CountingExecutor pgMain = new CountingExecutor(PostgresFixtureEngine.postgres("pg_main"));
        try (MultiDb db = PostgresFixtureEngine.builder().executor("pg-main", pgMain).cacheProvider("redis-main", PostgresFixtureEngine.redis()).build()) {
            DataResult result = (DataResult) db.query(QueryDefinition.builder("users").byIds(id("U1"), id("U4"), id("U2"), id("U1")).build(), ADMIN);

            assertThat(result.data()).extracting(row -> row.get("id").toString()).containsExactly(id("U1"), id("U4"), id("U2"));
            assertThat(result.data().get(1).get("email")).isEqualTo("ADMIN.ops@EXAMPLE.COM");
            assertThat(result.meta().strategy()).isEqualTo(Strategy.CACHE);
            assertThat(result.meta().dialect()).contains(DialectName.POSTGRES);
            assertThat(result.meta().tablesUsed()).extracting(TableUsed::source).containsExactly(TableSource.CACHE, TableSource.ORIGINAL);
            assertThat(pgMain.executions.get()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("#130 byIds with requested columns all cached is served from the cache")
    void cachedColumns() {
        try (MultiDb db = PostgresFixtureEngine.withBackends().build()) {
            DataResult result = (DataResult) db.query(QueryDefinition.builder("users").byIds(id("U1"), id("U2")).columns("id", "email").build(), ADMIN);

            assertThat(result.meta().strategy()).isEqualTo(Strategy.CACHE);
            assertThat(result.data()).extracting(Map::keySet).allSatisfy(keys -> assertThat(keys).containsExactly("id", "email"));
        }
    }

    @Test
    @DisplayName("#35 cached rows are masked exactly like database rows")
    void cachedRowsMasked() {
        ExecutionContext tenantUser = ExecutionContext.ofUserRoles("tenant-user");
        try (MultiDb db = PostgresFixtureEngine.withBackends().build()) {
            DataResult cached = (DataResult) db.query(QueryDefinition.builder("users").byIds(id("U1"), id("U2")).build(), tenantUser);
            DataResult fromDatabase = (DataResult) db.query(QueryDefinition.builder("users")
                    .filter(QueryFilter.in("id", List.of(id("U1"), id("U2")))).build(), tenantUser);

            assertThat(cached.meta().strategy()).isEqualTo(Strategy.CACHE);
            assertThat(cached.data().get(0).get("email")).isEqualTo("a***@***.com");
            assertThat(cached.data()).containsExactlyInAnyOrderElementsOf(fromDatabase.data());
        }
    }

    @Test
    void aCacheThatIsDownIsAMissAndTheDatabaseServes() {
        RedisCacheProvider deadRedis = new RedisCacheProvider(RedisCacheConfig.of("redis://127.0.0.1:1").withTimeout(Duration.ofMillis(300)));
        try (MultiDb db = PostgresFixtureEngine.builder().executor("pg-main", PostgresFixtureEngine.postgres("pg_main"))
                .cacheProvider("redis-main", deadRedis).validateConnections(false).build()) {
            DataResult result = (DataResult) db.query(QueryDefinition.builder("users").byIds(id("U1"), id("U5")).debug(true).build(), ADMIN);

            assertThat(result.data()).hasSize(2);
            assertThat(result.meta().strategy()).isEqualTo(Strategy.DIRECT);
            assertThat(result.debugLog().orElseThrow()).anySatisfy(entry -> {
                assertThat(entry.phase()).isEqualTo(DebugPhase.CACHE);
                assertThat(entry.message()).contains("served from the database");
            });
        }
    }

    @Test
    void rolesReloadNarrowsTheNextQuery() {
        AtomicReference<List<com.mkven.multidb.metadata.RoleMeta>> roles = new AtomicReference<>(TestFixture.roles());
        try (MultiDb db = PostgresFixtureEngine.builder().roleProvider(roles::get).executor("pg-main", PostgresFixtureEngine.postgres("pg_main")).build()) {
            roles.set(TestFixture.roles().stream().filter(r -> !r.id().equals("tenant-user")).toList());
            db.reloadRoles();

            assertThatThrownBy(() -> db.query(QueryDefinition.builder("orders").build(), ExecutionContext.ofUserRoles("tenant-user")))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.errors()).extracting(issue -> issue.code().name()).containsExactly("UNKNOWN_ROLE"));
        }
    }

    private static MetadataConfig withAuditLog(MetadataConfig base) {
        List<TableMeta> tables = new ArrayList<>(base.tables());
        tables.add(new TableMeta("auditLog", "auditLog", "pg-main", "public.audit_log",
                List.of(ColumnMeta.of("id", "id", ColumnType.UUID, false), ColumnMeta.of("action", "action", ColumnType.STRING, false)),
                List.of("id"), List.of(), Optional.empty()));
        return new MetadataConfig(base.databases(), tables, base.caches(), base.externalSyncs(), base.trino());
    }

    private static String generatedSql(List<DebugLogEntry> log) {
        return log.stream().filter(entry -> entry.phase() == DebugPhase.SQL_GENERATION).findFirst().orElseThrow().message();
    }

    private static MetadataConfig withoutInternalNote(MetadataConfig base) {
        List<TableMeta> tables = new ArrayList<>();
        for (TableMeta table : base.tables()) {
            if (table.id().equals("orders")) {
                List<ColumnMeta> columns = table.columns().stream().filter(c -> !c.apiName().equals("internalNote")).toList();
                tables.add(new TableMeta(table.id(), table.apiName(), table.database(), table.physicalName(), columns, table.primaryKey(), table.relations(),
                        table.trinoPhysicalName()));
            } else {
                tables.add(table);
            }
        }
        return new MetadataConfig(base.databases(), tables, base.caches(), base.externalSyncs(), base.trino());
    }
}
