package com.mkven.multidb.executor.trino;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
}
