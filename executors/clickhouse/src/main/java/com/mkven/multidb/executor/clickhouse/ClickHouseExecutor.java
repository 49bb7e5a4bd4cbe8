package com.mkven.multidb.executor.clickhouse;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.ClientFaultCause;
import com.clickhouse.client.api.ClientMisconfigurationException;
import com.clickhouse.client.api.data_formats.ClickHouseBinaryFormatReader;
import com.clickhouse.client.api.query.QueryResponse;
import com.clickhouse.client.api.query.QuerySettings;
import com.clickhouse.data.ClickHouseFormat;
import com.mkven.multidb.spi.CancelSignal;
import com.mkven.multidb.spi.DbExecutor;
import com.mkven.multidb.spi.ExecutionOptions;
import com.mkven.multidb.spi.ExecutorException;
import com.mkven.multidb.spi.RowCursor;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import static java.util.Objects.requireNonNull;

/**
 * Runs the ClickHouse dialect's SQL over the HTTP interface with client-v2 (runtime.md §9,
 * decisions.md platform mapping). The JDBC API of clickhouse-jdbc substitutes {@code ?} on the
 * client as literals; client-v2 sends the dialect's typed placeholders' values as
 * {@code param_pN}, so the server binds them and no value is ever part of the SQL text.
 *
 * <ul>
 *   <li>Every request carries {@code join_use_nulls = 1}, so a LEFT JOIN miss is NULL rather than
 *       the type's default.</li>
 *   <li>The time limit (the smaller of the configured one and the statement's) is the server
 *       setting {@code max_execution_time}, in seconds with millisecond precision (ClickHouse
 *       takes fractions), with {@code timeout_overflow_mode = 'throw'} so that a server profile
 *       set to {@code break} cannot turn it into a silently short result. {@code TIMEOUT_EXCEEDED}
 *       (159) becomes {@link com.mkven.multidb.spi.ExecutorTimeoutException}. The client's socket
 *       timeout is the limit plus {@value #SOCKET_TIMEOUT_GRACE_MS} ms: it only backs the server
 *       up, so the server's own report normally arrives first.</li>
 *   <li>Rows stream: the body is decoded as it arrives, a block at a time as the server sends
 *       it. {@code ExecutionOptions.fetchSize} has no counterpart on the HTTP interface.</li>
 *   <li>client-v2 pools HTTP connections; creating an executor opens none, so a server that is
 *       down is reported by {@code ping}/{@code execute}. A request whose pooled connection the
 *       server had already closed is sent once more (the statements are reads).</li>
 * </ul>
 */
public final class ClickHouseExecutor implements DbExecutor, AutoCloseable {
    /** How much longer than the server's time limit the client waits for a byte before giving up itself. */
    static final long SOCKET_TIMEOUT_GRACE_MS = 1_000;
    private static final String PING_SQL = "SELECT 1";
    private static final String KILL_SQL = "KILL QUERY WHERE query_id = {id:String} ASYNC";

    private final ClickHouseExecutorConfig config;
    private final ClickHouseEndpoint endpoint;
    private final Client client;
    /**
     * Sends {@code KILL QUERY} on connections of its own: a statement's cursor holds its
     * connection until closed, so with every pooled connection held by a cursor a cancel sent
     * through the same pool would wait for one of them to close.
     */
    private final Client control;
    private final AtomicBoolean closed = new AtomicBoolean();

    /** @throws IllegalArgumentException when an option of the URL is not a client-v2 option */
    public ClickHouseExecutor(ClickHouseExecutorConfig config) {
        this.config = requireNonNull(config, "config is null");
        this.endpoint = config.endpoint();
        this.client = client(config, endpoint);
        this.control = client(config, endpoint);
    }

    private static Client client(ClickHouseExecutorConfig config, ClickHouseEndpoint endpoint) {
        Client.Builder builder = new Client.Builder()
                .addEndpoint(endpoint.baseUrl())
                .setUsername(config.user())
                .setPassword(config.password().orElse(""))
                .setDefaultDatabase(endpoint.database())
                .setMaxConnections(config.maxConnections())
                .setConnectTimeout(config.connectTimeoutMs(), ChronoUnit.MILLIS)
                .setConnectionRequestTimeout(config.connectTimeoutMs(), ChronoUnit.MILLIS)
                // a stale keep-alive connection is retried once; a refused or timed-out connect is
                // not (the default retries it three times, quadrupling the time to notice a dead server)
                .retryOnFailures(ClientFaultCause.NoHttpResponse)
                .setMaxRetries(1)
                .setClientName("multidb")
                .serverSetting("join_use_nulls", "1")
                // a server stops a read whose client went away (after a socket timeout, a dead JVM)
                .serverSetting("cancel_http_readonly_queries_on_client_close", "1");
        endpoint.options().forEach(builder::setOption);
        try {
            return builder.build();
        } catch (ClientMisconfigurationException e) {
            throw new IllegalArgumentException("jdbcUrl options are not valid client-v2 options: " + e.getMessage(), e);
        }
    }

    @Override
    public RowCursor execute(String sql, List<Object> params, ExecutionOptions options) {
        requireNonNull(sql, "sql is null");
        requireNonNull(params, "params is null");
        requireNonNull(options, "options is null");
        checkOpen();
        Map<String, Object> values = QueryParameters.of(params);
        Optional<Long> timeoutMs = options.effectiveTimeoutMs(config.timeoutMs());
        String queryId = UUID.randomUUID().toString();
        CancelSignal signal = options.cancelSignal();
        // until the cursor exists a cancel kills the query by its id, which ends a response still waiting for its first rows
        signal.onCancel(() -> killQuietly(queryId));
        if (signal.isCancelled()) {
            throw ClickHouseErrors.cancelled();
        }
        QueryResponse response;
        try {
            response = send(client, sql, values, statementSettings(queryId, timeoutMs), timeoutMs);
        } catch (ExecutorException e) {
            throw signal.isCancelled() ? ClickHouseErrors.cancelled() : e;
        }
        try {
            ClickHouseBinaryFormatReader reader = client.newBinaryFormatReader(response);
            ClickHouseRowCursor cursor = new ClickHouseRowCursor(response, reader, ColumnReader.forSchema(reader.getSchema()), timeoutMs,
                    endpoint.baseUrl(), () -> kill(queryId));
            signal.onCancel(cursor::cancel);
            return cursor;
        } catch (RuntimeException e) {
            closeAfterFailure(response, e);
            throw ClickHouseErrors.statementFailed(e, timeoutMs, endpoint.baseUrl());
        }
    }


    private static QuerySettings statementSettings(String queryId, Optional<Long> timeoutMs) {
        QuerySettings settings = new QuerySettings()
                .setQueryId(queryId)
                .setFormat(ClickHouseFormat.RowBinaryWithNamesAndTypes);
        timeoutMs.ifPresent(ms -> {
            settings.serverSetting("max_execution_time", seconds(ms));
            settings.serverSetting("timeout_overflow_mode", "throw");
            settings.setNetworkTimeout(ms + SOCKET_TIMEOUT_GRACE_MS, ChronoUnit.MILLIS);
        });
        return settings;
    }

    /** {@code 200} ms is {@code 0.2}: the setting is in seconds and takes a fraction. */
    static String seconds(long ms) {
        return BigDecimal.valueOf(ms, 3).stripTrailingZeros().toPlainString();
    }

    private QueryResponse send(Client via, String sql, Map<String, Object> values, QuerySettings settings, Optional<Long> timeoutMs) {
        try {
            return via.query(sql, values, settings).get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw ClickHouseErrors.statementFailed(cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause),
                    timeoutMs, endpoint.baseUrl());
        } catch (InterruptedException e) {
            throw ClickHouseErrors.interrupted(e);
        } catch (RuntimeException e) {
            // client-v2 runs the request on the calling thread and throws its failures directly
            throw ClickHouseErrors.statementFailed(e, timeoutMs, endpoint.baseUrl());
        }
    }

    /**
     * Asks the server to stop a statement by its query id. {@code ASYNC}: the server acknowledges
     * at once; the statement's response then ends early. Waits at most {@code connectTimeoutMs}
     * for the answer, so a cancel cannot hang on a server that does not answer.
     */
    private void kill(String queryId) {
        QuerySettings settings = new QuerySettings().setFormat(ClickHouseFormat.RowBinaryWithNamesAndTypes);
        settings.setNetworkTimeout(config.connectTimeoutMs(), ChronoUnit.MILLIS);
        QueryResponse response = send(control, KILL_SQL, Map.of("id", queryId), settings, Optional.empty());
        try {
            response.close();
        } catch (Exception e) {
            // the kill was sent and answered; the answer (the queries it found) is not needed
        }
    }

    /** A failed kill is dropped: the statement then ends by itself, and the canceller has nobody to report to. */
    private void killQuietly(String queryId) {
        try {
            kill(queryId);
        } catch (RuntimeException e) {
            // the server is gone or the query already finished: nothing left to stop
        }
    }

    private static void closeAfterFailure(QueryResponse response, RuntimeException reported) {
        try {
            response.close();
        } catch (Exception e) {
            reported.addSuppressed(e);
        }
    }

    /** {@code SELECT 1} through the same path as a statement. */
    @Override
    public void ping() {
        try (RowCursor cursor = execute(PING_SQL, List.of(), ExecutionOptions.defaults())) {
            // read to the end, so that closing has no statement to stop
            while (cursor.next()) {
                cursor.value(0);
            }
        }
    }

    private void checkOpen() {
        if (closed.get()) {
            throw new IllegalStateException("ClickHouse executor is closed");
        }
    }

    /** Closes the clients and their connection pools; idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                client.close();
            } finally {
                control.close();
            }
        }
    }

    @Override
    public String toString() {
        return "ClickHouseExecutor[" + config + "]";
    }
}
