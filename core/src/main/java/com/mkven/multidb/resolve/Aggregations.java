package com.mkven.multidb.resolve;

import com.mkven.multidb.ir.AggregationClause;
import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.query.AggregationFn;
import com.mkven.multidb.query.QueryAggregation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** The aggregations of a query, their clauses and their output mappings, by alias in query order (sql.md §2.7). */
final class Aggregations {
    private final Map<String, Aggregation> byAlias;

    /** One aggregation: its clause and the mapping that carries its inferred type. */
    record Aggregation(AggregationClause clause, ColumnMapping mapping) {
        Aggregation {
            requireNonNull(clause, "clause is null");
            requireNonNull(mapping, "mapping is null");
        }
    }

    private Aggregations(Map<String, Aggregation> byAlias) {
        this.byAlias = Collections.unmodifiableMap(byAlias);
    }

    static Aggregations resolve(List<QueryAggregation> aggregations, QueryTables tables) {
        Map<String, Aggregation> byAlias = new LinkedHashMap<>();
        for (QueryAggregation aggregation : aggregations) {
            if (byAlias.putIfAbsent(aggregation.alias(), resolve(aggregation, tables)) != null) {
                throw new IllegalArgumentException("duplicate aggregation alias " + aggregation.alias());
            }
        }
        return new Aggregations(byAlias);
    }

    private static Aggregation resolve(QueryAggregation aggregation, QueryTables tables) {
        String alias = aggregation.alias();
        if (aggregation.isCountAll()) {
            // table is ignored for '*'; the mapping names from as the source table (query.md §9.3)
            AliasedTable from = tables.from();
            ColumnMapping mapping = mapping(alias, from, ColumnType.INT, false);
            return new Aggregation(new AggregationClause(aggregation.fn(), Optional.empty(), alias), mapping);
        }
        AliasedTable table = aggregation.table().map(tables::named).orElse(tables.from());
        BoundColumn source = tables.column(table, aggregation.column());
        ColumnMapping mapping = mapping(alias, table, typeOf(aggregation.fn(), source.column().type()),
                aggregation.fn() != AggregationFn.COUNT);
        return new Aggregation(AggregationClause.of(aggregation.fn(), source.ref(), alias), mapping);
    }

    /** count → int, avg → decimal (even over int), sum/min/max → the source column's type. */
    private static ColumnType typeOf(AggregationFn fn, ColumnType source) {
        return switch (fn) {
            case COUNT -> ColumnType.INT;
            case AVG -> ColumnType.DECIMAL;
            case SUM, MIN, MAX -> source;
        };
    }

    /**
     * Aggregation aliases are never masked. COUNT never yields NULL; sum/avg/min/max are always nullable, since an
     * empty input yields NULL whatever the source column allows (decisions.md §10 overrides query.md §9.3 here).
     */
    private static ColumnMapping mapping(String alias, AliasedTable table, ColumnType type, boolean nullable) {
        return new ColumnMapping(alias, alias, table.alias(), table.meta().apiName(), false, nullable, type, Optional.empty());
    }

    boolean has(String alias) {
        return byAlias.containsKey(alias);
    }

    Aggregation get(String alias) {
        Aggregation aggregation = byAlias.get(alias);
        if (aggregation == null) {
            throw new IllegalArgumentException("no aggregation has the alias " + alias);
        }
        return aggregation;
    }

    List<AggregationClause> clauses() {
        List<AggregationClause> clauses = new ArrayList<>(byAlias.size());
        for (Aggregation aggregation : byAlias.values()) {
            clauses.add(aggregation.clause());
        }
        return clauses;
    }

    List<ColumnMapping> mappings() {
        List<ColumnMapping> mappings = new ArrayList<>(byAlias.size());
        for (Aggregation aggregation : byAlias.values()) {
            mappings.add(aggregation.mapping());
        }
        return mappings;
    }
}
