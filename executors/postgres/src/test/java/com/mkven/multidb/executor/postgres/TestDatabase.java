package com.mkven.multidb.executor.postgres;

import com.mkven.multidb.spi.DbExecutor;
import com.mkven.multidb.spi.ExecutionOptions;
import com.mkven.multidb.spi.RowCursor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The real PostgreSQL the tests run against (infra.md): 127.0.0.1, port {@code MULTIDB_PG_PORT}
 * (default 5432), user postgres with trust authentication, database pg_main. Scratch tables live
 * in the schema {@value #SCHEMA}, created and dropped by the test classes that need them.
 */
final class TestDatabase {
    static final String SCHEMA = "executor_test";
    static final int PORT = Integer.parseInt(System.getenv().getOrDefault("MULTIDB_PG_PORT", "5432"));
    static final String URL = "jdbc:postgresql://127.0.0.1:" + PORT + "/pg_main";

    private TestDatabase() {}

    static PostgresExecutorConfig config() {
        return PostgresExecutorConfig.of(URL, "postgres").withMaxPoolSize(2).withConnectTimeoutMs(3_000);
    }

    /** Runs statements outside any executor, auto-committed, as the test's administrator. */
    static void admin(String... statements) {
        try (Connection connection = DriverManager.getConnection(URL, "postgres", "");
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("admin statement failed: " + e.getMessage(), e);
        }
    }

    static void recreateSchema() {
        admin("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE", "CREATE SCHEMA " + SCHEMA);
    }

    static void dropSchema() {
        admin("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }

    /** Every row of a statement, each as a list of values by position. */
    static List<List<Object>> rows(DbExecutor executor, String sql, List<Object> params) {
        try (RowCursor cursor = executor.execute(sql, params, ExecutionOptions.defaults())) {
            List<List<Object>> rows = new ArrayList<>();
            while (cursor.next()) {
                List<Object> row = new ArrayList<>(cursor.columnCount());
                for (int i = 0; i < cursor.columnCount(); i++) {
                    row.add(cursor.value(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** The only value of a one-row, one-column result. */
    static Object single(DbExecutor executor, String sql, Object... params) {
        List<List<Object>> rows = rows(executor, sql, java.util.Arrays.asList(params));
        if (rows.size() != 1 || rows.get(0).size() != 1) {
            throw new AssertionError("expected one value, got " + rows);
        }
        return rows.get(0).get(0);
    }

    /** A local port nothing listens on: bound once by the OS, then released. */
    static int deadPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
