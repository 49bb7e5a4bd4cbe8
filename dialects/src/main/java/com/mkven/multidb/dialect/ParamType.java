package com.mkven.multidb.dialect;

import com.mkven.multidb.metadata.ColumnType;

/**
 * What a bound value is, for dialects whose placeholders carry a type (ClickHouse {@code {p1:String}}, sql.md §5.7):
 * the scalar column types, plus the two contexts whose type is fixed whatever the column.
 */
enum ParamType {
    STRING,
    INT,
    DECIMAL,
    BOOLEAN,
    UUID,
    DATE,
    TIMESTAMP,
    /** the value a counted subquery is compared with */
    ROW_COUNT,
    /** the maximum of an edit-distance comparison */
    EDIT_DISTANCE;

    /** The type of a value of a scalar column type (an array's element type for array operators). */
    static ParamType of(ColumnType type) {
        return switch (type) {
            case STRING -> STRING;
            case INT -> INT;
            case DECIMAL -> DECIMAL;
            case BOOLEAN -> BOOLEAN;
            case UUID -> UUID;
            case DATE -> DATE;
            case TIMESTAMP -> TIMESTAMP;
            case STRING_ARRAY, INT_ARRAY, DECIMAL_ARRAY, BOOLEAN_ARRAY, UUID_ARRAY, DATE_ARRAY, TIMESTAMP_ARRAY ->
                    throw new IllegalArgumentException("a parameter has a scalar type, not " + type);
        };
    }
}
