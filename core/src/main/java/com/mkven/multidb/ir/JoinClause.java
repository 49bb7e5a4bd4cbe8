package com.mkven.multidb.ir;

import com.mkven.multidb.query.JoinType;

import static java.util.Objects.requireNonNull;

/**
 * {@code <type> JOIN <table> ON <leftColumn> = <rightColumn>}; the ON clause holds only the relation.
 *
 * @param leftColumn the relation column on the side already in the query
 * @param rightColumn the relation column on the joined table
 */
public record JoinClause(JoinType type, TableRef table, ColumnRef leftColumn, ColumnRef rightColumn) {
    public JoinClause {
        requireNonNull(type, "type is null");
        requireNonNull(table, "table is null");
        requireNonNull(leftColumn, "leftColumn is null");
        requireNonNull(rightColumn, "rightColumn is null");
    }
}
