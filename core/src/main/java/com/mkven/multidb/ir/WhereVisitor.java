package com.mkven.multidb.ir;

/** One method per {@link WhereNode} type: Java 17 has no pattern switch, and this keeps dialects exhaustive. */
public interface WhereVisitor<R> {
    R visitCondition(WhereCondition node);

    R visitColumnCondition(WhereColumnCondition node);

    R visitBetween(WhereBetween node);

    R visitFunction(WhereFunction node);

    R visitArrayCondition(WhereArrayCondition node);

    R visitGroup(WhereGroup node);

    R visitExists(WhereExists node);

    R visitCountedSubquery(WhereCountedSubquery node);
}
