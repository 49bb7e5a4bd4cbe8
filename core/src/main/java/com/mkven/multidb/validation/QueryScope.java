package com.mkven.multidb.validation;

import com.mkven.multidb.query.QueryJoin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The tables of a query that qualifiers may name: {@code from} and the joined tables, in join
 * order. A join that repeats a table already in the query is left out (it was rejected).
 */
final class QueryScope {
    private final ScopeTable from;
    private final List<ScopeTable> joins;

    QueryScope(ScopeTable from, List<ScopeTable> joins) {
        this.from = requireNonNull(from, "from is null");
        this.joins = List.copyOf(requireNonNull(joins, "joins is null"));
    }

    ScopeTable from() {
        return from;
    }

    List<ScopeTable> joins() {
        return joins;
    }

    /** {@code from} followed by the joins: where top-level conditions may point. */
    List<ScopeTable> tables() {
        List<ScopeTable> tables = new ArrayList<>(joins.size() + 1);
        tables.add(from);
        tables.addAll(joins);
        return tables;
    }

    /** The table of the query with this apiName: {@code from} or a joined table. */
    Optional<ScopeTable> find(String apiName) {
        if (from.apiName().equals(apiName)) {
            return Optional.of(from);
        }
        for (ScopeTable join : joins) {
            if (join.apiName().equals(apiName)) {
                return Optional.of(join);
            }
        }
        return Optional.empty();
    }

    /** The table of a join; a join that repeats a table resolves to the table's first occurrence. */
    ScopeTable joined(QueryJoin join) {
        return find(join.table()).orElseThrow(() -> new IllegalArgumentException("join not in scope: " + join.table()));
    }

    /** The table a {@code table} qualifier names, {@code from} when there is none. */
    Optional<ScopeTable> qualified(Optional<String> table) {
        return table.isPresent() ? find(table.get()) : Optional.of(from);
    }
}
