package com.mkven.multidb.spi;

/**
 * Creates executors of one {@link #type()} from config-file settings. Executor modules list their
 * factory in {@code META-INF/services/com.mkven.multidb.spi.DbExecutorFactory}, so an
 * application needs only the executor jars its config uses.
 */
public interface DbExecutorFactory {
    /** {@code postgres}, {@code clickhouse} or {@code trino}. */
    String type();

    /** @throws IllegalArgumentException when a setting is invalid, naming it */
    DbExecutor create(BackendSettings settings);
}
