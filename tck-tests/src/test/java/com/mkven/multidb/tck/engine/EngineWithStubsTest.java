package com.mkven.multidb.tck.engine;

import com.mkven.multidb.engine.MultiDb;
import com.mkven.multidb.engine.MultiDbBuilder;
import com.mkven.multidb.error.BackendKind;
import com.mkven.multidb.error.ConnectionDetails;
import com.mkven.multidb.error.ConnectionException;
import com.mkven.multidb.error.ErrorCode;
import com.mkven.multidb.error.ExecutionDetails;
import com.mkven.multidb.error.ProviderException;
import com.mkven.multidb.error.QueryExecutionException;
import com.mkven.multidb.error.ValidationException;
import com.mkven.multidb.fixture.TestFixture;
import com.mkven.multidb.metadata.RoleMeta;
import com.mkven.multidb.query.ExecuteMode;
import com.mkven.multidb.query.ExecutionContext;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.result.HealthCheckResult;
import com.mkven.multidb.result.QueryResult;
import com.mkven.multidb.result.ResultColumn;
import com.mkven.multidb.result.SqlResult;
import com.mkven.multidb.result.Strategy;
import com.mkven.multidb.spi.MetadataProvider;
import com.mkven.multidb.spi.RoleProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static com.mkven.multidb.fixture.TestFixture.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Engine behaviour that needs faults a real engine cannot produce on demand (scenarios marked "mock"). */
class EngineWithStubsTest {
    private static final ExecutionContext ADMIN = ExecutionContext.ofUserRoles("admin");
    private static final ExecutionContext TENANT_USER = ExecutionContext.ofUserRoles("tenant-user");

    @Test
    @DisplayName("#31 sql-only returns SQL and params, never calls an executor, and reports masking intent")
    void sqlOnly() {
        StubExecutor pgMain = StubExecutor.healthy();
        MultiDb db = fixture().executor("pg-main", pgMain).build();

        QueryResult result = db.query(QueryDefinition.builder("orders").executeMode(ExecuteMode.SQL_ONLY).build(), TENANT_USER);

        assertThat(result).isInstanceOf(SqlResult.class);
        SqlResult sql = (SqlResult) result;
        assertThat(sql.sql()).startsWith("SELECT").contains("\"public\".\"orders\" t0");
        assertThat(sql.meta().strategy()).isEqualTo(Strategy.DIRECT);
        assertThat(sql.meta().timing().executionMs()).isEmpty();
        assertThat(sql.meta().columns()).extracting(ResultColumn::apiName).containsExactly("id", "total", "status", "createdAt");
        assertThat(sql.meta().columns()).filteredOn(ResultColumn::masked).extracting(ResultColumn::apiName).containsExactly("total");
        assertThat(pgMain.executedSql).isEmpty();
    }

    @Test
    @DisplayName("#44 no executor for the target database: EXECUTOR_MISSING naming ch-analytics")
    void executorMissing() {
        MultiDb db = fixture().executor("pg-main", StubExecutor.healthy()).build();

        assertThatThrownBy(() -> db.query(QueryDefinition.builder("events").build(), ADMIN))
                .isInstanceOfSatisfying(QueryExecutionException.class, e -> {
                    assertThat(e.code()).isEqualTo("EXECUTOR_MISSING");
                    assertThat(e.details()).isEqualTo(new ExecutionDetails.ExecutorMissing("ch-analytics"));
                });
    }

    @Test
    @DisplayName("#48 cache chosen but no provider registered: CACHE_PROVIDER_MISSING naming redis-main")
    void cacheProviderMissing() {
        MultiDb db = fixture().executor("pg-main", StubExecutor.healthy()).build();

        assertThatThrownBy(() -> db.query(QueryDefinition.builder("users").byIds(id("U1")).build(), ADMIN))
                .isInstanceOfSatisfying(QueryExecutionException.class, e ->
                        assertThat(e.details()).isEqualTo(new ExecutionDetails.CacheProviderMissing("redis-main")));
    }

    @Test
    @DisplayName("#53 a ping failing at start-up: CONNECTION_FAILED listing every unreachable provider")
    void pingFailsAtStartup() {
        MultiDbBuilder builder = fixture()
                .executor("pg-main", StubExecutor.healthy())
                .executor("pg-tenant", StubExecutor.failing(StubExecutor.Fault.PING))
                .executor("trino", StubExecutor.failing(StubExecutor.Fault.PING));

        assertThatThrownBy(builder::build)
                .isInstanceOfSatisfying(ConnectionException.class, e -> {
                    assertThat(e.code()).isEqualTo("CONNECTION_FAILED");
                    ConnectionDetails.Unreachable unreachable = (ConnectionDetails.Unreachable) e.details();
                    assertThat(unreachable.unreachable()).extracting(u -> u.id()).containsExactly("pg-tenant", "trino");
                    assertThat(unreachable.unreachable().get(0).type()).isEqualTo(BackendKind.EXECUTOR);
                    assertThat(unreachable.unreachable().get(0).engine()).contains("postgres");
                    assertThat(unreachable.unreachable().get(1).engine()).contains("trino");
                    assertThat(unreachable.unreachable().get(0).cause()).get().extracting(Throwable::getMessage).isEqualTo("connection refused");
                });
    }

    @Test
    @DisplayName("#58 the executor rejects: QUERY_FAILED with sql, params, dialect, database and the cause")
    void executionFailure() {
        MultiDb db = fixture().executor("pg-main", StubExecutor.failing(StubExecutor.Fault.EXECUTE)).build();

        assertThatThrownBy(() -> db.query(QueryDefinition.builder("orders").byIds(id("O1")).build(), ADMIN))
                .isInstanceOfSatisfying(QueryExecutionException.class, e -> {
                    assertThat(e.code()).isEqualTo("QUERY_FAILED");
                    ExecutionDetails.QueryFailed details = (ExecutionDetails.QueryFailed) e.details();
                    assertThat(details.database()).isEqualTo("pg-main");
                    assertThat(details.dialect()).isEqualTo("postgres");
                    assertThat(details.sql()).contains("= ANY($1::uuid[])");
                    assertThat(details.params()).hasSize(1);
                    assertThat(e.getCause()).hasMessageContaining("does not exist");
                    assertThat(e.toJson().get("cause").get("message").asText()).contains("does not exist");
                });
    }

    @Test
    void anUnexpectedExecutorExceptionIsStillATypedQueryFailure() {
        MultiDb db = fixture().executor("pg-main", StubExecutor.failing(StubExecutor.Fault.UNEXPECTED)).build();

        assertThatThrownBy(() -> db.query(QueryDefinition.builder("orders").build(), ADMIN))
                .isInstanceOfSatisfying(QueryExecutionException.class, e -> assertThat(e.code()).isEqualTo("QUERY_FAILED"))
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("#62 a failed role reload keeps the previous roles")
    void failedReloadKeepsRoles() {
        AtomicReference<List<RoleMeta>> roles = new AtomicReference<>(TestFixture.roles());
        MultiDb db = MultiDb.builder()
                .metadataProvider(MetadataProvider.of(TestFixture.metadata()))
                .roleProvider(() -> {
                    List<RoleMeta> current = roles.get();
                    if (current == null) {
                        throw new IllegalStateException("role store down");
                    }
                    return current;
                })
                .build();
        roles.set(null);

        assertThatThrownBy(db::reloadRoles).isInstanceOfSatisfying(ProviderException.class,
                e -> assertThat(e.code()).isEqualTo("ROLE_LOAD_FAILED"));
        QueryResult stillWorks = db.query(QueryDefinition.builder("orders").executeMode(ExecuteMode.SQL_ONLY).build(), TENANT_USER);
        assertThat(stillWorks.meta().columns()).hasSize(4);
    }

    @Test
    @DisplayName("#63 lazy connections: a failing executor does not stop start-up and shows in healthCheck")
    void lazyConnections() {
        MultiDb db = fixture()
                .executor("pg-main", StubExecutor.healthy())
                .executor("pg-tenant", StubExecutor.failing(StubExecutor.Fault.PING))
                .validateConnections(false)
                .build();

        HealthCheckResult health = db.healthCheck();

        assertThat(health.healthy()).isFalse();
        assertThat(health.executors().get("pg-main").healthy()).isTrue();
        assertThat(health.executors().get("pg-tenant").healthy()).isFalse();
        assertThat(health.executors().get("pg-tenant").error()).contains("connection refused");
        assertThat(health.executors().get("pg-tenant").latencyMs()).isGreaterThanOrEqualTo(0);
    }

    @Test
    @DisplayName("#131 the executor's time limit fires: QUERY_TIMEOUT with sql, timeoutMs and dialect")
    void timeoutMapped() {
        MultiDb db = fixture().executor("pg-main", StubExecutor.failing(StubExecutor.Fault.TIMEOUT)).build();

        assertThatThrownBy(() -> db.query(QueryDefinition.builder("orders").build(), ADMIN))
                .isInstanceOfSatisfying(QueryExecutionException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.QUERY_TIMEOUT.name());
                    ExecutionDetails.QueryTimeout details = (ExecutionDetails.QueryTimeout) e.details();
                    assertThat(details.timeoutMs()).isEqualTo(250);
                    assertThat(details.dialect()).isEqualTo("postgres");
                    assertThat(details.sql()).contains("FROM \"public\".\"orders\" t0");
                });
    }

    @Test
    @DisplayName("#170 close() with one failure: every provider closed, one error naming pg-tenant, then EXECUTOR_MISSING")
    void closeWithOneFailure() {
        StubExecutor pgMain = StubExecutor.healthy();
        StubExecutor pgTenant = StubExecutor.failing(StubExecutor.Fault.CLOSE);
        RecordingCache redis = new RecordingCache();
        MultiDb db = fixture().executor("pg-main", pgMain).executor("pg-tenant", pgTenant).cacheProvider("redis-main", redis).build();

        assertThatThrownBy(db::close).isInstanceOfSatisfying(ConnectionException.class, e -> {
            ConnectionDetails.Unreachable unreachable = (ConnectionDetails.Unreachable) e.details();
            assertThat(unreachable.unreachable()).extracting(u -> u.id()).containsExactly("pg-tenant");
        });
        assertThat(pgMain.closeCalls).isEqualTo(1);
        assertThat(pgTenant.closeCalls).isEqualTo(1);
        assertThat(redis.closeCalls).isEqualTo(1);
        assertThatThrownBy(() -> db.query(QueryDefinition.builder("orders").build(), ADMIN))
                .isInstanceOfSatisfying(QueryExecutionException.class, e -> assertThat(e.code()).isEqualTo("EXECUTOR_MISSING"));
        db.close();
        assertThat(pgMain.closeCalls).as("a second close is a no-op").isEqualTo(1);
        assertThat(db.query(QueryDefinition.builder("orders").executeMode(ExecuteMode.SQL_ONLY).build(), ADMIN))
                .as("sql-only still works after close").isInstanceOf(SqlResult.class);
    }

    @Test
    void aDefinitionThatFailsValidationNeverReachesAnExecutor() {
        StubExecutor pgMain = StubExecutor.healthy();
        MultiDb db = fixture().executor("pg-main", pgMain).build();

        assertThatThrownBy(() -> db.query(QueryDefinition.builder("orders").columns("nonexistent").build(), ADMIN))
                .isInstanceOf(ValidationException.class);
        assertThat(pgMain.executedSql).isEmpty();
    }

    @Test
    void buildingWithoutProvidersIsRefused() {
        assertThatThrownBy(() -> MultiDb.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("metadata provider");
    }

    private static MultiDbBuilder fixture() {
        return MultiDb.builder()
                .metadataProvider(MetadataProvider.of(TestFixture.metadata()))
                .roleProvider(RoleProvider.of(TestFixture.roles()));
    }
}
