package com.mkven.multidb.jdbc.sql;

import net.sf.jsqlparser.expression.Expression;

import java.util.Optional;

/** What the column side of a condition names: a table column in WHERE, an aggregation alias in HAVING. */
interface ConditionOperands {
    /** The column (or alias) the expression denotes, empty when it is not a column reference at all. */
    Optional<FilterColumn> column(Expression expression, SourcePosition fallback);

    /** The tables the condition sees, which an EXISTS subquery in it correlates with. */
    Scope scope();
}
