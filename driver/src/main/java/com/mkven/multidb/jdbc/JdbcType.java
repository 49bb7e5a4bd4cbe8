package com.mkven.multidb.jdbc;

import com.mkven.multidb.metadata.ColumnType;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.OffsetDateTime;

import static java.util.Objects.requireNonNull;

/**
 * The scalar JDBC types the driver reports (architecture.md "Value types"); arrays are an element type plus
 * {@link ColumnDescriptor#array()}. Each type fixes what {@code getObject} returns, so {@code getColumnClassName}
 * tells the truth.
 */
public enum JdbcType {
    VARCHAR(Types.VARCHAR, "VARCHAR", String.class, Integer.MAX_VALUE, 0, Integer.MAX_VALUE),
    INTEGER(Types.INTEGER, "INTEGER", Integer.class, 10, 0, 11),
    SMALLINT(Types.SMALLINT, "SMALLINT", Short.class, 5, 0, 6),
    BIGINT(Types.BIGINT, "BIGINT", Long.class, 19, 0, 20),
    /** Precision and scale are not in the metadata: 0, as JDBC asks for "unknown". */
    DECIMAL(Types.DECIMAL, "DECIMAL", BigDecimal.class, 0, 0, 131_089),
    BOOLEAN(Types.BOOLEAN, "BOOLEAN", Boolean.class, 1, 0, 5),
    /** {@code OTHER} with type name {@code uuid}, as PostgreSQL's driver reports it; {@code getString} works. */
    UUID(Types.OTHER, "uuid", java.util.UUID.class, 36, 0, 36),
    DATE(Types.DATE, "DATE", java.sql.Date.class, 10, 0, 10),
    /** An instant; {@code getObject} gives an {@link OffsetDateTime} in the connection's time zone (JDBC 4.2). */
    TIMESTAMP_WITH_TIMEZONE(Types.TIMESTAMP_WITH_TIMEZONE, "TIMESTAMP WITH TIME ZONE", OffsetDateTime.class, 35, 6, 35);

    private final int sqlType;
    private final String typeName;
    private final Class<?> javaClass;
    private final int precision;
    private final int scale;
    private final int displaySize;

    JdbcType(int sqlType, String typeName, Class<?> javaClass, int precision, int scale, int displaySize) {
        this.sqlType = sqlType;
        this.typeName = requireNonNull(typeName, "typeName is null");
        this.javaClass = requireNonNull(javaClass, "javaClass is null");
        this.precision = precision;
        this.scale = scale;
        this.displaySize = displaySize;
    }

    /** The {@link Types} constant. */
    public int sqlType() {
        return sqlType;
    }

    public String typeName() {
        return typeName;
    }

    /** The class {@code getObject(column)} returns. */
    public Class<?> javaClass() {
        return javaClass;
    }

    public int precision() {
        return precision;
    }

    public int scale() {
        return scale;
    }

    public int displaySize() {
        return displaySize;
    }

    /** The JDBC type of a scalar column type; for an array type, that of its element. */
    public static JdbcType of(ColumnType type) {
        ColumnType scalar = type.elementType().orElse(type);
        return switch (scalar) {
            case STRING -> VARCHAR;
            case INT -> INTEGER;
            case DECIMAL -> DECIMAL;
            case BOOLEAN -> BOOLEAN;
            case UUID -> UUID;
            case DATE -> DATE;
            case TIMESTAMP -> TIMESTAMP_WITH_TIMEZONE;
            case STRING_ARRAY, INT_ARRAY, DECIMAL_ARRAY, BOOLEAN_ARRAY, UUID_ARRAY, DATE_ARRAY, TIMESTAMP_ARRAY ->
                    throw new IllegalStateException("an element type is scalar: " + scalar);
        };
    }
}
