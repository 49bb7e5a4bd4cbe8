package com.mkven.multidb.ir;

/** One method per {@link HavingNode} type. */
public interface HavingVisitor<R> {
    R visitCondition(HavingCondition node);

    R visitBetween(HavingBetween node);

    R visitGroup(HavingGroup node);
}
