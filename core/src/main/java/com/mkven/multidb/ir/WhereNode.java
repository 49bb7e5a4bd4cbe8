package com.mkven.multidb.ir;

/** A node of the WHERE tree (sql.md §3). Walk it with a {@link WhereVisitor}. */
public sealed interface WhereNode permits WhereCondition, WhereColumnCondition, WhereBetween, WhereFunction,
        WhereArrayCondition, WhereGroup, WhereExists, WhereCountedSubquery {
    <R> R accept(WhereVisitor<R> visitor);
}
