package com.mkven.multidb.jdbc;

import com.mkven.multidb.metadata.ColumnType;

import java.sql.ParameterMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;

/**
 * The parameters of a prepared statement. A SQL marker has the type of the column it is compared with (as the
 * translation knows it); a JSON marker takes any JSON value, which the engine checks against its column, so it is
 * {@code OTHER}. Spring's {@code setNull} asks for these types first; any of them works.
 */
final class MarkerParameterMetaData implements ParameterMetaData {
    private final List<Optional<ColumnType>> types;

    MarkerParameterMetaData(List<Optional<ColumnType>> types) {
        this.types = List.copyOf(types);
    }

    @Override
    public int getParameterCount() {
        return types.size();
    }

    @Override
    public int isNullable(int param) throws SQLException {
        type(param);
        return parameterNullableUnknown;
    }

    @Override
    public boolean isSigned(int param) throws SQLException {
        return type(param).map(type -> !type.isArray() && type.isNumeric()).orElse(false);
    }

    @Override
    public int getPrecision(int param) throws SQLException {
        return type(param).map(type -> type.isArray() ? 0 : JdbcType.of(type).precision()).orElse(0);
    }

    @Override
    public int getScale(int param) throws SQLException {
        return type(param).map(type -> type.isArray() ? 0 : JdbcType.of(type).scale()).orElse(0);
    }

    @Override
    public int getParameterType(int param) throws SQLException {
        return type(param).map(MarkerParameterMetaData::descriptor).map(ColumnDescriptor::sqlType).orElse(Types.OTHER);
    }

    @Override
    public String getParameterTypeName(int param) throws SQLException {
        return type(param).map(MarkerParameterMetaData::descriptor).map(ColumnDescriptor::typeName).orElse("json");
    }

    @Override
    public String getParameterClassName(int param) throws SQLException {
        return type(param).map(MarkerParameterMetaData::descriptor).map(ColumnDescriptor::className).orElse(Object.class.getName());
    }

    @Override
    public int getParameterMode(int param) throws SQLException {
        type(param);
        return parameterModeIn;
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return Wrappers.unwrap(this, type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return Wrappers.isWrapperFor(this, type);
    }

    private static ColumnDescriptor descriptor(ColumnType type) {
        return new ColumnDescriptor("?", "?", "", JdbcType.of(type), type.isArray(), java.sql.ResultSetMetaData.columnNullableUnknown, false);
    }

    private Optional<ColumnType> type(int param) throws SQLException {
        if (param < 1 || param > types.size()) {
            throw SqlState.INVALID_DESCRIPTOR_INDEX.exception("Parameter %d is out of range: the statement has %d".formatted(param, types.size()));
        }
        return types.get(param - 1);
    }
}
