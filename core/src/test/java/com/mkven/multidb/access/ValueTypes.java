package com.mkven.multidb.access;

import com.mkven.multidb.metadata.ColumnType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The Java value type of each column type (architecture.md "Value types"), for assertions. */
final class ValueTypes {
    private ValueTypes() {}

    static boolean holds(ColumnType type, Object value) {
        if (type.isArray()) {
            if (!(value instanceof List<?> elements)) {
                return false;
            }
            ColumnType elementType = type.elementType().orElseThrow();
            return elements.stream().allMatch(element -> element == null || holds(elementType, element));
        }
        return switch (type) {
            case STRING -> value instanceof String;
            case INT -> value instanceof Integer;
            case DECIMAL -> value instanceof BigDecimal;
            case BOOLEAN -> value instanceof Boolean;
            case UUID -> value instanceof UUID;
            case DATE -> value instanceof LocalDate;
            case TIMESTAMP -> value instanceof Instant;
            case STRING_ARRAY, INT_ARRAY, DECIMAL_ARRAY, BOOLEAN_ARRAY, UUID_ARRAY, DATE_ARRAY, TIMESTAMP_ARRAY ->
                    throw new AssertionError("arrays are handled above: " + type);
        };
    }
}
