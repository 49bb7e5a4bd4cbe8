package com.mkven.multidb.ir;

/**
 * A node of the HAVING tree: conditions on aggregation aliases only — no EXISTS, no column comparison, no function
 * and no array nodes (sql.md §3). Walk it with a {@link HavingVisitor}.
 */
public sealed interface HavingNode permits HavingCondition, HavingBetween, HavingGroup {
    <R> R accept(HavingVisitor<R> visitor);
}
