package com.mkven.multidb.jdbc;

import com.mkven.multidb.engine.MetadataSnapshot;
import com.mkven.multidb.jdbc.config.ConfigFileException;
import com.mkven.multidb.jdbc.session.EngineSession;
import com.mkven.multidb.jdbc.sql.SqlTranslator;
import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.query.ExecutionContext;

import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Struct;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import static java.util.Objects.requireNonNull;

/**
 * A read-only connection: queries run through the engine with the connection's roles. {@code setReadOnly},
 * {@code setAutoCommit}, {@code commit} and {@code rollback} are harmless no-ops (GUI tools and pools call them);
 * {@link #isValid} is cheap. {@link #reload()} (through {@code unwrap(MultiDbConnection.class)}) reloads metadata and
 * roles from the configuration. Closing it closes its statements and gives the shared engine back.
 */
public final class MultiDbConnection implements Connection {
    private final String url;
    private final ConnectionSettings settings;
    private final EngineSession session;
    private final ExecutionContext context;
    private final JsonStatementCache jsonStatements;
    private final SqlTranslator sqlTranslator;
    private final ValueConversions conversions;
    private final Set<MultiDbStatement> statements = ConcurrentHashMap.newKeySet();
    private final Properties clientInfo = new Properties();
    private volatile boolean closed;
    private SQLWarning warnings;
    private String catalog = MultiDbDatabaseMetaData.CATALOG;
    private String schema;
    private int networkTimeoutMs;
    /** The visible metadata of the last snapshot asked about; a reload brings a new snapshot, and so a new index. */
    private volatile VisibleIndex visible;

    /** The metadata a snapshot shows the connection's roles. */
    private record VisibleIndex(MetadataSnapshot snapshot, MetadataIndex index) {}

    MultiDbConnection(String url, ConnectionSettings settings, EngineSession session, ExecutionContext context,
            JsonStatementCache jsonStatements, SqlTranslator sqlTranslator) {
        this.url = requireNonNull(url, "url is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.session = requireNonNull(session, "session is null");
        this.context = requireNonNull(context, "context is null");
        this.jsonStatements = requireNonNull(jsonStatements, "jsonStatements is null");
        this.sqlTranslator = requireNonNull(sqlTranslator, "sqlTranslator is null");
        this.conversions = new ValueConversions(settings.timeZone());
    }

    /**
     * Reloads metadata and roles from the config file for every connection sharing the engine; queries already
     * running finish on the snapshot they started with.
     *
     * @throws SQLException {@code 08001} when the file cannot be read or the engine rejects it (the previous
     *         configuration stays in force)
     */
    public void reload() throws SQLException {
        checkOpen();
        try {
            session.reload();
        } catch (ConfigFileException e) {
            throw SqlState.UNABLE_TO_CONNECT.exception(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw EngineErrors.translate(e, false);
        }
    }

    /** The roles every query of this connection runs with. */
    public ExecutionContext executionContext() {
        return context;
    }

    /** The tables and columns the connection's roles can see, in API names, from the metadata in force now. */
    public MetadataIndex visibleIndex() {
        MetadataSnapshot snapshot = session.snapshot();
        VisibleIndex known = visible;
        if (known == null || known.snapshot() != snapshot) {
            known = new VisibleIndex(snapshot, VisibleMetadata.index(snapshot, context.roles()));
            visible = known;
        }
        return known.index();
    }

    String url() {
        return url;
    }

    ConnectionSettings settings() {
        return settings;
    }

    EngineSession session() {
        return session;
    }

    ValueConversions conversions() {
        return conversions;
    }

    /** JSON when the text starts with <code>{</code>, else SQL of the subset, resolved against {@link #visibleIndex()}. */
    ParsedStatement parse(String text) throws SQLException {
        if (text == null) {
            throw SqlState.SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION.exception("Statement text is null");
        }
        return JsonStatement.isJson(text) ? jsonStatements.parse(text) : SqlStatement.translate(sqlTranslator, text, visibleIndex());
    }

    void statementClosed(MultiDbStatement statement) {
        statements.remove(statement);
    }

    void checkOpen() throws SQLException {
        if (closed) {
            throw SqlState.CONNECTION_DOES_NOT_EXIST.exception("Connection is closed");
        }
    }

    @Override
    public Statement createStatement() throws SQLException {
        checkOpen();
        return register(new MultiDbStatement(this));
    }

    @Override
    public Statement createStatement(int resultSetType, int resultSetConcurrency) throws SQLException {
        checkResultSetKind(resultSetType, resultSetConcurrency);
        return createStatement();
    }

    @Override
    public Statement createStatement(int resultSetType, int resultSetConcurrency, int resultSetHoldability) throws SQLException {
        return createStatement(resultSetType, resultSetConcurrency);
    }

    @Override
    public PreparedStatement prepareStatement(String text) throws SQLException {
        checkOpen();
        return register(new MultiDbPreparedStatement(this, parse(text)));
    }

    @Override
    public PreparedStatement prepareStatement(String text, int resultSetType, int resultSetConcurrency) throws SQLException {
        checkResultSetKind(resultSetType, resultSetConcurrency);
        return prepareStatement(text);
    }

    @Override
    public PreparedStatement prepareStatement(String text, int resultSetType, int resultSetConcurrency, int resultSetHoldability) throws SQLException {
        return prepareStatement(text, resultSetType, resultSetConcurrency);
    }

    /** Queries generate no keys; the flag changes nothing. */
    @Override
    public PreparedStatement prepareStatement(String text, int autoGeneratedKeys) throws SQLException {
        return prepareStatement(text);
    }

    @Override
    public PreparedStatement prepareStatement(String text, int[] columnIndexes) throws SQLException {
        return prepareStatement(text);
    }

    @Override
    public PreparedStatement prepareStatement(String text, String[] columnNames) throws SQLException {
        return prepareStatement(text);
    }

    @Override
    public CallableStatement prepareCall(String text) throws SQLException {
        throw notSupported("prepareCall: MultiDB has no stored procedures");
    }

    @Override
    public CallableStatement prepareCall(String text, int resultSetType, int resultSetConcurrency) throws SQLException {
        return prepareCall(text);
    }

    @Override
    public CallableStatement prepareCall(String text, int resultSetType, int resultSetConcurrency, int resultSetHoldability) throws SQLException {
        return prepareCall(text);
    }

    /** Statement text is not rewritten: JSON and the SQL subset go to the engine as they are. */
    @Override
    public String nativeSQL(String text) throws SQLException {
        checkOpen();
        return text;
    }

    /** There are no transactions to commit: a no-op, whatever the mode. */
    @Override
    public void setAutoCommit(boolean autoCommit) throws SQLException {
        checkOpen();
    }

    @Override
    public boolean getAutoCommit() throws SQLException {
        checkOpen();
        return true;
    }

    @Override
    public void commit() throws SQLException {
        checkOpen();
    }

    @Override
    public void rollback() throws SQLException {
        checkOpen();
    }

    @Override
    public void rollback(Savepoint savepoint) throws SQLException {
        throw notSupported("savepoints: MultiDB connections are read-only");
    }

    @Override
    public Savepoint setSavepoint() throws SQLException {
        throw notSupported("savepoints: MultiDB connections are read-only");
    }

    @Override
    public Savepoint setSavepoint(String name) throws SQLException {
        throw notSupported("savepoints: MultiDB connections are read-only");
    }

    @Override
    public void releaseSavepoint(Savepoint savepoint) throws SQLException {
        throw notSupported("savepoints: MultiDB connections are read-only");
    }

    /** Closes every open statement (and so its result set and database cursor), then releases the engine. */
    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        SQLException failure = null;
        for (MultiDbStatement statement : new ArrayList<>(statements)) {
            try {
                statement.close();
            } catch (SQLException e) {
                failure = chain(failure, e);
            }
        }
        try {
            session.close();
        } catch (RuntimeException e) {
            failure = chain(failure, EngineErrors.translate(e, false));
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static SQLException chain(SQLException first, SQLException next) {
        if (first == null) {
            return next;
        }
        first.addSuppressed(next);
        return first;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public DatabaseMetaData getMetaData() throws SQLException {
        checkOpen();
        return new MultiDbDatabaseMetaData(this);
    }

    /** Always read-only; asking for read-write is accepted and changes nothing, so pools can reset connections. */
    @Override
    public void setReadOnly(boolean readOnly) throws SQLException {
        checkOpen();
    }

    @Override
    public boolean isReadOnly() throws SQLException {
        checkOpen();
        return true;
    }

    @Override
    public void setCatalog(String catalog) throws SQLException {
        checkOpen();
        this.catalog = catalog;
    }

    @Override
    public String getCatalog() throws SQLException {
        checkOpen();
        return catalog;
    }

    @Override
    public void setSchema(String schema) throws SQLException {
        checkOpen();
        this.schema = schema;
    }

    /** JDBC: {@code null} until a schema is set. */
    @Override
    public String getSchema() throws SQLException {
        checkOpen();
        return schema;
    }

    /** Reads never see uncommitted data, there being no writes; accepted and ignored. */
    @Override
    public void setTransactionIsolation(int level) throws SQLException {
        checkOpen();
    }

    @Override
    public int getTransactionIsolation() throws SQLException {
        checkOpen();
        return TRANSACTION_NONE;
    }

    /** JDBC: {@code null} when there are none. */
    @Override
    public SQLWarning getWarnings() throws SQLException {
        checkOpen();
        return warnings;
    }

    @Override
    public void clearWarnings() throws SQLException {
        checkOpen();
        warnings = null;
    }

    @Override
    public Map<String, Class<?>> getTypeMap() throws SQLException {
        checkOpen();
        return Map.of();
    }

    @Override
    public void setTypeMap(Map<String, Class<?>> map) throws SQLException {
        checkOpen();
        if (map != null && !map.isEmpty()) {
            throw notSupported("custom type maps: MultiDB has no user-defined types");
        }
    }

    /** Result sets outlive nothing they could be closed by: there are no commits. */
    @Override
    public void setHoldability(int holdability) throws SQLException {
        checkOpen();
        if (holdability != ResultSet.HOLD_CURSORS_OVER_COMMIT && holdability != ResultSet.CLOSE_CURSORS_AT_COMMIT) {
            throw SqlState.INVALID_ATTRIBUTE_VALUE.exception("Not a ResultSet holdability: " + holdability);
        }
    }

    @Override
    public int getHoldability() throws SQLException {
        checkOpen();
        return ResultSet.HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public Clob createClob() throws SQLException {
        throw notSupported("createClob: no MultiDB column type is a LOB");
    }

    @Override
    public Blob createBlob() throws SQLException {
        throw notSupported("createBlob: no MultiDB column type is a LOB");
    }

    @Override
    public NClob createNClob() throws SQLException {
        throw notSupported("createNClob: no MultiDB column type is a LOB");
    }

    @Override
    public SQLXML createSQLXML() throws SQLException {
        throw notSupported("createSQLXML: no MultiDB column type is XML");
    }

    @Override
    public Struct createStruct(String typeName, Object[] attributes) throws SQLException {
        throw notSupported("createStruct: MultiDB has no structured types");
    }

    /** An array parameter value; the type name only documents the element type, which binding does not need. */
    @Override
    public Array createArrayOf(String typeName, Object[] elements) throws SQLException {
        checkOpen();
        requireNonNull(elements, "elements is null");
        JdbcType elementType = JdbcType.VARCHAR;
        for (JdbcType type : JdbcType.values()) {
            if (type.typeName().equalsIgnoreCase(typeName)) {
                elementType = type;
            }
        }
        return new MultiDbArray(Arrays.asList(elements), elementType, conversions);
    }

    /** Cheap, as pools call it often: no database is contacted (remote mode asks the server's {@code /health}). */
    @Override
    public boolean isValid(int timeoutSeconds) throws SQLException {
        if (timeoutSeconds < 0) {
            throw SqlState.INVALID_ATTRIBUTE_VALUE.exception("isValid timeout must not be negative: " + timeoutSeconds);
        }
        return !closed && session.isValid(timeoutSeconds);
    }

    @Override
    public void setClientInfo(String name, String value) throws SQLClientInfoException {
        if (value == null) {
            clientInfo.remove(name);
        } else {
            clientInfo.setProperty(name, value);
        }
    }

    @Override
    public void setClientInfo(Properties properties) throws SQLClientInfoException {
        clientInfo.clear();
        clientInfo.putAll(properties);
    }

    @Override
    public String getClientInfo(String name) throws SQLException {
        checkOpen();
        return clientInfo.getProperty(name);
    }

    @Override
    public Properties getClientInfo() throws SQLException {
        checkOpen();
        Properties copy = new Properties();
        copy.putAll(clientInfo);
        return copy;
    }

    @Override
    public void abort(Executor executor) throws SQLException {
        close();
    }

    /** Kept for {@link #getNetworkTimeout}: embedded mode has no network. */
    @Override
    public void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException {
        checkOpen();
        if (milliseconds < 0) {
            throw SqlState.INVALID_ATTRIBUTE_VALUE.exception("Network timeout must not be negative: " + milliseconds);
        }
        networkTimeoutMs = milliseconds;
    }

    @Override
    public int getNetworkTimeout() throws SQLException {
        checkOpen();
        return networkTimeoutMs;
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return Wrappers.unwrap(this, type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return Wrappers.isWrapperFor(this, type);
    }

    private <S extends MultiDbStatement> S register(S statement) {
        statements.add(statement);
        return statement;
    }

    /** Result sets are forward-only and read-only; asking for more gets that, with a warning (JDBC's downgrade). */
    private void checkResultSetKind(int resultSetType, int resultSetConcurrency) throws SQLException {
        checkOpen();
        List<String> downgraded = new ArrayList<>();
        if (resultSetType != ResultSet.TYPE_FORWARD_ONLY) {
            downgraded.add("TYPE_FORWARD_ONLY");
        }
        if (resultSetConcurrency != ResultSet.CONCUR_READ_ONLY) {
            downgraded.add("CONCUR_READ_ONLY");
        }
        if (!downgraded.isEmpty()) {
            SQLWarning warning = SqlState.warning("Result sets are " + String.join(" and ", downgraded) + " instead of the kind asked for");
            if (warnings == null) {
                warnings = warning;
            } else {
                warnings.setNextWarning(warning);
            }
        }
    }

    private static SQLException notSupported(String what) {
        return SqlState.FEATURE_NOT_SUPPORTED.exception("Not supported: " + what);
    }
}
