package com.mkven.multidb.jdbc.sql;

import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.schema.Column;

import java.util.Optional;

/**
 * HAVING conditions name aggregation aliases (query.md §6): an alias of the select list, or the
 * aggregate written out again ({@code HAVING COUNT(*) > 2}), which means its alias. Any other name
 * goes through as written, for validation to report (rule 8).
 */
final class HavingOperands implements ConditionOperands {
    private final Scope scope;
    private final ColumnResolver columns;
    private final Aggregations aggregations;

    HavingOperands(Scope scope, ColumnResolver columns, Aggregations aggregations) {
        this.scope = scope;
        this.columns = columns;
        this.aggregations = aggregations;
    }

    @Override
    public Optional<FilterColumn> column(Expression expression, SourcePosition fallback) {
        Expression operand = LiteralValues.unwrap(expression);
        SourcePosition position = Positions.of(operand, fallback);
        if (operand instanceof Function function && AggregateCall.isAggregate(function)) {
            AggregateCall call = AggregateCall.parse(function, scope, columns, position);
            String alias = aggregations.aliasOf(call).orElseThrow(() -> UnsupportedSqlException.unsupported(
                    "aggregate in HAVING outside the select list",
                    "HAVING " + Constructs.snippet(function) + " needs the same aggregate in the select list: "
                            + "add it there with an alias", position));
            return Optional.of(alias(alias, position));
        }
        if (!(operand instanceof Column column)) {
            return Optional.empty();
        }
        boolean unqualified = column.getTable() == null || column.getTable().getName() == null;
        if (unqualified) {
            Identifier name = Identifier.of(column.getColumnName(), position);
            return Optional.of(aggregations.alias(name).map(alias -> alias(alias, position))
                    .orElseGet(() -> new FilterColumn(name.name(), Optional.empty(), Optional.empty(), Optional.empty(),
                            position)));
        }
        return Optional.of(FilterColumn.of(columns.resolve(column, scope, position), scope));
    }

    private FilterColumn alias(String alias, SourcePosition position) {
        Optional<AggregateCall> call = aggregations.call(alias);
        return new FilterColumn(alias, Optional.empty(), Optional.empty(), call.flatMap(AggregateCall::resultType),
                position);
    }

    @Override
    public Scope scope() {
        return scope;
    }
}
