package com.mkven.multidb.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A condition on one column (in {@code having}: on an aggregation alias).
 *
 * @param table apiName qualifier of the column's table (query.md §4.2)
 * @param value the operand as a JSON-shaped value: {@code String}, {@code Number}, {@code Boolean},
 *         {@code List} or {@code Map}; its shape is checked by validation, not here, so that every
 *         malformed value is reported with the other validation errors
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record QueryFilter(
        @JsonProperty(required = true) String column,
        Optional<String> table,
        @JsonProperty(required = true) FilterOperator operator,
        Optional<Object> value) implements FilterNode {
    public QueryFilter {
        requireNonNull(column, "column is null");
        requireNonNull(table, "table is null");
        requireNonNull(operator, "operator is null");
        value = requireNonNull(value, "value is null").map(JsonValues::immutableCopy);
    }

    public static QueryFilter of(String column, FilterOperator operator, Object value) {
        return new QueryFilter(column, Optional.empty(), operator, Optional.of(value));
    }

    public static QueryFilter of(String table, String column, FilterOperator operator, Object value) {
        return new QueryFilter(column, Optional.of(table), operator, Optional.of(value));
    }

    /** A filter without operand: {@code isNull}, {@code isNotNull}, {@code arrayIsEmpty}, {@code arrayIsNotEmpty}. */
    public static QueryFilter unary(String column, FilterOperator operator) {
        return new QueryFilter(column, Optional.empty(), operator, Optional.empty());
    }

    public static QueryFilter in(String column, List<?> values) {
        return of(column, FilterOperator.IN, values);
    }

    public static QueryFilter between(String column, Object from, Object to) {
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("from", from);
        range.put("to", to);
        return of(column, FilterOperator.BETWEEN, range);
    }

    public static QueryFilter levenshteinLte(String column, String text, int maxDistance) {
        Map<String, Object> operand = new LinkedHashMap<>();
        operand.put("text", text);
        operand.put("maxDistance", maxDistance);
        return of(column, FilterOperator.LEVENSHTEIN_LTE, operand);
    }
}
