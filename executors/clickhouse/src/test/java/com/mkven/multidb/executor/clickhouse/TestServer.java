package com.mkven.multidb.executor.clickhouse;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.query.QueryResponse;
import com.mkven.multidb.spi.DbExecutor;
import com.mkven.multidb.spi.ExecutionOptions;
import com.mkven.multidb.spi.RowCursor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The ClickHouse the tests run against (infra.md): the chDB-backed HTTP endpoint on 127.0.0.1,
 * port {@code MULTIDB_CH_PORT} (default 18123), user {@code default} without a password. It runs
 * one statement at a time, so the slow tests keep their statements short. Scratch tables live in
 * database {@code default}, named {@code executor_test_…}, created and dropped by the test classes
 * that need them.
 */
final class TestServer {
    static final int PORT = Integer.parseInt(System.getenv().getOrDefault("MULTIDB_CH_PORT", "18123"));
    static final String URL = "jdbc:clickhouse://127.0.0.1:" + PORT + "/default";

    private TestServer() {}

    static ClickHouseExecutorConfig config() {
        return ClickHouseExecutorConfig.of(URL).withMaxConnections(2).withConnectTimeoutMs(3_000);
    }

    /** Runs statements outside any executor, with a plain client-v2 client, as the test's administrator. */
    static void admin(String... statements) {
        try (Client client = new Client.Builder().addEndpoint("http://127.0.0.1:" + PORT).setUsername("default").setPassword("").build()) {
            for (String sql : statements) {
                QueryResponse response = client.query(sql).get();
                response.close();
            }
        } catch (Exception e) {
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
