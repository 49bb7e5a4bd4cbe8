package com.mkven.multidb.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** Compares two columns; no parameters are bound. Omitted tables mean {@code from}. */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record QueryColumnFilter(
        @JsonProperty(required = true) String column,
        Optional<String> table,
        @JsonProperty(required = true) ComparisonOperator operator,
        @JsonProperty(required = true) String refColumn,
        Optional<String> refTable) implements FilterNode {
    public QueryColumnFilter {
        requireNonNull(column, "column is null");
        requireNonNull(table, "table is null");
        requireNonNull(operator, "operator is null");
        requireNonNull(refColumn, "refColumn is null");
        requireNonNull(refTable, "refTable is null");
    }

    public static QueryColumnFilter of(String column, ComparisonOperator operator, String refColumn) {
        return new QueryColumnFilter(column, Optional.empty(), operator, refColumn, Optional.empty());
    }
}
