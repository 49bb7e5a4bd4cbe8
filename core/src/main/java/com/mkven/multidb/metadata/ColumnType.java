package com.mkven.multidb.metadata;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Optional;

/** Logical column type; array types end in {@code []} and have a scalar element type. */
public enum ColumnType {
    STRING("string", null),
    INT("int", null),
    DECIMAL("decimal", null),
    BOOLEAN("boolean", null),
    UUID("uuid", null),
    DATE("date", null),
    TIMESTAMP("timestamp", null),
    STRING_ARRAY("string[]", STRING),
    INT_ARRAY("int[]", INT),
    DECIMAL_ARRAY("decimal[]", DECIMAL),
    BOOLEAN_ARRAY("boolean[]", BOOLEAN),
    UUID_ARRAY("uuid[]", UUID),
    DATE_ARRAY("date[]", DATE),
    TIMESTAMP_ARRAY("timestamp[]", TIMESTAMP);

    private final String wireName;
    private final ColumnType elementType;

    ColumnType(String wireName, ColumnType elementType) {
        this.wireName = wireName;
        this.elementType = elementType;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    public boolean isArray() {
        return elementType != null;
    }

    /** The element type of an array type; empty for scalar types. */
    public Optional<ColumnType> elementType() {
        return Optional.ofNullable(elementType);
    }

    public boolean isNumeric() {
        return this == INT || this == DECIMAL;
    }

    public boolean isTemporal() {
        return this == DATE || this == TIMESTAMP;
    }

    @Override
    public String toString() {
        return wireName;
    }
}
