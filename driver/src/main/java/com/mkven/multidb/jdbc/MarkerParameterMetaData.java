package com.mkven.multidb.jdbc;

import java.sql.ParameterMetaData;
import java.sql.SQLException;
import java.sql.Types;

/**
 * The parameters of a prepared statement. Markers take any JSON value and the engine checks it against the column it
 * is compared with, so each is {@code OTHER} of unknown nullability; {@code setNull} with any type works (Spring's
 * {@code setNull} asks for the type first).
 */
final class MarkerParameterMetaData implements ParameterMetaData {
    private final int count;

    MarkerParameterMetaData(int count) {
        this.count = count;
    }

    @Override
    public int getParameterCount() {
        return count;
    }

    @Override
    public int isNullable(int param) throws SQLException {
        check(param);
        return parameterNullableUnknown;
    }

    @Override
    public boolean isSigned(int param) throws SQLException {
        check(param);
        return false;
    }

    @Override
    public int getPrecision(int param) throws SQLException {
        check(param);
        return 0;
    }

    @Override
    public int getScale(int param) throws SQLException {
        check(param);
        return 0;
    }

    @Override
    public int getParameterType(int param) throws SQLException {
        check(param);
        return Types.OTHER;
    }

    @Override
    public String getParameterTypeName(int param) throws SQLException {
        check(param);
        return "json";
    }

    @Override
    public String getParameterClassName(int param) throws SQLException {
        check(param);
        return Object.class.getName();
    }

    @Override
    public int getParameterMode(int param) throws SQLException {
        check(param);
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

    private void check(int param) throws SQLException {
        if (param < 1 || param > count) {
            throw SqlState.INVALID_DESCRIPTOR_INDEX.exception("Parameter %d is out of range: the statement has %d".formatted(param, count));
        }
    }
}
