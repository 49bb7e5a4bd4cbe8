package com.mkven.multidb.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What a caller asks for, in API names (query.md §2). Optional lists that are omitted read as
 * empty, except {@code columns} and {@code byIds}, where "omitted" and "empty" mean different things.
 */
public record QueryDefinition(
        @JsonProperty(required = true) String from,
        Optional<List<String>> columns,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean distinct,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FilterNode> filters,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<QueryJoin> joins,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<QueryGroupBy> groupBy,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<QueryAggregation> aggregations,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FilterNode> having,
        Optional<Integer> limit,
        Optional<Integer> offset,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<QueryOrderBy> orderBy,
        Optional<Freshness> freshness,
        Optional<List<Object>> byIds,
        Optional<ExecuteMode> executeMode,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean debug) {
    public QueryDefinition {
        requireNonNull(from, "from is null");
        columns = requireNonNull(columns, "columns is null").map(List::copyOf);
        filters = copyOrEmpty(filters);
        joins = copyOrEmpty(joins);
        groupBy = copyOrEmpty(groupBy);
        aggregations = copyOrEmpty(aggregations);
        having = copyOrEmpty(having);
        requireNonNull(limit, "limit is null");
        requireNonNull(offset, "offset is null");
        orderBy = copyOrEmpty(orderBy);
        requireNonNull(freshness, "freshness is null");
        // ids may be strings or numbers; a null element is a validation error, so it must survive
        byIds = requireNonNull(byIds, "byIds is null").map(ids -> castList(JsonValues.immutableCopy(ids)));
        requireNonNull(executeMode, "executeMode is null");
    }

    public static Builder builder(String from) {
        return new Builder(from);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public ExecuteMode effectiveExecuteMode() {
        return executeMode.orElse(ExecuteMode.EXECUTE);
    }

    private static <T> List<T> copyOrEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> castList(Object list) {
        return (List<Object>) list;
    }

    /** Mutable builder for Java callers; {@link #build()} returns the immutable definition. */
    public static final class Builder {
        private String from;
        private Optional<List<String>> columns = Optional.empty();
        private boolean distinct;
        private final List<FilterNode> filters = new ArrayList<>();
        private final List<QueryJoin> joins = new ArrayList<>();
        private final List<QueryGroupBy> groupBy = new ArrayList<>();
        private final List<QueryAggregation> aggregations = new ArrayList<>();
        private final List<FilterNode> having = new ArrayList<>();
        private Optional<Integer> limit = Optional.empty();
        private Optional<Integer> offset = Optional.empty();
        private final List<QueryOrderBy> orderBy = new ArrayList<>();
        private Optional<Freshness> freshness = Optional.empty();
        private Optional<List<Object>> byIds = Optional.empty();
        private Optional<ExecuteMode> executeMode = Optional.empty();
        private boolean debug;

        private Builder(String from) {
            this.from = requireNonNull(from, "from is null");
        }

        private Builder(QueryDefinition definition) {
            this.from = definition.from;
            this.columns = definition.columns;
            this.distinct = definition.distinct;
            this.filters.addAll(definition.filters);
            this.joins.addAll(definition.joins);
            this.groupBy.addAll(definition.groupBy);
            this.aggregations.addAll(definition.aggregations);
            this.having.addAll(definition.having);
            this.limit = definition.limit;
            this.offset = definition.offset;
            this.orderBy.addAll(definition.orderBy);
            this.freshness = definition.freshness;
            this.byIds = definition.byIds;
            this.executeMode = definition.executeMode;
            this.debug = definition.debug;
        }

        public Builder from(String from) {
            this.from = requireNonNull(from, "from is null");
            return this;
        }

        public Builder columns(String... columns) {
            this.columns = Optional.of(List.of(columns));
            return this;
        }

        public Builder columns(List<String> columns) {
            this.columns = Optional.of(List.copyOf(columns));
            return this;
        }

        public Builder distinct(boolean distinct) {
            this.distinct = distinct;
            return this;
        }

        public Builder filter(FilterNode... filters) {
            this.filters.addAll(Arrays.asList(filters));
            return this;
        }

        public Builder join(QueryJoin... joins) {
            this.joins.addAll(Arrays.asList(joins));
            return this;
        }

        public Builder groupBy(QueryGroupBy... groupBy) {
            this.groupBy.addAll(Arrays.asList(groupBy));
            return this;
        }

        public Builder aggregation(QueryAggregation... aggregations) {
            this.aggregations.addAll(Arrays.asList(aggregations));
            return this;
        }

        public Builder having(FilterNode... having) {
            this.having.addAll(Arrays.asList(having));
            return this;
        }

        public Builder limit(int limit) {
            this.limit = Optional.of(limit);
            return this;
        }

        public Builder offset(int offset) {
            this.offset = Optional.of(offset);
            return this;
        }

        public Builder orderBy(QueryOrderBy... orderBy) {
            this.orderBy.addAll(Arrays.asList(orderBy));
            return this;
        }

        public Builder freshness(Freshness freshness) {
            this.freshness = Optional.of(freshness);
            return this;
        }

        public Builder byIds(Object... ids) {
            this.byIds = Optional.of(Arrays.asList(ids));
            return this;
        }

        public Builder byIds(List<?> ids) {
            this.byIds = Optional.of(new ArrayList<>(ids));
            return this;
        }

        public Builder executeMode(ExecuteMode executeMode) {
            this.executeMode = Optional.of(executeMode);
            return this;
        }

        public Builder debug(boolean debug) {
            this.debug = debug;
            return this;
        }

        public QueryDefinition build() {
            return new QueryDefinition(from, columns, distinct, filters, joins, groupBy, aggregations, having,
                    limit, offset, orderBy, freshness, byIds, executeMode, debug);
        }
    }
}
