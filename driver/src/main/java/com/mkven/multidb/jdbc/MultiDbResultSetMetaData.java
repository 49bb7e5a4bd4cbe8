package com.mkven.multidb.jdbc;

import com.mkven.multidb.result.DialectName;
import com.mkven.multidb.result.QueryResultMeta;
import com.mkven.multidb.result.Strategy;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The columns of a result set (jdbc.md "Result sets"): label = result key, name = API name, table = table API name,
 * types per {@link JdbcType}. Beyond JDBC, {@code unwrap(MultiDbResultSetMetaData.class)} tells which columns are
 * masked and where the query ran; results the driver builds itself (DatabaseMetaData) have no origin.
 */
public final class MultiDbResultSetMetaData implements ResultSetMetaData {
    private final List<ColumnDescriptor> columns;
    private final Optional<ResultOrigin> origin;

    MultiDbResultSetMetaData(List<ColumnDescriptor> columns, Optional<ResultOrigin> origin) {
        this.columns = List.copyOf(requireNonNull(columns, "columns is null"));
        this.origin = requireNonNull(origin, "origin is null");
    }

    /** Whether the roles mask this column's values. */
    public boolean isMasked(int column) throws SQLException {
        return column(column).masked();
    }

    /** {@code cache}, {@code direct}, {@code materialized} or {@code trino-cross-db}; empty for driver-built results. */
    public Optional<Strategy> strategy() {
        return origin.map(ResultOrigin::strategy);
    }

    /** The database (or cache id) the query ran on; empty for driver-built results. */
    public Optional<String> targetDatabase() {
        return origin.map(ResultOrigin::targetDatabase);
    }

    /** The SQL dialect the query was rendered in; empty for cache-only hits and driver-built results. */
    public Optional<DialectName> dialect() {
        return origin.flatMap(ResultOrigin::dialect);
    }

    /**
     * The engine's {@code meta} of the query as reported (strategy, target, dialect, tables used, result columns in
     * the engine's order, timing); empty for driver-built results.
     */
    public Optional<QueryResultMeta> resultMeta() {
        return origin.map(ResultOrigin::meta);
    }

    /** The descriptors, in column order. */
    public List<ColumnDescriptor> columns() {
        return columns;
    }

    ColumnDescriptor column(int column) throws SQLException {
        if (column < 1 || column > columns.size()) {
            throw SqlState.INVALID_DESCRIPTOR_INDEX.exception("Column index %d is out of range: the result has %d column%s"
                    .formatted(column, columns.size(), columns.size() == 1 ? "" : "s"));
        }
        return columns.get(column - 1);
    }

    @Override
    public int getColumnCount() {
        return columns.size();
    }

    @Override
    public boolean isAutoIncrement(int column) throws SQLException {
        column(column);
        return false;
    }

    /** Text compares case-sensitively (filters have {@code ilike} and the {@code i…} functions for the other way). */
    @Override
    public boolean isCaseSensitive(int column) throws SQLException {
        return column(column).type() == JdbcType.VARCHAR && !column(column).array();
    }

    @Override
    public boolean isSearchable(int column) throws SQLException {
        column(column);
        return true;
    }

    @Override
    public boolean isCurrency(int column) throws SQLException {
        column(column);
        return false;
    }

    @Override
    public int isNullable(int column) throws SQLException {
        return column(column).nullability();
    }

    @Override
    public boolean isSigned(int column) throws SQLException {
        ColumnDescriptor descriptor = column(column);
        return !descriptor.array() && switch (descriptor.type()) {
            case INTEGER, SMALLINT, BIGINT, DECIMAL -> true;
            case VARCHAR, BOOLEAN, UUID, DATE, TIMESTAMP_WITH_TIMEZONE -> false;
        };
    }

    @Override
    public int getColumnDisplaySize(int column) throws SQLException {
        ColumnDescriptor descriptor = column(column);
        return descriptor.array() ? Integer.MAX_VALUE : descriptor.type().displaySize();
    }

    @Override
    public String getColumnLabel(int column) throws SQLException {
        return column(column).label();
    }

    @Override
    public String getColumnName(int column) throws SQLException {
        return column(column).name();
    }

    /** MultiDB names tables by API name, not by schema. */
    @Override
    public String getSchemaName(int column) throws SQLException {
        column(column);
        return "";
    }

    @Override
    public int getPrecision(int column) throws SQLException {
        ColumnDescriptor descriptor = column(column);
        return descriptor.array() ? 0 : descriptor.type().precision();
    }

    @Override
    public int getScale(int column) throws SQLException {
        ColumnDescriptor descriptor = column(column);
        return descriptor.array() ? 0 : descriptor.type().scale();
    }

    @Override
    public String getTableName(int column) throws SQLException {
        return column(column).tableName();
    }

    @Override
    public String getCatalogName(int column) throws SQLException {
        column(column);
        return "";
    }

    @Override
    public int getColumnType(int column) throws SQLException {
        return column(column).sqlType();
    }

    @Override
    public String getColumnTypeName(int column) throws SQLException {
        return column(column).typeName();
    }

    @Override
    public boolean isReadOnly(int column) throws SQLException {
        column(column);
        return true;
    }

    @Override
    public boolean isWritable(int column) throws SQLException {
        column(column);
        return false;
    }

    @Override
    public boolean isDefinitelyWritable(int column) throws SQLException {
        column(column);
        return false;
    }

    @Override
    public String getColumnClassName(int column) throws SQLException {
        return column(column).className();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return Wrappers.unwrap(this, type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return Wrappers.isWrapperFor(this, type);
    }
}
