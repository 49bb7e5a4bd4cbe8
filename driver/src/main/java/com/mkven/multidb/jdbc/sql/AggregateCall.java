package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.query.AggregationFn;
import com.mkven.multidb.query.QueryAggregation;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.AllColumns;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * {@code COUNT(*)}, {@code COUNT(c)}, {@code SUM/AVG/MIN/MAX(c)}: the aggregate a call computes. Two
 * calls computing the same thing are equal, which is how HAVING and ORDER BY find the alias of an
 * aggregate written out again.
 *
 * @param column a column API name, or {@code *}
 * @param table the table qualifier as the definition writes it (omitted for {@code from})
 */
record AggregateCall(AggregationFn fn, String column, Optional<String> table, Optional<ColumnType> columnType) {
    private static final Set<String> NAMES = Set.of("count", "sum", "avg", "min", "max");

    AggregateCall {
        requireNonNull(fn, "fn is null");
        requireNonNull(column, "column is null");
        requireNonNull(table, "table is null");
        requireNonNull(columnType, "columnType is null");
    }

    static boolean isAggregate(Function function) {
        return function.getMultipartName() != null && function.getMultipartName().size() == 1
                && NAMES.contains(function.getName().toLowerCase(Locale.ROOT));
    }

    static AggregateCall parse(Function function, Scope scope, ColumnResolver columns, SourcePosition fallback) {
        SourcePosition position = Positions.of(function, fallback);
        AggregationFn fn = AggregationFn.valueOf(FunctionCalls.name(function, position).toUpperCase(Locale.ROOT));
        List<Expression> arguments = FunctionCalls.arguments(function, 1, "a column" + (fn == AggregationFn.COUNT
                ? " or *" : ""), position);
        Expression argument = arguments.get(0);
        if (argument instanceof AllColumns all && all.toString().equals("*")) {
            if (fn != AggregationFn.COUNT) {
                throw UnsupportedSqlException.unsupported(fn.name() + "(*)", position);
            }
            return new AggregateCall(fn, QueryAggregation.ALL_ROWS, Optional.empty(), Optional.empty());
        }
        if (!(argument instanceof Column column)) {
            throw UnsupportedSqlException.unsupported(fn.name() + "(" + Constructs.snippet(argument) + ")",
                    fn.name() + "(" + Constructs.snippet(argument) + ") is not supported: aggregate a column"
                            + (fn == AggregationFn.COUNT ? ", or use COUNT(*)" : ""), position);
        }
        ResolvedColumn resolved = columns.resolve(column, scope, position);
        OuterReferences.refuse(resolved);
        return new AggregateCall(fn, resolved.column(), resolved.qualifier(scope), resolved.type());
    }

    /**
     * The output key when the SQL gives none: {@code count} for {@code COUNT(*)}, else
     * {@code <fn>_<column>}, with the table in between for a joined table ({@code sum_products_price}),
     * so that several unnamed aggregates rarely collide.
     */
    String generatedAlias() {
        if (column.equals(QueryAggregation.ALL_ROWS)) {
            return fn.wireName();
        }
        return fn.wireName() + "_" + table.map(name -> name + "_").orElse("") + column;
    }

    QueryAggregation as(String alias) {
        return new QueryAggregation(column, table, fn, alias);
    }

    /** The result type (query.md §9.3): {@code int} for counts, {@code decimal} for averages, else the column's. */
    Optional<ColumnType> resultType() {
        return switch (fn) {
            case COUNT -> Optional.of(ColumnType.INT);
            case AVG -> Optional.of(ColumnType.DECIMAL);
            case SUM, MIN, MAX -> columnType;
        };
    }
}
