package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.metadata.RelationLink;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The key equality the engine will use to connect a table being added (a join or an EXISTS table)
 * to the tables already there: the relation to the first of them that has one, in order, looked up
 * in both directions (metadata.md §5) — the engine's own rule. An ON condition or correlation
 * predicate written in SQL must say exactly this, or the query would mean something else.
 */
record RelationKey(ScopeTable parent, String parentColumn, ScopeTable added, String addedColumn) {
    RelationKey {
        requireNonNull(parent, "parent is null");
        requireNonNull(parentColumn, "parentColumn is null");
        requireNonNull(added, "added is null");
        requireNonNull(addedColumn, "addedColumn is null");
    }

    /**
     * Empty when no relation connects the tables or a table is unknown: validation reports that
     * (INVALID_JOIN, INVALID_EXISTS, UNKNOWN_TABLE), so there is nothing to check here.
     */
    static Optional<RelationKey> of(MetadataIndex index, List<ScopeTable> candidates, ScopeTable added) {
        if (added.meta().isEmpty()) {
            return Optional.empty();
        }
        for (ScopeTable candidate : candidates) {
            if (candidate.meta().isEmpty()) {
                return Optional.empty();
            }
            Optional<RelationLink> link = index.relationBetween(candidate.meta().get(), added.meta().get());
            if (link.isPresent()) {
                return Optional.of(new RelationKey(candidate, link.get().columnOf(candidate.meta().get()).apiName(),
                        added, link.get().columnOf(added.meta().get()).apiName()));
            }
        }
        return Optional.empty();
    }

    /** Whether {@code a = b} (either way round) is this key equality. */
    boolean isEquality(ResolvedColumn a, ResolvedColumn b) {
        return is(a, parent, parentColumn) && is(b, added, addedColumn)
                || is(b, parent, parentColumn) && is(a, added, addedColumn);
    }

    String describe() {
        return parent.apiName() + "." + parentColumn + " = " + added.apiName() + "." + addedColumn;
    }

    private static boolean is(ResolvedColumn column, ScopeTable table, String name) {
        return column.inScope() && column.table().equals(table) && column.column().equals(name);
    }
}
