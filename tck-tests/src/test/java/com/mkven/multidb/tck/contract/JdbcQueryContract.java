package com.mkven.multidb.tck.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mkven.multidb.jdbc.ColumnDescriptor;
import com.mkven.multidb.jdbc.DebugLogWarning;
import com.mkven.multidb.jdbc.EngineErrors;
import com.mkven.multidb.jdbc.MultiDbResultSetMetaData;
import com.mkven.multidb.json.MultiDbJson;
import com.mkven.multidb.query.ContextRoles;
import com.mkven.multidb.query.ExecutionContext;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.result.CountResult;
import com.mkven.multidb.result.DataResult;
import com.mkven.multidb.result.DebugLogEntry;
import com.mkven.multidb.result.QueryResult;
import com.mkven.multidb.result.QueryResultMeta;
import com.mkven.multidb.result.SqlResult;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static java.util.Objects.requireNonNull;

/**
 * The contract over the JDBC driver, as an application would use it: the definition is sent as JSON statement text,
 * rows are read with the getters that give the Java API's value types, keyed by column label, and {@code meta} comes
 * from {@code unwrap(MultiDbResultSetMetaData.class)}; the {@code count} and {@code sql-only} result sets become
 * {@link CountResult} and {@link SqlResult} again, the debug log is read from the statement's warnings, and an
 * {@link SQLException} is rethrown as the engine error behind it. One connection per set of roles, as applications
 * hold them.
 */
final class JdbcQueryContract implements QueryContract, AutoCloseable {
    private static final ObjectMapper PARAMS = MultiDbJson.mapper();
    private final String url;
    private final Map<ContextRoles, Connection> connections = new ConcurrentHashMap<>();

    /** @param url the URL without properties, e.g. {@code jdbc:multidb:file:/…json} or {@code jdbc:multidb://127.0.0.1:8080} */
    JdbcQueryContract(String url) {
        this.url = requireNonNull(url, "url is null");
    }

    @Override
    public QueryResult query(QueryDefinition definition, ExecutionContext context) {
        try (Statement statement = connection(context.roles()).createStatement();
                ResultSet resultSet = statement.executeQuery(MultiDbJson.write(definition))) {
            MultiDbResultSetMetaData metaData = resultSet.getMetaData().unwrap(MultiDbResultSetMetaData.class);
            QueryResultMeta meta = metaData.resultMeta().orElseThrow();
            return switch (definition.effectiveExecuteMode()) {
                case EXECUTE -> {
                    List<Map<String, Object>> rows = rows(resultSet, metaData.columns());
                    yield new DataResult(rows, meta, debugLog(definition, statement));
                }
                case COUNT -> {
                    resultSet.next();
                    yield new CountResult(resultSet.getLong("count"), meta, debugLog(definition, statement));
                }
                case SQL_ONLY -> {
                    resultSet.next();
                    List<Object> params = PARAMS.readValue(resultSet.getString("params"), new TypeReference<List<Object>>() {});
                    yield new SqlResult(resultSet.getString("sql"), params, meta, debugLog(definition, statement));
                }
            };
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the params column is not a JSON array", e);
        } catch (SQLException e) {
            throw EngineErrors.cause(e).orElseThrow(() -> new IllegalStateException("a driver failure without an engine error: " + e, e));
        }
    }

    private Connection connection(ContextRoles roles) throws SQLException {
        Connection known = connections.get(roles);
        if (known != null) {
            return known;
        }
        Properties properties = new Properties();
        roles.user().ifPresent(user -> properties.setProperty("roles", String.join(",", user)));
        roles.service().ifPresent(service -> properties.setProperty("serviceRoles", String.join(",", service)));
        Connection connection = DriverManager.getConnection(url, properties);
        connections.put(roles, connection);
        return connection;
    }

    private static List<Map<String, Object>> rows(ResultSet resultSet, List<ColumnDescriptor> columns) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        while (resultSet.next()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                row.put(columns.get(i).label(), value(resultSet, i + 1, columns.get(i)));
            }
            rows.add(row);
        }
        return rows;
    }

    /** The value as the Java API types it (architecture.md "Value types"), through the getter JDBC offers for it. */
    private static Object value(ResultSet resultSet, int column, ColumnDescriptor descriptor) throws SQLException {
        if (resultSet.getObject(column) == null) {
            return null;
        }
        if (descriptor.array()) {
            return resultSet.getObject(column, List.class);
        }
        return switch (descriptor.type()) {
            case VARCHAR -> resultSet.getString(column);
            case INTEGER -> resultSet.getInt(column);
            case SMALLINT -> resultSet.getShort(column);
            case BIGINT -> resultSet.getLong(column);
            case DECIMAL -> resultSet.getBigDecimal(column);
            case BOOLEAN -> resultSet.getBoolean(column);
            case UUID -> resultSet.getObject(column, UUID.class);
            case DATE -> resultSet.getObject(column, LocalDate.class);
            case TIMESTAMP_WITH_TIMEZONE -> resultSet.getObject(column, Instant.class);
        };
    }

    /** The entries of the statement's warnings, present when the query asked for them as in the Java API. */
    private static Optional<List<DebugLogEntry>> debugLog(QueryDefinition definition, Statement statement) throws SQLException {
        if (!definition.debug()) {
            return Optional.empty();
        }
        List<DebugLogEntry> entries = new ArrayList<>();
        for (SQLWarning warning = statement.getWarnings(); warning != null; warning = warning.getNextWarning()) {
            if (!(warning instanceof DebugLogWarning entry)) {
                throw new IllegalStateException("a warning that is no debug-log entry: " + warning);
            }
            entries.add(entry.entry());
        }
        return Optional.of(entries);
    }

    @Override
    public void close() throws SQLException {
        SQLException failure = null;
        for (Connection connection : connections.values()) {
            try {
                connection.close();
            } catch (SQLException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        connections.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
