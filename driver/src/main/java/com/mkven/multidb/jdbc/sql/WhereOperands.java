package com.mkven.multidb.jdbc.sql;

import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.schema.Column;

import java.util.Optional;

/** WHERE (and EXISTS) conditions name table columns of their scope. */
final class WhereOperands implements ConditionOperands {
    private final Scope scope;
    private final ColumnResolver columns;

    WhereOperands(Scope scope, ColumnResolver columns) {
        this.scope = scope;
        this.columns = columns;
    }

    @Override
    public Optional<FilterColumn> column(Expression expression, SourcePosition fallback) {
        if (!(LiteralValues.unwrap(expression) instanceof Column column)) {
            return Optional.empty();
        }
        ResolvedColumn resolved = columns.resolve(column, scope, fallback);
        OuterReferences.refuse(resolved);
        return Optional.of(FilterColumn.of(resolved, scope));
    }

    @Override
    public Scope scope() {
        return scope;
    }
}
