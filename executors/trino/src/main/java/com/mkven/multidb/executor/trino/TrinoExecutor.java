package com.mkven.multidb.executor.trino;

import com.mkven.multidb.spi.CancelSignal;
import com.mkven.multidb.spi.DbExecutor;
import com.mkven.multidb.spi.ExecutionOptions;
import com.mkven.multidb.spi.ExecutorException;
import com.mkven.multidb.spi.RowCursor;
import io.trino.jdbc.TrinoConnection;
import io.trino.jdbc.TrinoDriver;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

import static java.util.Objects.requireNonNull;

/**
 * Runs the Trino dialect's SQL over Trino JDBC (runtime.md §9, decisions.md platform mapping).
 *
 * <ul>
 *   <li>A {@code PreparedStatement} with {@code ?}: the driver sends the values as typed literals
 *       of {@code EXECUTE IMMEDIATE '…' USING …} ({@code explicitPrepare=false}: one query per
 *       statement instead of {@code PREPARE}, {@code EXECUTE} and {@code DEALLOCATE}), so the SQL
 *       we generate never contains a value.</li>
 *   <li>A connection per statement. A Trino JDBC connection is a small object over the driver's
 *       shared HTTP client and connection pool (opening one takes about a millisecond and no
 *       round trip), and the session state it carries (the time limit) then never outlives its
 *       statement. The executor owns its driver instance, and with it that HTTP pool.</li>
 *   <li>The session time zone is UTC whatever the JVM's; the user is the config's.</li>
 *   <li>The time limit (the smaller of the configured one and the statement's) is the session
 *       property {@code query_max_run_time} in milliseconds — {@code setQueryTimeout} would round
 *       it up to whole seconds. The coordinator enforces it, checking about once a second, and
 *       {@code EXCEEDED_TIME_LIMIT} becomes {@link com.mkven.multidb.spi.ExecutorTimeoutException}.</li>
 * </ul>
 */
public final class TrinoExecutor implements DbExecutor, AutoCloseable {
    private static final String PING_SQL = "SELECT 1";

    private final TrinoExecutorConfig config;
    private final String coordinator;
    private final TrinoDriver driver;
    private final Properties properties;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * Checks the URL and its properties with the driver, without contacting the coordinator.
     *
     * @throws IllegalArgumentException when Trino JDBC refuses the URL or one of its properties
     */
    public TrinoExecutor(TrinoExecutorConfig config) {
        this.config = requireNonNull(config, "config is null");
        this.coordinator = TrinoExecutorConfig.withoutQuery(config.jdbcUrl());
        this.properties = properties(config);
        this.driver = new TrinoDriver();
        try {
            // opening a connection parses and validates everything, and sends nothing
            driver.connect(config.jdbcUrl(), properties).close();
        } catch (SQLException e) {
            closeDriver();
            throw new IllegalArgumentException("jdbcUrl is refused by Trino JDBC: " + scrubbed(e.getMessage()), e);
        }
    }

    private static Properties properties(TrinoExecutorConfig config) {
        Properties properties = new Properties();
        properties.setProperty("user", config.user());
        config.password().ifPresent(password -> properties.setProperty("password", password));
        properties.setProperty("timezone", "UTC");
        properties.setProperty("explicitPrepare", "false");
        properties.setProperty("source", "multidb");
        properties.setProperty("timeout", config.httpTimeoutMs() + "ms");
        return properties;
    }

    /** The driver quotes the whole URL in some messages; its query may hold a secret. */
    private String scrubbed(String message) {
        return message == null ? "" : message.replace(config.jdbcUrl(), coordinator);
    }

    @Override
    public RowCursor execute(String sql, List<Object> params, ExecutionOptions options) {
        requireNonNull(sql, "sql is null");
        requireNonNull(params, "params is null");
        requireNonNull(options, "options is null");
        checkOpen();
        Optional<Long> timeoutMs = options.effectiveTimeoutMs(config.timeoutMs());
        CancelSignal signal = options.cancelSignal();
        Connection connection = connect(timeoutMs);
        PreparedStatement statement = null;
        try {
            statement = connection.prepareStatement(sql);
            ParameterBinder.bind(statement, params);
            // until the cursor exists a cancel goes to the statement, which stops a query still working on its first rows
            signal.onCancel(stopper(statement));
            if (signal.isCancelled()) {
                throw TrinoErrors.cancelled();
            }
            ResultSet rows = statement.executeQuery();
            TrinoRowCursor cursor = new TrinoRowCursor(connection, statement, rows, ColumnReader.forColumns(rows.getMetaData()), timeoutMs,
                    coordinator);
            signal.onCancel(cursor::cancel);
            return cursor;
        } catch (SQLException e) {
            ExecutorException failure = signal.isCancelled() ? TrinoErrors.cancelled() : TrinoErrors.statementFailed(e, timeoutMs, coordinator);
            closeAfter(failure, connection, statement);
            throw failure;
        } catch (RuntimeException e) {
            closeAfter(e, connection, statement);
            throw e;
        }
    }


    private Connection connect(Optional<Long> timeoutMs) {
        try {
            Connection connection = driver.connect(config.jdbcUrl(), properties);
            if (timeoutMs.isPresent()) {
                connection.unwrap(TrinoConnection.class).setSessionProperty("query_max_run_time", timeoutMs.get() + "ms");
            }
            return connection;
        } catch (SQLException e) {
            throw TrinoErrors.statementFailed(e, timeoutMs, coordinator);
        }
    }

    /** A failure to cancel is dropped: the query then ends by itself, and the canceller has nobody to report to. */
    private static Runnable stopper(PreparedStatement statement) {
        return () -> {
            try {
                statement.cancel();
            } catch (SQLException e) {
                // the statement is closed or the coordinator gone: nothing left to stop
            }
        };
    }

    /** Releases what a failed {@code execute} opened; what goes wrong here is attached to the failure being reported. */
    private static void closeAfter(Throwable reported, Connection connection, PreparedStatement statement) {
        try {
            if (statement != null) {
                statement.close();
            }
        } catch (SQLException e) {
            reported.addSuppressed(e);
        }
        try {
            connection.close();
        } catch (SQLException e) {
            reported.addSuppressed(e);
        }
    }

    /** {@code SELECT 1} through the same path as a statement. */
    @Override
    public void ping() {
        try (RowCursor cursor = execute(PING_SQL, List.of(), ExecutionOptions.defaults())) {
            while (cursor.next()) {
                cursor.value(0);
            }
        }
    }

    private void checkOpen() {
        if (closed.get()) {
            throw new IllegalStateException("Trino executor is closed");
        }
    }

    /** Releases the driver's HTTP connection pool and threads; idempotent. Open cursors should be closed first. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            closeDriver();
        }
    }

    private void closeDriver() {
        try {
            driver.close();
        } catch (IOException e) {
            throw new ExecutorException("closing the Trino driver failed: " + e.getMessage(), e, Optional.empty(), Optional.empty());
        }
    }

    @Override
    public String toString() {
        return "TrinoExecutor[" + config + "]";
    }
}
