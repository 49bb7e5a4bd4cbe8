package com.mkven.multidb.validation;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * How names resolve in one filter list (query.md §4.2, sql.md §2.5–2.6).
 *
 * @param defaultTable the table of an unqualified {@code QueryFilter}
 * @param columnFilterDefault the table of an unqualified side of a {@code QueryColumnFilter}
 * @param qualifiable the tables a {@code table}/{@code refTable} qualifier may name
 * @param existsParents where an EXISTS here may correlate, tried in order
 * @param qualifierRule says which tables may be named, for messages
 */
record FilterContext(
        ScopeTable defaultTable,
        ScopeTable columnFilterDefault,
        List<ScopeTable> qualifiable,
        List<ScopeTable> existsParents,
        String qualifierRule) {
    FilterContext {
        requireNonNull(defaultTable, "defaultTable is null");
        requireNonNull(columnFilterDefault, "columnFilterDefault is null");
        qualifiable = List.copyOf(requireNonNull(qualifiable, "qualifiable is null"));
        existsParents = List.copyOf(requireNonNull(existsParents, "existsParents is null"));
        requireNonNull(qualifierRule, "qualifierRule is null");
    }

    /** {@code filters}: names default to {@code from}; an EXISTS relates to {@code from}, else the first related join. */
    static FilterContext topLevel(QueryScope scope) {
        return new FilterContext(scope.from(), scope.from(), scope.tables(), scope.tables(),
                "a filter may name '" + scope.from().apiName() + "' or a joined table");
    }

    /** A join's {@code filters}: plain conditions default to the join, column filters to {@code from}. */
    static FilterContext join(QueryScope scope, ScopeTable join) {
        return new FilterContext(join, scope.from(), scope.tables(), List.of(join),
                "a join filter may name '" + scope.from().apiName() + "' or a joined table");
    }

    /**
     * An EXISTS's {@code filters}: everything is about the EXISTS table (naming another table there
     * is undefined by the spec, so it is refused), and a nested EXISTS correlates to it.
     */
    static FilterContext exists(ScopeTable table) {
        return new FilterContext(table, table, List.of(table), List.of(table),
                "conditions inside EXISTS may only name its table '" + table.apiName() + "'");
    }

    /** The table a qualifier names, or {@code fallback} when there is none; empty when the name is not allowed here. */
    Optional<ScopeTable> resolve(Optional<String> qualifier, ScopeTable fallback) {
        if (qualifier.isEmpty()) {
            return Optional.of(fallback);
        }
        for (ScopeTable table : qualifiable) {
            if (table.apiName().equals(qualifier.get())) {
                return Optional.of(table);
            }
        }
        return Optional.empty();
    }
}
