package com.mkven.multidb.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** AND/OR of conditions, optionally negated: {@code NOT (c1 OR c2 …)}. */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record QueryFilterGroup(
        @JsonProperty(required = true) FilterLogic logic,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean not,
        @JsonProperty(required = true) List<FilterNode> conditions) implements FilterNode {
    public QueryFilterGroup {
        requireNonNull(logic, "logic is null");
        conditions = List.copyOf(requireNonNull(conditions, "conditions is null"));
    }

    public static QueryFilterGroup and(FilterNode... conditions) {
        return new QueryFilterGroup(FilterLogic.AND, false, List.of(conditions));
    }

    public static QueryFilterGroup or(FilterNode... conditions) {
        return new QueryFilterGroup(FilterLogic.OR, false, List.of(conditions));
    }

    public QueryFilterGroup negated() {
        return new QueryFilterGroup(logic, !not, conditions);
    }
}
