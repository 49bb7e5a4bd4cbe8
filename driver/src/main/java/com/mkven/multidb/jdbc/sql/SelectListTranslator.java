package com.mkven.multidb.jdbc.sql;

import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.SelectItem;

import java.util.List;
import java.util.Optional;

/**
 * The select list: {@code *}, {@code t.*}, columns of FROM and JOIN tables, and aggregates. Plain
 * columns keep their API names (a query definition has no column aliases); expressions and other
 * functions are refused.
 */
final class SelectListTranslator {
    private SelectListTranslator() {}

    static SelectList translate(List<SelectItem<?>> items, Scope scope, TranslationContext context,
            SourcePosition fallback) {
        SelectList list = new SelectList();
        for (SelectItem<?> item : items) {
            SourcePosition position = Positions.of(item, fallback);
            Expression expression = item.getExpression();
            if (expression instanceof AllTableColumns tableColumns) {
                refuseAlias(item.getAlias(), expression, position);
                list.selectAllOf(tableOf(tableColumns, scope, position));
            } else if (expression instanceof AllColumns all) {
                refuseAlias(item.getAlias(), expression, position);
                everything(all, items.size(), position);
                list.selectEverything();
            } else if (expression instanceof Column column) {
                refuseAlias(item.getAlias(), expression, position);
                ResolvedColumn resolved = context.columns().resolve(column, scope, position);
                if (!resolved.inScope()) {
                    throw notInFrom(resolved.table().apiName(), column, position);
                }
                if (list.selectsAllOf(resolved.table())) {
                    throw UnsupportedSqlException.unsupported(column + " next to " + resolved.table().exposedName() + ".*",
                            position);
                }
                list.select(resolved.table(), resolved.column());
            } else if (expression instanceof Function function && AggregateCall.isAggregate(function)) {
                AggregateCall call = AggregateCall.parse(function, scope, context.columns(), position);
                list.aggregate(alias(item.getAlias(), position).orElseGet(call::generatedAlias), call);
            } else {
                throw UnsupportedSqlException.unsupported(Constructs.describe(expression) + " in the select list",
                        Constructs.describe(expression) + " in the select list is not supported: select columns, "
                                + "*, or COUNT/SUM/AVG/MIN/MAX of a column", position);
            }
        }
        return list;
    }

    private static void everything(AllColumns all, int itemCount, SourcePosition position) {
        boolean modified = all.getExceptColumns() != null && !all.getExceptColumns().isEmpty()
                || all.getReplaceExpressions() != null && !all.getReplaceExpressions().isEmpty();
        if (modified) {
            throw UnsupportedSqlException.unsupported(Constructs.snippet(all), position);
        }
        if (itemCount > 1) {
            throw UnsupportedSqlException.unsupported("* next to other select items",
                    "* must be the only select item; use t.* to select all columns of one table", position);
        }
    }

    private static ScopeTable tableOf(AllTableColumns tableColumns, Scope scope, SourcePosition position) {
        Identifier qualifier = Identifier.of(tableColumns.getTable().getName(), position);
        if (tableColumns.getTable().getNameParts().size() > 1) {
            throw UnsupportedSqlException.unsupported("schema-qualified " + tableColumns, position);
        }
        return scope.byQualifier(qualifier).orElseThrow(() -> notInFrom(qualifier.name(), tableColumns, position));
    }

    private static Optional<String> alias(Alias alias, SourcePosition position) {
        if (alias == null) {
            return Optional.empty();
        }
        if (alias.getAliasColumns() != null && !alias.getAliasColumns().isEmpty()) {
            throw UnsupportedSqlException.unsupported("column list in an alias", position);
        }
        return Optional.of(Identifier.of(alias.getName(), position).name());
    }

    private static void refuseAlias(Alias alias, Expression expression, SourcePosition position) {
        if (alias != null) {
            throw UnsupportedSqlException.unsupported("alias on " + expression,
                    "an alias on " + expression + " is not supported: columns keep their API names as result keys "
                            + "(aliases name aggregates only)", position);
        }
    }

    private static UnsupportedSqlException notInFrom(String table, Object item, SourcePosition position) {
        return UnsupportedSqlException.syntax(String.valueOf(item),
                item + " refers to " + table + ", which is not in FROM or JOIN", position);
    }
}
