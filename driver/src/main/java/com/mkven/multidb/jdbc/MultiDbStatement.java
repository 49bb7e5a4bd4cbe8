package com.mkven.multidb.jdbc;

import com.mkven.multidb.engine.QueryStream;
import com.mkven.multidb.query.ExecuteMode;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.result.CountResult;
import com.mkven.multidb.result.DebugLogEntry;
import com.mkven.multidb.result.QueryResult;
import com.mkven.multidb.result.SqlResult;
import com.mkven.multidb.spi.CancelSignal;
import com.mkven.multidb.spi.ExecutionOptions;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static java.util.Objects.requireNonNull;

/**
 * Runs JSON query definitions and SQL of the subset (jdbc.md "Statements"). {@code setMaxRows} caps the rows (as the
 * query's {@code limit} when smaller), {@code setFetchSize} and {@code setQueryTimeout} reach the executor, and
 * {@link #cancel()} — from any thread — stops the running database statement. The connection's {@code debug} and
 * {@code freshness} properties apply to every query that does not set its own. Anything that writes fails with
 * {@code 25006}.
 */
class MultiDbStatement implements Statement {
    private final MultiDbConnection connection;
    /** Hands the running stream over between the executing thread and {@link #cancel()}. */
    private final Object lock = new Object();
    private volatile boolean closed;
    private volatile boolean cancelled;
    private AbstractResultSet current;
    /** The stream of the current result set, which {@link #cancel()} stops. */
    private QueryStream running;
    /** Reaches the database statement of the current run before it has a stream: while it computes its first row. */
    private CancelSignal signal = new CancelSignal();
    private Supplier<List<DebugLogEntry>> debugLog = List::of;
    private int warningsCleared;
    private long maxRows;
    private int fetchSize;
    private int queryTimeoutSeconds;
    private int maxFieldSize;
    private int fetchDirection = ResultSet.FETCH_FORWARD;
    private boolean poolable;
    private boolean closeOnCompletion;

    MultiDbStatement(MultiDbConnection connection) {
        this.connection = requireNonNull(connection, "connection is null");
        this.queryTimeoutSeconds = connection.settings().queryTimeoutSeconds();
    }

    final MultiDbConnection connection() {
        return connection;
    }

    @Override
    public ResultSet executeQuery(String text) throws SQLException {
        checkOpen();
        ParsedStatement parsed = connection.parse(text);
        if (parsed.parameterCount() > 0) {
            throw SqlState.WRONG_NUMBER_OF_PARAMETERS.exception(("The statement has %d parameter marker%s but a Statement binds no values: "
                    + "use Connection.prepareStatement and set them").formatted(parsed.parameterCount(), parsed.parameterCount() == 1 ? "" : "s"));
        }
        return run(parsed, List.of());
    }

    /** Runs a parsed statement with its bound values; the previous result set of this statement is closed first. */
    final ResultSet run(ParsedStatement parsed, List<Object> parameters) throws SQLException {
        checkOpen();
        closeCurrent();
        ExecutionOptions options = options();
        synchronized (lock) {
            cancelled = false;
            signal = options.cancelSignal();
        }
        debugLog = List::of;
        warningsCleared = 0;
        QueryDefinition definition = withConnectionDefaults(parsed.definition(parameters));
        ExecuteMode mode = definition.effectiveExecuteMode();
        AbstractResultSet resultSet = mode == ExecuteMode.EXECUTE ? stream(parsed, definition, options) : materialized(definition, options, mode);
        synchronized (lock) {
            current = resultSet;
        }
        return resultSet;
    }

    private StreamingResultSet stream(ParsedStatement parsed, QueryDefinition definition, ExecutionOptions options) throws SQLException {
        QueryStream stream;
        try {
            stream = connection.session().stream(definition, connection.executionContext(), options);
        } catch (RuntimeException e) {
            throw failure(e);
        }
        debugLog = stream::debugLog;
        List<ColumnDescriptor> engineColumns = ResultShapes.columns(definition, stream.meta(), connection.session().snapshot().index());
        int[] order = parsed.columnOrder(engineColumns);
        MultiDbResultSetMetaData metaData = new MultiDbResultSetMetaData(ResultShapes.reordered(engineColumns, order),
                Optional.of(ResultOrigin.of(stream.meta())));
        synchronized (lock) {
            if (cancelled) {
                // cancel() came while the engine was handing the stream over (or before a cache or executor took the signal)
                stream.close();
                throw SqlState.QUERY_CANCELED.exception("Statement cancelled by Statement.cancel() before its first row");
            }
            running = stream;
        }
        return StreamingResultSet.open(metaData, connection.conversions(), this, stream, order, maxRows);
    }

    private InMemoryResultSet materialized(QueryDefinition definition, ExecutionOptions options, ExecuteMode mode) throws SQLException {
        QueryResult result;
        try {
            result = connection.session().query(definition, connection.executionContext(), options);
        } catch (RuntimeException e) {
            throw failure(e);
        }
        if (cancelled) {
            throw SqlState.QUERY_CANCELED.exception("Statement cancelled by Statement.cancel()");
        }
        debugLog = () -> result.debugLog().orElse(List.of());
        Object[] row;
        if (result instanceof CountResult count) {
            row = ResultShapes.row(count);
        } else if (result instanceof SqlResult sql) {
            row = ResultShapes.row(sql);
        } else {
            throw new IllegalStateException("executeMode " + mode.wireName() + " returned rows");
        }
        MultiDbResultSetMetaData metaData = new MultiDbResultSetMetaData(
                ResultShapes.columns(definition, result.meta(), connection.session().snapshot().index()), Optional.of(ResultOrigin.of(result.meta())));
        return new InMemoryResultSet(metaData, List.<Object[]>of(row), connection.conversions(), Optional.of(this));
    }

    /** The connection's {@code debug} and {@code freshness}, and {@code maxRows} as {@code limit} when smaller. */
    final QueryDefinition withConnectionDefaults(QueryDefinition definition) {
        ConnectionSettings settings = connection.settings();
        boolean debug = settings.debug() && !definition.debug();
        boolean freshness = definition.freshness().isEmpty() && settings.freshness().isPresent();
        boolean limit = maxRows > 0 && definition.effectiveExecuteMode() == ExecuteMode.EXECUTE
                && (definition.limit().isEmpty() || definition.limit().get() > maxRows);
        if (!debug && !freshness && !limit) {
            return definition;
        }
        QueryDefinition.Builder builder = definition.toBuilder();
        if (debug) {
            builder.debug(true);
        }
        if (freshness) {
            builder.freshness(settings.freshness().get());
        }
        if (limit) {
            builder.limit((int) Math.min(maxRows, Integer.MAX_VALUE));
        }
        return builder.build();
    }

    private ExecutionOptions options() {
        return new ExecutionOptions(fetchSize > 0 ? fetchSize : ExecutionOptions.DEFAULT_FETCH_SIZE,
                queryTimeoutSeconds > 0 ? Optional.of(queryTimeoutSeconds * 1000L) : Optional.empty(), new CancelSignal());
    }

    /** An engine failure of this statement's query, as the SQLException jdbc.md names. */
    final SQLException failure(RuntimeException e) {
        return EngineErrors.translate(e, cancelled);
    }

    /** Called by a result set of this statement when it closes. */
    final void resultSetClosed(AbstractResultSet resultSet) throws SQLException {
        boolean completed;
        synchronized (lock) {
            completed = current == resultSet;
            if (completed) {
                current = null;
                running = null;
            }
        }
        if (completed && closeOnCompletion) {
            close();
        }
    }

    private void closeCurrent() throws SQLException {
        AbstractResultSet previous;
        synchronized (lock) {
            previous = current;
            current = null;
            running = null;
        }
        if (previous != null) {
            previous.close();
        }
    }

    /**
     * Stops the running statement; the thread reading it gets {@code 57014}. A cancel that arrives while the database is
     * still working towards the first row stops it there (the executors take the statement's {@link CancelSignal}).
     */
    @Override
    public void cancel() throws SQLException {
        checkOpen();
        synchronized (lock) {
            cancelled = true;
            signal.cancel();
            if (running != null) {
                try {
                    running.cancel();
                } catch (RuntimeException e) {
                    throw EngineErrors.translate(e, false);
                }
            }
        }
    }

    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            closeCurrent();
        } finally {
            connection.statementClosed(this);
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    final void checkOpen() throws SQLException {
        connection.checkOpen();
        if (closed) {
            throw SqlState.FUNCTION_SEQUENCE_ERROR.exception("Statement is closed");
        }
    }

    @Override
    public boolean execute(String text) throws SQLException {
        executeQuery(text);
        return true;
    }

    @Override
    public boolean execute(String text, int autoGeneratedKeys) throws SQLException {
        return execute(text);
    }

    @Override
    public boolean execute(String text, int[] columnIndexes) throws SQLException {
        return execute(text);
    }

    @Override
    public boolean execute(String text, String[] columnNames) throws SQLException {
        return execute(text);
    }

    /** JDBC: {@code null} when the last execution produced no result set or it was consumed. */
    @Override
    public ResultSet getResultSet() throws SQLException {
        checkOpen();
        synchronized (lock) {
            return current;
        }
    }

    /** Queries update nothing. */
    @Override
    public int getUpdateCount() throws SQLException {
        checkOpen();
        return -1;
    }

    @Override
    public long getLargeUpdateCount() throws SQLException {
        return getUpdateCount();
    }

    /** A query has one result: the current one is closed and there is no next. */
    @Override
    public boolean getMoreResults() throws SQLException {
        return getMoreResults(CLOSE_CURRENT_RESULT);
    }

    @Override
    public boolean getMoreResults(int current) throws SQLException {
        checkOpen();
        if (current != KEEP_CURRENT_RESULT) {
            closeCurrent();
        }
        return false;
    }

    @Override
    public int executeUpdate(String text) throws SQLException {
        throw readOnly("executeUpdate");
    }

    @Override
    public int executeUpdate(String text, int autoGeneratedKeys) throws SQLException {
        throw readOnly("executeUpdate");
    }

    @Override
    public int executeUpdate(String text, int[] columnIndexes) throws SQLException {
        throw readOnly("executeUpdate");
    }

    @Override
    public int executeUpdate(String text, String[] columnNames) throws SQLException {
        throw readOnly("executeUpdate");
    }

    @Override
    public long executeLargeUpdate(String text) throws SQLException {
        throw readOnly("executeLargeUpdate");
    }

    @Override
    public long executeLargeUpdate(String text, int autoGeneratedKeys) throws SQLException {
        throw readOnly("executeLargeUpdate");
    }

    @Override
    public long executeLargeUpdate(String text, int[] columnIndexes) throws SQLException {
        throw readOnly("executeLargeUpdate");
    }

    @Override
    public long executeLargeUpdate(String text, String[] columnNames) throws SQLException {
        throw readOnly("executeLargeUpdate");
    }

    @Override
    public void addBatch(String text) throws SQLException {
        throw readOnly("addBatch");
    }

    @Override
    public void clearBatch() throws SQLException {
        checkOpen();
    }

    /** Nothing can be added to a batch, so it is always empty. */
    @Override
    public int[] executeBatch() throws SQLException {
        checkOpen();
        return new int[0];
    }

    @Override
    public long[] executeLargeBatch() throws SQLException {
        checkOpen();
        return new long[0];
    }

    /** Queries generate no keys: an empty result set, as JDBC asks. */
    @Override
    public ResultSet getGeneratedKeys() throws SQLException {
        checkOpen();
        return new InMemoryResultSet(List.of(), List.of(), connection.conversions());
    }

    /** Recorded only: values are never truncated. */
    @Override
    public int getMaxFieldSize() throws SQLException {
        checkOpen();
        return maxFieldSize;
    }

    @Override
    public void setMaxFieldSize(int max) throws SQLException {
        checkOpen();
        maxFieldSize = nonNegative(max, "Max field size");
    }

    @Override
    public int getMaxRows() throws SQLException {
        checkOpen();
        return (int) Math.min(maxRows, Integer.MAX_VALUE);
    }

    @Override
    public void setMaxRows(int max) throws SQLException {
        setLargeMaxRows(max);
    }

    @Override
    public long getLargeMaxRows() throws SQLException {
        checkOpen();
        return maxRows;
    }

    @Override
    public void setLargeMaxRows(long max) throws SQLException {
        checkOpen();
        if (max < 0) {
            throw SqlState.INVALID_ATTRIBUTE_VALUE.exception("Max rows must not be negative: " + max);
        }
        maxRows = max;
    }

    /** Statements are JSON or the SQL subset, neither of which has JDBC escapes. */
    @Override
    public void setEscapeProcessing(boolean enable) throws SQLException {
        checkOpen();
    }

    @Override
    public int getQueryTimeout() throws SQLException {
        checkOpen();
        return queryTimeoutSeconds;
    }

    @Override
    public void setQueryTimeout(int seconds) throws SQLException {
        checkOpen();
        queryTimeoutSeconds = nonNegative(seconds, "Query timeout");
    }

    /** The debug log of the last query, one warning per entry, when it asked for one ({@code debug=true}). */
    @Override
    public SQLWarning getWarnings() throws SQLException {
        checkOpen();
        return DebugWarnings.chain(debugLog.get(), warningsCleared);
    }

    @Override
    public void clearWarnings() throws SQLException {
        checkOpen();
        warningsCleared = debugLog.get().size();
    }

    @Override
    public void setCursorName(String name) throws SQLException {
        checkOpen();
        throw SqlState.FEATURE_NOT_SUPPORTED.exception("Not supported: named cursors (positioned updates need writes)");
    }

    @Override
    public void setFetchDirection(int direction) throws SQLException {
        checkOpen();
        if (direction != ResultSet.FETCH_FORWARD && direction != ResultSet.FETCH_REVERSE && direction != ResultSet.FETCH_UNKNOWN) {
            throw SqlState.INVALID_ATTRIBUTE_VALUE.exception("Not a fetch direction: " + direction);
        }
        fetchDirection = direction;
    }

    @Override
    public int getFetchDirection() throws SQLException {
        checkOpen();
        return fetchDirection;
    }

    /** Rows per round trip to the database; 0 leaves it to the driver ({@value ExecutionOptions#DEFAULT_FETCH_SIZE}). */
    @Override
    public void setFetchSize(int rows) throws SQLException {
        checkOpen();
        fetchSize = nonNegative(rows, "Fetch size");
    }

    @Override
    public int getFetchSize() throws SQLException {
        checkOpen();
        return fetchSize;
    }

    @Override
    public int getResultSetConcurrency() throws SQLException {
        checkOpen();
        return ResultSet.CONCUR_READ_ONLY;
    }

    @Override
    public int getResultSetType() throws SQLException {
        checkOpen();
        return ResultSet.TYPE_FORWARD_ONLY;
    }

    @Override
    public int getResultSetHoldability() throws SQLException {
        checkOpen();
        return ResultSet.HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public Connection getConnection() throws SQLException {
        checkOpen();
        return connection;
    }

    @Override
    public void setPoolable(boolean poolable) throws SQLException {
        checkOpen();
        this.poolable = poolable;
    }

    @Override
    public boolean isPoolable() throws SQLException {
        checkOpen();
        return poolable;
    }

    @Override
    public void closeOnCompletion() throws SQLException {
        checkOpen();
        closeOnCompletion = true;
    }

    @Override
    public boolean isCloseOnCompletion() throws SQLException {
        checkOpen();
        return closeOnCompletion;
    }

    @Override
    public final <T> T unwrap(Class<T> type) throws SQLException {
        return Wrappers.unwrap(this, type);
    }

    @Override
    public final boolean isWrapperFor(Class<?> type) {
        return Wrappers.isWrapperFor(this, type);
    }

    static SQLException readOnly(String method) {
        return SqlState.READ_ONLY_SQL_TRANSACTION.exception(method
                + " is refused: MultiDB connections are read-only; run queries with executeQuery or execute");
    }

    private static int nonNegative(int value, String what) throws SQLException {
        if (value < 0) {
            throw SqlState.INVALID_ATTRIBUTE_VALUE.exception(what + " must not be negative: " + value);
        }
        return value;
    }
}
