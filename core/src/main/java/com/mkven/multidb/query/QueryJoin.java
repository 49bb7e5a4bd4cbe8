package com.mkven.multidb.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A join to a related table; the {@code ON} condition comes from the relation in metadata.
 *
 * @param columns empty = every allowed column; an empty list = none (join only filters or groups)
 * @param filters conditions whose unqualified columns resolve against this joined table
 */
public record QueryJoin(
        @JsonProperty(required = true) String table,
        Optional<JoinType> type,
        Optional<List<String>> columns,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FilterNode> filters) {
    public QueryJoin {
        requireNonNull(table, "table is null");
        requireNonNull(type, "type is null");
        columns = requireNonNull(columns, "columns is null").map(List::copyOf);
        filters = filters == null ? List.of() : List.copyOf(filters);
    }

    public static QueryJoin of(String table) {
        return new QueryJoin(table, Optional.empty(), Optional.empty(), List.of());
    }

    public JoinType effectiveType() {
        return type.orElse(JoinType.LEFT);
    }
}
