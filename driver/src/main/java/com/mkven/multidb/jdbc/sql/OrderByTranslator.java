package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.query.QueryOrderBy;
import com.mkven.multidb.query.SortDirection;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.OrderByElement;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code ORDER BY} items: an aggregation alias (which, as in SQL, wins over a column of the same
 * name), a column, an aggregate written out again (its alias), or a select-list position.
 */
final class OrderByTranslator {
    private OrderByTranslator() {}

    static List<QueryOrderBy> translate(List<OrderByElement> elements, Scope scope, SelectList selectList,
            TranslationContext context, SourcePosition fallback) {
        List<QueryOrderBy> orderBy = new ArrayList<>();
        if (elements == null) {
            return orderBy;
        }
        for (OrderByElement element : elements) {
            Expression expression = LiteralValues.unwrap(element.getExpression());
            SourcePosition position = Positions.of(expression, fallback);
            if (element.getNullOrdering() != null) {
                throw UnsupportedSqlException.unsupported("NULLS FIRST/LAST", position);
            }
            if (element.isMysqlWithRollup()) {
                throw UnsupportedSqlException.unsupported("WITH ROLLUP", position);
            }
            if (element.getWithFill() != null) {
                throw UnsupportedSqlException.unsupported("WITH FILL", position);
            }
            SortDirection direction = element.isAsc() ? SortDirection.ASC : SortDirection.DESC;
            orderBy.add(item(expression, direction, scope, selectList, context, position));
        }
        return orderBy;
    }

    private static QueryOrderBy item(Expression expression, SortDirection direction, Scope scope,
            SelectList selectList, TranslationContext context, SourcePosition position) {
        if (expression instanceof Column column) {
            boolean unqualified = column.getTable() == null || column.getTable().getName() == null;
            if (unqualified) {
                Optional<String> alias = selectList.aggregations().alias(Identifier.of(column.getColumnName(), position));
                if (alias.isPresent()) {
                    return new QueryOrderBy(alias.get(), Optional.empty(), direction);
                }
            }
            ResolvedColumn resolved = context.columns().resolve(column, scope, position);
            return new QueryOrderBy(resolved.column(), resolved.qualifier(scope), direction);
        }
        if (expression instanceof Function function && AggregateCall.isAggregate(function)) {
            AggregateCall call = AggregateCall.parse(function, scope, context.columns(), position);
            String alias = selectList.aggregations().aliasOf(call).orElseThrow(() -> UnsupportedSqlException.unsupported(
                    "ORDER BY an aggregate outside the select list", "ORDER BY " + Constructs.snippet(function)
                            + " needs the same aggregate in the select list: add it there with an alias", position));
            return new QueryOrderBy(alias, Optional.empty(), direction);
        }
        if (expression instanceof LongValue number) {
            return byPosition(new BigInteger(number.getStringValue()), direction, scope, selectList, position);
        }
        throw UnsupportedSqlException.unsupported(Constructs.describe(expression) + " in ORDER BY",
                Constructs.describe(expression) + " in ORDER BY is not supported: order by columns, aliases or "
                        + "select-list positions", position);
    }

    private static QueryOrderBy byPosition(BigInteger number, SortDirection direction, Scope scope,
            SelectList selectList, SourcePosition position) {
        List<SelectedItem> items = selectList.items();
        if (number.signum() <= 0 || number.compareTo(BigInteger.valueOf(items.size())) > 0) {
            throw UnsupportedSqlException.syntax("ORDER BY " + number,
                    "ORDER BY " + number + " is not a position in the select list of " + items.size() + " items",
                    position);
        }
        SelectedItem item = items.get(number.intValue() - 1);
        return switch (item.kind()) {
            case AGGREGATE -> new QueryOrderBy(item.name(), Optional.empty(), direction);
            case COLUMN -> new QueryOrderBy(item.name(),
                    item.table().filter(table -> !table.equals(scope.primary().apiName())), direction);
            case ALL_COLUMNS -> throw UnsupportedSqlException.unsupported("ORDER BY position of *",
                    "ORDER BY " + number + " points at " + (item.table().map(table -> table + ".").orElse("")) + "*: "
                            + "name the column", position);
        };
    }
}
