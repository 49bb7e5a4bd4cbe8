package com.mkven.multidb.jdbc;

import java.sql.ResultSetMetaData;
import java.sql.Types;

import static java.util.Objects.requireNonNull;

/**
 * One column of a result set: what {@link java.sql.ResultSetMetaData} reports about it.
 *
 * @param label the result key ({@code status}, {@code orders.id} when a join makes keys collide, an alias)
 * @param name the column's API name (the label without its table prefix)
 * @param tableName the table's API name; empty when the column comes from no table
 * @param type the scalar type, or the element type of an array
 * @param nullability one of {@link ResultSetMetaData#columnNoNulls}, {@code columnNullable}, {@code columnNullableUnknown}
 * @param masked whether the roles mask the column's values
 */
public record ColumnDescriptor(String label, String name, String tableName, JdbcType type, boolean array, int nullability, boolean masked) {
    public ColumnDescriptor {
        requireNonNull(label, "label is null");
        requireNonNull(name, "name is null");
        requireNonNull(tableName, "tableName is null");
        requireNonNull(type, "type is null");
        if (nullability != ResultSetMetaData.columnNoNulls && nullability != ResultSetMetaData.columnNullable
                && nullability != ResultSetMetaData.columnNullableUnknown) {
            throw new IllegalArgumentException("not a ResultSetMetaData nullability: " + nullability);
        }
    }

    /** A scalar column computed by the driver (count, sql-only, DatabaseMetaData results): name = label, no table. */
    public static ColumnDescriptor of(String label, JdbcType type, boolean nullable) {
        return new ColumnDescriptor(label, label, "", type, false,
                nullable ? ResultSetMetaData.columnNullable : ResultSetMetaData.columnNoNulls, false);
    }

    /** The {@link Types} constant: {@code ARRAY} for arrays. */
    public int sqlType() {
        return array ? Types.ARRAY : type.sqlType();
    }

    /** {@code VARCHAR}, {@code uuid}, or {@code INTEGER ARRAY} (the SQL-standard spelling) for arrays. */
    public String typeName() {
        return array ? type.typeName() + " ARRAY" : type.typeName();
    }

    /** The class of {@code getObject(column)}. */
    public String className() {
        return array ? java.sql.Array.class.getName() : type.javaClass().getName();
    }
}
