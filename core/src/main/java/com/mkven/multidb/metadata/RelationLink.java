package com.mkven.multidb.metadata;

import static java.util.Objects.requireNonNull;

/**
 * A relation found between two tables, whichever of them declared it: the join or correlation
 * condition is exactly {@code holder.foreignKey = target.targetColumn}.
 */
public record RelationLink(TableMeta holder, ColumnMeta foreignKey, TableMeta target, ColumnMeta targetColumn, RelationType type) {
    public RelationLink {
        requireNonNull(holder, "holder is null");
        requireNonNull(foreignKey, "foreignKey is null");
        requireNonNull(target, "target is null");
        requireNonNull(targetColumn, "targetColumn is null");
        requireNonNull(type, "type is null");
    }

    /** The column of {@code table} that takes part in the condition. */
    public ColumnMeta columnOf(TableMeta table) {
        return table.id().equals(holder.id()) ? foreignKey : targetColumn;
    }
}
