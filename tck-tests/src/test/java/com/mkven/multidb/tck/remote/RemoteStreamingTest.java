package com.mkven.multidb.tck.remote;

import com.mkven.multidb.engine.MultiDb;
import com.mkven.multidb.fixture.TestFixture;
import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.metadata.MetadataConfig;
import com.mkven.multidb.metadata.TableMeta;
import com.mkven.multidb.server.MultiDbServer;
import com.mkven.multidb.server.ServerConfig;
import com.mkven.multidb.spi.MetadataProvider;
import com.mkven.multidb.spi.RoleProvider;
import com.mkven.multidb.tck.contract.ContractFixture;
import com.mkven.multidb.tck.engine.PostgresFixtureEngine;
import com.mkven.multidb.tck.seed.PostgresSeed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Remote results stream: a large result is read through one answer as the server writes it (one statement in the
 * database, whatever the fetch size), and {@code Statement.cancel()} stops the database statement on the server — while
 * rows are read, and before the first row arrives ({@code POST /cancel} for the statement's requestId).
 */
class RemoteStreamingTest {
    private static final int ROWS = 200_000;
    private static MultiDbServer server;

    @BeforeAll
    static void start() throws SQLException {
        ContractFixture.seed();
        try (Connection pg = PostgresSeed.connect("pg_main"); Statement ddl = pg.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS public.remote_stream_rows");
            ddl.execute("CREATE TABLE public.remote_stream_rows AS SELECT g AS n FROM generate_series(1, " + ROWS + ") g");
            // ten seconds of work before the first row, which no SELECT MultiDB writes could cause on the fixture
            ddl.execute("CREATE OR REPLACE VIEW public.remote_slow_rows AS SELECT 1 AS n FROM pg_sleep(10)");
        }
        MultiDb engine = MultiDb.builder()
                .metadataProvider(MetadataProvider.of(withStreamTables(ContractFixture.metadata())))
                .roleProvider(RoleProvider.of(TestFixture.roles()))
                .executor("pg-main", PostgresFixtureEngine.postgres("pg_main"))
                .executor("pg-tenant", PostgresFixtureEngine.postgres("pg_tenant"))
                .build();
        server = new MultiDbServer(engine, ServerConfig.defaults().withPort(0)).start();
    }

    @AfterAll
    static void stop() {
        server.stop(Duration.ZERO);
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(RemoteServers.url(server) + "?roles=admin");
    }

    @Test
    void aLargeResultIsReadWholeAndInOrderFromOneStatement() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.setFetchSize(100);
            long started = System.nanoTime();
            long count = 0;
            long sum = 0;
            int previous = 0;
            boolean ordered = true;
            try (ResultSet rows = statement.executeQuery("SELECT n FROM streamRows ORDER BY n")) {
                while (rows.next()) {
                    int n = rows.getInt(1);
                    ordered &= n == previous + 1;
                    previous = n;
                    count++;
                    sum += n;
                }
            }
            long elapsedMs = (System.nanoTime() - started) / 1_000_000;

            assertThat(count).isEqualTo(ROWS);
            assertThat(sum).isEqualTo((long) ROWS * (ROWS + 1) / 2);
            assertThat(ordered).isTrue();
            assertThat(statementsOnTable("remote_stream_rows")).as("the database ran it once; nothing is left running").isZero();
            System.out.printf("%d rows read remotely in %d ms%n", ROWS, elapsedMs);
        }
    }

    @Test
    void cancelWhileRowsAreReadStopsTheDatabaseStatementOnTheServer() throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            ResultSet rows = statement.executeQuery("SELECT n FROM streamRows");
            for (int i = 0; i < 1_000; i++) {
                assertThat(rows.next()).isTrue();
            }

            CompletableFuture.runAsync(() -> cancel(statement)).get(10, TimeUnit.SECONDS);

            assertThatThrownBy(() -> {
                while (rows.next()) {
                    rows.getInt(1);
                }
            }).isInstanceOf(SQLException.class).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("57014");
            assertThat(waitUntilNoStatementOn("remote_stream_rows", Duration.ofSeconds(10))).as("the server cancelled the statement").isTrue();
            try (ResultSet again = statement.executeQuery("SELECT id FROM orders")) {
                assertThat(again.next()).as("the statement runs again after a cancel").isTrue();
            }
        }
    }

    @Test
    void cancelBeforeTheFirstRowGivesUpAtOnceAndStopsTheStatementOnTheServer() throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            CompletableFuture<Void> canceller = CompletableFuture.runAsync(() -> cancel(statement),
                    CompletableFuture.delayedExecutor(500, TimeUnit.MILLISECONDS));
            long started = System.nanoTime();

            assertThatThrownBy(() -> statement.executeQuery("SELECT n FROM slowRows"))
                    .isInstanceOf(SQLException.class).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("57014");
            long elapsedMs = (System.nanoTime() - started) / 1_000_000;

            canceller.get(10, TimeUnit.SECONDS);
            assertThat(elapsedMs).as("not after the view's ten seconds").isBetween(400L, 5_000L);
            assertThat(waitUntilNoStatementOn("remote_slow_rows", Duration.ofSeconds(4)))
                    .as("POST /cancel stopped the statement on the server, long before the view's ten seconds").isTrue();
            System.out.printf("remote cancel before the first row took effect after %d ms%n", elapsedMs);
        }
    }

    /** Statements of other sessions on {@code table} that are still running. */
    private static int statementsOnTable(String table) throws SQLException {
        try (Connection pg = PostgresSeed.connect("pg_main"); Statement activity = pg.createStatement();
                ResultSet found = activity.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE state = 'active' "
                        + "AND pid <> pg_backend_pid() AND query LIKE '%" + table + "%'")) {
            found.next();
            return found.getInt(1);
        }
    }

    private static boolean waitUntilNoStatementOn(String table, Duration within) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (statementsOnTable(table) == 0) {
                return true;
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        return false;
    }

    private static void cancel(Statement statement) {
        try {
            statement.cancel();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MetadataConfig withStreamTables(MetadataConfig fixture) {
        List<TableMeta> tables = new ArrayList<>(fixture.tables());
        tables.add(table("stream-rows", "streamRows", "public.remote_stream_rows"));
        tables.add(table("slow-rows", "slowRows", "public.remote_slow_rows"));
        return new MetadataConfig(fixture.databases(), tables, fixture.caches(), fixture.externalSyncs(), fixture.trino());
    }

    private static TableMeta table(String id, String apiName, String physicalName) {
        return new TableMeta(id, apiName, "pg-main", physicalName, List.of(ColumnMeta.of("n", "n", ColumnType.INT, false)), List.of("n"),
                List.of(), Optional.empty());
    }
}
