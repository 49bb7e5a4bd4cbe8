package com.mkven.multidb.executor.postgres;

import com.mkven.multidb.spi.CancelSignal;
import com.mkven.multidb.spi.DbExecutor;
import com.mkven.multidb.spi.ExecutionOptions;
import com.mkven.multidb.spi.RowCursor;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Runs the PostgreSQL dialect's SQL over pgjdbc with a HikariCP pool (runtime.md §9,
 * decisions.md platform mapping).
 *
 * <ul>
 *   <li>Connections are read-only and not auto-committing: pgjdbc streams a result through a
 *       server-side portal only inside a transaction, {@code fetchSize} rows per round trip.</li>
 *   <li>The configured time limit is the session's {@code statement_timeout}; a smaller
 *       per-statement limit is a {@code SET LOCAL} inside the statement's transaction. The server
 *       enforces it, and {@code 57014} becomes {@link com.mkven.multidb.spi.ExecutorTimeoutException}
 *       carrying the limit that applied.</li>
 *   <li>Connections open on demand, so creating an executor never blocks, even when the database
 *       is down; a borrow waits at most {@code connectTimeoutMs}.</li>
 *   <li>A connection that died while idle in the pool (server restart, terminated backend) fails
 *       the statement before any row was read; the statement is read-only, so it is run once more
 *       on a fresh connection.</li>
 * </ul>
 */
public final class PostgresExecutor implements DbExecutor, AutoCloseable {
    private static final String PING_SQL = "SELECT 1";

    private final PostgresExecutorConfig config;
    private final HikariDataSource pool;

    public PostgresExecutor(PostgresExecutorConfig config) {
        this.config = requireNonNull(config, "config is null");
        this.pool = new HikariDataSource(poolConfig(config));
    }

    private static HikariConfig poolConfig(PostgresExecutorConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.jdbcUrl());
        hikari.setUsername(config.user());
        config.password().ifPresent(hikari::setPassword);
        hikari.setMaximumPoolSize(config.maxPoolSize());
        hikari.setMinimumIdle(0);
        hikari.setConnectionTimeout(config.connectTimeoutMs());
        // start without trying to connect: a database that is down is reported by ping/execute, not by construction
        hikari.setInitializationFailTimeout(-1);
        hikari.setAutoCommit(false);
        hikari.setReadOnly(true);
        // commits the init SQL; left in the first read transaction, the rollback at its end would undo it
        hikari.setIsolateInternalQueries(true);
        config.timeoutMs().ifPresent(ms -> hikari.setConnectionInitSql("SET statement_timeout = " + ms));
        hikari.addDataSourceProperty("stringtype", "unspecified");
        hikari.addDataSourceProperty("connectTimeout", String.valueOf(Math.max(1, (config.connectTimeoutMs() + 999) / 1000)));
        hikari.addDataSourceProperty("ApplicationName", "multidb");
        return hikari;
    }

    @Override
    public RowCursor execute(String sql, List<Object> params, ExecutionOptions options) {
        requireNonNull(sql, "sql is null");
        requireNonNull(params, "params is null");
        requireNonNull(options, "options is null");
        PositionalSql positional = PositionalSql.rewrite(sql);
        positional.checkParameterCount(params.size());
        Optional<Long> timeoutMs = options.effectiveTimeoutMs(config.timeoutMs());
        CancelSignal signal = options.cancelSignal();
        try {
            return open(positional, params, options.fetchSize(), timeoutMs, signal);
        } catch (SQLException first) {
            if (!PostgresErrors.isConnectionLost(first) || signal.isCancelled()) {
                throw PostgresErrors.statementFailed(first, timeoutMs, signal.isCancelled());
            }
            try {
                return open(positional, params, options.fetchSize(), timeoutMs, signal);
            } catch (SQLException retry) {
                retry.addSuppressed(first);
                throw PostgresErrors.statementFailed(retry, timeoutMs, signal.isCancelled());
            }
        }
    }

    /**
     * Until the cursor exists a cancel goes to the connection, which reaches a statement still working towards its first
     * row; a connection a cancel request went to is discarded, never pooled, since the server may act on it late.
     */
    private PostgresRowCursor open(PositionalSql sql, List<Object> params, int fetchSize, Optional<Long> timeoutMs, CancelSignal signal)
            throws SQLException {
        Connection connection = borrow();
        PreparedStatement statement = null;
        try {
            if (!timeoutMs.equals(config.timeoutMs())) {
                setLocalTimeout(connection, timeoutMs.orElseThrow());
            }
            statement = connection.prepareStatement(sql.sql());
            statement.setFetchSize(fetchSize);
            ParameterBinder.bind(statement, sql, params);
            signal.onCancel(() -> PostgresRowCursor.requestCancel(connection));
            if (signal.isCancelled()) {
                throw PostgresErrors.cancelledBeforeStart();
            }
            ResultSet rows = statement.executeQuery();
            PostgresRowCursor cursor = new PostgresRowCursor(pool, connection, statement, rows, ColumnReader.forColumns(rows.getMetaData()),
                    timeoutMs);
            signal.onCancel(cursor::cancel);
            return cursor;
        } catch (SQLException | RuntimeException e) {
            if (signal.isCancelled() && statement != null) {
                StatementRelease.discard(pool, connection, statement).ifPresent(e::addSuppressed);
            } else {
                StatementRelease.releaseAfter(e, connection, Optional.ofNullable(statement));
            }
            throw e;
        }
    }

    /** Lasts until the transaction ends, i.e. until the cursor is closed. */
    private static void setLocalTimeout(Connection connection, long timeoutMs) throws SQLException {
        try (Statement set = connection.createStatement()) {
            set.execute("SET LOCAL statement_timeout = " + Math.min(timeoutMs, Integer.MAX_VALUE));
        }
    }

    /** {@code SELECT 1} through the same path as a query, so a stale pooled connection does not fail it. */
    @Override
    public void ping() {
        try (RowCursor cursor = execute(PING_SQL, List.of(), ExecutionOptions.defaults())) {
            cursor.next();
        }
    }

    private Connection borrow() {
        if (pool.isClosed()) {
            throw new IllegalStateException("PostgreSQL executor is closed");
        }
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw PostgresErrors.connectionUnavailable(e, config.connectTimeoutMs());
        }
    }

    /** Closes the pool and every connection in it; idempotent. */
    @Override
    public void close() {
        pool.close();
    }

    @Override
    public String toString() {
        return "PostgresExecutor[" + config + "]";
    }
}
