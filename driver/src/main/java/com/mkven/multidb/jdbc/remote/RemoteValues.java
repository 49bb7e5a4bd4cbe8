package com.mkven.multidb.jdbc.remote;

import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.result.DataResult;
import com.mkven.multidb.result.QueryResult;
import com.mkven.multidb.result.QueryResultMeta;
import com.mkven.multidb.result.ResultColumn;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Gives the values of rows read from JSON the Java types of architecture.md ("Value types"), by the column types in
 * {@code meta.columns}, so a remote result equals the in-process one: JSON has no UUID, date, timestamp or exact
 * decimal, and a decimal such as {@code 10} reads back as an integer. A masked column may hold the mask text
 * ({@code ***}, {@code 4000****}) whatever its type; such a value stays a string, as it is in-process.
 */
final class RemoteValues {
    private RemoteValues() {}

    /** @throws IllegalArgumentException if an unmasked value does not fit its column type */
    static QueryResult typed(QueryResult result) {
        if (!(result instanceof DataResult data)) {
            return result;
        }
        Map<String, ResultColumn> columns = columnsByName(data.meta());
        List<Map<String, Object>> rows = new ArrayList<>(data.data().size());
        for (Map<String, Object> row : data.data()) {
            rows.add(row(row, columns));
        }
        return new DataResult(rows, data.meta(), data.debugLog());
    }

    static Map<String, ResultColumn> columnsByName(QueryResultMeta meta) {
        Map<String, ResultColumn> columns = new HashMap<>();
        for (ResultColumn column : meta.columns()) {
            columns.put(column.apiName(), column);
        }
        return columns;
    }

    /** One row read from JSON, its values typed by {@code columns}. */
    static Map<String, Object> row(Map<String, Object> row, Map<String, ResultColumn> columns) {
        Map<String, Object> typed = new LinkedHashMap<>();
        for (Map.Entry<String, Object> cell : row.entrySet()) {
            ResultColumn column = columns.get(cell.getKey());
            if (column == null) {
                throw new IllegalArgumentException("row key '" + cell.getKey() + "' is not a result column");
            }
            typed.put(cell.getKey(), cell(cell.getValue(), column));
        }
        return typed;
    }

    private static Object cell(Object value, ResultColumn column) {
        try {
            return value(value, column.type());
        } catch (RuntimeException mismatch) {
            if (column.masked() && value instanceof String) {
                return value;
            }
            throw new IllegalArgumentException("column '" + column.apiName() + "' of type " + column.type().wireName()
                    + " holds " + value, mismatch);
        }
    }

    private static Object value(Object value, ColumnType type) {
        if (value == null) {
            return null;
        }
        if (type.isArray()) {
            ColumnType elementType = type.elementType().orElseThrow();
            List<Object> elements = new ArrayList<>();
            for (Object element : (List<?>) value) {
                elements.add(value(element, elementType));
            }
            return Collections.unmodifiableList(elements);
        }
        return switch (type) {
            case STRING -> (String) value;
            case BOOLEAN -> (Boolean) value;
            case INT -> integral((Number) value);
            case DECIMAL -> decimal((Number) value);
            case UUID -> UUID.fromString((String) value);
            case DATE -> LocalDate.parse((String) value);
            case TIMESTAMP -> Instant.parse((String) value);
            case STRING_ARRAY, INT_ARRAY, DECIMAL_ARRAY, BOOLEAN_ARRAY, UUID_ARRAY, DATE_ARRAY, TIMESTAMP_ARRAY ->
                    throw new IllegalStateException("arrays are handled above");
        };
    }

    private static Number integral(Number value) {
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            return value;
        }
        throw new IllegalArgumentException("not an integer: " + value);
    }

    private static BigDecimal decimal(Number value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Integer || value instanceof Long) {
            return BigDecimal.valueOf(value.longValue());
        }
        return new BigDecimal(value.toString());
    }
}
