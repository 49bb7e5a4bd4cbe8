package com.mkven.multidb.executor.trino;

import com.mkven.multidb.spi.DbExecutor;
import com.mkven.multidb.spi.ExecutionOptions;
import com.mkven.multidb.spi.RowCursor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The Trino 476 the tests run against (infra.md): 127.0.0.1, port {@code MULTIDB_TRINO_PORT}
 * (default 18080), catalogs {@code pg_main}, {@code pg_tenant}, {@code iceberg_archive},
 * {@code ch_analytics}. Scratch tables live in the Iceberg schema {@value #SCHEMA}, created and
 * dropped by the test classes that need them.
 */
final class TestCoordinator {
    static final String SCHEMA = "iceberg_archive.executor_test";
    static final int PORT = Integer.parseInt(System.getenv().getOrDefault("MULTIDB_TRINO_PORT", "18080"));
    static final String URL = "jdbc:trino://127.0.0.1:" + PORT;

    private TestCoordinator() {}

    static TrinoExecutorConfig config() {
        return TrinoExecutorConfig.of(URL);
    }

    /** Runs statements outside any executor, as the test's administrator; each row of a statement's result is read. */
    static void admin(String... statements) {
        Properties properties = new Properties();
        properties.setProperty("user", "executor-test");
        try (Connection connection = DriverManager.getConnection(URL, properties);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                if (statement.execute(sql)) {
                    try (ResultSet rows = statement.getResultSet()) {
                        while (rows.next()) {
                            rows.getObject(1);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("admin statement failed: " + e.getMessage(), e);
        }
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

    /** The only row of a statement. */
    static List<Object> row(DbExecutor executor, String sql, Object... params) {
        List<List<Object>> rows = rows(executor, sql, Arrays.asList(params));
        if (rows.size() != 1) {
            throw new AssertionError("expected one row, got " + rows);
        }
        return rows.get(0);
    }

    /** The only value of a one-row, one-column result. */
    static Object single(DbExecutor executor, String sql, Object... params) {
        List<Object> row = row(executor, sql, params);
        if (row.size() != 1) {
            throw new AssertionError("expected one value, got " + row);
        }
        return row.get(0);
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
