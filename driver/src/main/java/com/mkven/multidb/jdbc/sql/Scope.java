package com.mkven.multidb.jdbc.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tables a condition can name: {@code from} and the joins of the query, or the one table of an
 * EXISTS subquery, whose {@link #outer()} scope is the query (or the enclosing EXISTS).
 */
final class Scope {
    private final List<ScopeTable> tables = new ArrayList<>();
    private final Optional<Scope> outer;

    private Scope(Optional<Scope> outer) {
        this.outer = outer;
    }

    static Scope query() {
        return new Scope(Optional.empty());
    }

    static Scope nested(Scope outer) {
        return new Scope(Optional.of(outer));
    }

    void add(ScopeTable table) {
        for (ScopeTable present : tables) {
            if (present.exposedName().equalsIgnoreCase(table.exposedName())) {
                throw UnsupportedSqlException.syntax("table name " + table.exposedName(),
                        "table name or alias " + table.exposedName() + " is used twice; give each table its own alias",
                        table.position());
            }
        }
        tables.add(table);
    }

    /** {@code from} in a query, the EXISTS table in a subquery: the table that unqualified filters mean. */
    ScopeTable primary() {
        return tables.get(0);
    }

    List<ScopeTable> tables() {
        return List.copyOf(tables);
    }

    Optional<Scope> outer() {
        return outer;
    }

    Optional<ScopeTable> byQualifier(Identifier qualifier) {
        for (ScopeTable table : tables) {
            if (table.answersTo(qualifier)) {
                return Optional.of(table);
            }
        }
        return Optional.empty();
    }
}
