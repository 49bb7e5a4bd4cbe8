package com.mkven.multidb.executor.clickhouse;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.query.QueryResponse;

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
}
