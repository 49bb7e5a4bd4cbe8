package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.metadata.TableMeta;
import com.mkven.multidb.query.FilterOperator;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.query.QueryFilter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code WHERE pk IN (…)} on a single-column primary key and nothing else becomes {@code byIds}, so
 * the cache (planner P0) can serve it. Anything more (another filter, grouping, aggregates) keeps
 * the IN filter: {@code byIds} cannot be combined with grouping, and with other filters the cache
 * is skipped anyway.
 */
final class ByIds {
    private ByIds() {}

    static QueryDefinition apply(QueryDefinition definition, ScopeTable from) {
        Optional<List<Object>> ids = ids(definition, from);
        if (ids.isEmpty()) {
            return definition;
        }
        return new QueryDefinition(definition.from(), definition.columns(), definition.distinct(), List.of(),
                definition.joins(), definition.groupBy(), definition.aggregations(), definition.having(),
                definition.limit(), definition.offset(), definition.orderBy(), definition.freshness(), ids,
                definition.executeMode(), definition.debug());
    }

    private static Optional<List<Object>> ids(QueryDefinition definition, ScopeTable from) {
        List<String> key = from.meta().map(TableMeta::primaryKey).orElse(List.of());
        boolean onlyFilter = key.size() == 1 && definition.filters().size() == 1 && definition.groupBy().isEmpty()
                && definition.aggregations().isEmpty() && definition.having().isEmpty();
        if (onlyFilter && definition.filters().get(0) instanceof QueryFilter filter
                && filter.operator() == FilterOperator.IN && filter.table().isEmpty()
                && filter.column().equals(key.get(0)) && filter.value().orElse(null) instanceof List<?> values) {
            return Optional.of(new ArrayList<>(values));
        }
        return Optional.empty();
    }
}
