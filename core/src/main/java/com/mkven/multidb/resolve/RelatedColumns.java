package com.mkven.multidb.resolve;

import com.mkven.multidb.ir.ColumnRef;
import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.metadata.RelationLink;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The two columns of the relation that connects a table being added (a join or an EXISTS table) to one already in
 * the query: {@code parentColumn} on the first candidate that has a relation, {@code addedColumn} on the new table.
 */
record RelatedColumns(ColumnRef parentColumn, ColumnRef addedColumn) {
    RelatedColumns {
        requireNonNull(parentColumn, "parentColumn is null");
        requireNonNull(addedColumn, "addedColumn is null");
    }

    /** Looks the relation up in both directions against each candidate in order; the first match wins. */
    static RelatedColumns find(MetadataIndex index, List<AliasedTable> candidates, AliasedTable added) {
        for (AliasedTable candidate : candidates) {
            Optional<RelationLink> link = index.relationBetween(candidate.meta(), added.meta());
            if (link.isPresent()) {
                return new RelatedColumns(
                        candidate.ref(link.get().columnOf(candidate.meta())),
                        added.ref(link.get().columnOf(added.meta())));
            }
        }
        throw new IllegalArgumentException("no relation connects " + added.meta().apiName() + " to the query");
    }
}
