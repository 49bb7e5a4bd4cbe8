package com.mkven.multidb.executor.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

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
}
