package com.mkven.multidb.tck.seed;

/**
 * Where the test engines listen: the same environment variables {@code scripts/engines} reads,
 * with the same defaults.
 */
public final class EngineEnvironment {
    private EngineEnvironment() {}

    public static int postgresPort() {
        return port("MULTIDB_PG_PORT", 5432);
    }

    public static int redisPort() {
        return port("MULTIDB_REDIS_PORT", 6379);
    }

    public static int trinoPort() {
        return port("MULTIDB_TRINO_PORT", 18080);
    }

    public static int clickHousePort() {
        return port("MULTIDB_CH_PORT", 18123);
    }

    public static String postgresUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:%d/%s".formatted(postgresPort(), database);
    }

    private static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
