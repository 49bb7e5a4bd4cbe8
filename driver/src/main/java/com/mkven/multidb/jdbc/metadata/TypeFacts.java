package com.mkven.multidb.jdbc.metadata;

import com.mkven.multidb.jdbc.ColumnDescriptor;
import com.mkven.multidb.jdbc.JdbcType;

import java.sql.DatabaseMetaData;

/**
 * Sizes and SQL facts of the types the driver reports, for {@code getColumns} and {@code getTypeInfo}. What the
 * metadata does not say stays unknown, a {@code null} that becomes the cell's SQL NULL: a decimal's precision and
 * scale, and anything about an array beyond its element type. Text has no declared length, so it reports the largest one, as PostgreSQL's driver does for
 * {@code text}.
 */
final class TypeFacts {
    private TypeFacts() {}

    /** {@code COLUMN_SIZE}: digits for numbers, characters for text and for the text form of dates and times. */
    static Integer columnSize(ColumnDescriptor column) {
        if (column.array()) {
            return null;
        }
        return switch (column.type()) {
            case DECIMAL -> null;
            case VARCHAR, INTEGER, SMALLINT, BIGINT, BOOLEAN, UUID, DATE, TIMESTAMP_WITH_TIMEZONE -> column.type().precision();
        };
    }

    /** {@code DECIMAL_DIGITS}: 0 for integers, microseconds for instants, unknown for decimals. */
    static Integer decimalDigits(ColumnDescriptor column) {
        if (column.array()) {
            return null;
        }
        return switch (column.type()) {
            case INTEGER, SMALLINT, BIGINT, TIMESTAMP_WITH_TIMEZONE -> column.type().scale();
            case DECIMAL, VARCHAR, BOOLEAN, UUID, DATE -> null;
        };
    }

    static Integer radix(ColumnDescriptor column) {
        return isNumber(column) ? 10 : null;
    }

    static Integer charOctetLength(ColumnDescriptor column) {
        return !column.array() && column.type() == JdbcType.VARCHAR ? Integer.MAX_VALUE : null;
    }

    /** How the SQL subset writes a literal of the type (jdbc.md): quoted text, {@code DATE '…'}, {@code ARRAY[…]}. */
    static String literalPrefix(ColumnDescriptor column) {
        if (column.array()) {
            return "ARRAY[";
        }
        return switch (column.type()) {
            case VARCHAR, UUID -> "'";
            case DATE -> "DATE '";
            case TIMESTAMP_WITH_TIMEZONE -> "TIMESTAMP '";
            case INTEGER, SMALLINT, BIGINT, DECIMAL, BOOLEAN -> null;
        };
    }

    static String literalSuffix(ColumnDescriptor column) {
        if (column.array()) {
            return "]";
        }
        return switch (column.type()) {
            case VARCHAR, UUID, DATE, TIMESTAMP_WITH_TIMEZONE -> "'";
            case INTEGER, SMALLINT, BIGINT, DECIMAL, BOOLEAN -> null;
        };
    }

    /** Text takes every predicate, LIKE included; other scalars all but LIKE; arrays only the array functions. */
    static short searchable(ColumnDescriptor column) {
        if (column.array()) {
            return DatabaseMetaData.typePredNone;
        }
        return column.type() == JdbcType.VARCHAR ? (short) DatabaseMetaData.typeSearchable : (short) DatabaseMetaData.typePredBasic;
    }

    static boolean caseSensitive(ColumnDescriptor column) {
        return !column.array() && column.type() == JdbcType.VARCHAR;
    }

    /** The largest scale the type can have that is known: microseconds for instants. */
    static short maximumScale(ColumnDescriptor column) {
        return !column.array() && column.type() == JdbcType.TIMESTAMP_WITH_TIMEZONE ? (short) column.type().scale() : 0;
    }

    private static boolean isNumber(ColumnDescriptor column) {
        if (column.array()) {
            return false;
        }
        return switch (column.type()) {
            case INTEGER, SMALLINT, BIGINT, DECIMAL -> true;
            case VARCHAR, BOOLEAN, UUID, DATE, TIMESTAMP_WITH_TIMEZONE -> false;
        };
    }
}
