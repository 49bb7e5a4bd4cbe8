package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.query.ComparisonOperator;
import com.mkven.multidb.query.ExistsCount;
import com.mkven.multidb.query.FilterNode;
import com.mkven.multidb.query.QueryExistsFilter;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExistsExpression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code EXISTS (SELECT … FROM related [alias] WHERE …)} and {@code (SELECT COUNT(*) FROM related
 * WHERE …) >= n} to {@link QueryExistsFilter}. The correlation comes from the relation; a
 * correlation predicate written in the subquery ({@code i.orderId = o.id}) must be that relation's
 * key equality (checked, then dropped), and no other condition may refer to the outer query.
 */
final class ExistsTranslator {
    private final TranslationContext context;

    ExistsTranslator(TranslationContext context) {
        this.context = context;
    }

    FilterNode exists(ExistsExpression exists, Scope outer, SourcePosition fallback) {
        SourcePosition position = Positions.of(exists, fallback);
        if (!(exists.getRightExpression() instanceof ParenthesedSelect subquery)) {
            throw UnsupportedSqlException.unsupported("EXISTS " + Constructs.snippet(exists.getRightExpression()),
                    position);
        }
        PlainSelect select = subquery(subquery, position);
        if (select.getSelectItems().size() != 1 || !isIgnoredItem(select.getSelectItems().get(0))) {
            throw UnsupportedSqlException.unsupported("select list " + Constructs.snippet(
                    select.getSelectItems().stream().map(Object::toString).collect(Collectors.joining(", ")))
                    + " of an EXISTS subquery", "the select list of an EXISTS subquery is ignored: write SELECT 1 "
                    + "or SELECT *", Positions.of(select.getSelectItems().get(0), position));
        }
        Scope inner = scope(select, outer, position);
        return new QueryExistsFilter(Optional.empty(), inner.primary().apiName(),
                filters(select, inner, outer, position), Optional.empty());
    }

    /**
     * @param value the count compared with; in a statement being prepared a {@code ?} here leaves
     *         the count out of the template until its value is bound
     */
    FilterNode counted(ParenthesedSelect subquery, ComparisonOperator operator, Expression value, Scope outer,
            SourcePosition fallback) {
        SourcePosition position = Positions.of(subquery, fallback);
        PlainSelect select = subquery(subquery, position);
        if (select.getSelectItems().size() != 1 || !isCountAll(select.getSelectItems().get(0).getExpression())) {
            throw UnsupportedSqlException.unsupported("scalar subquery " + Constructs.snippet(subquery),
                    "a subquery in a comparison must be (SELECT COUNT(*) FROM related WHERE …)", position);
        }
        Scope inner = scope(select, outer, position);
        List<FilterNode> filters = filters(select, inner, outer, position);
        Object count = context.values().value(value, ParameterRole.EXISTS_COUNT, ParameterTarget.of(ColumnType.INT),
                position);
        return new QueryExistsFilter(Optional.empty(), inner.primary().apiName(), filters,
                count(count, position).map(number -> new ExistsCount(operator, number)));
    }

    private static Optional<BigDecimal> count(Object count, SourcePosition position) {
        if (count instanceof ParameterMarker) {
            return Optional.empty();
        }
        if (count instanceof BigDecimal number) {
            return Optional.of(number);
        }
        if (count instanceof Number number) {
            return Optional.of(new BigDecimal(number.toString()));
        }
        throw UnsupportedSqlException.unsupported("COUNT(*) compared with " + count,
                "COUNT(*) must be compared with a number", position);
    }

    private static PlainSelect subquery(ParenthesedSelect subquery, SourcePosition position) {
        if (subquery.getAlias() != null || subquery.getPivot() != null || subquery.getUnPivot() != null) {
            throw UnsupportedSqlException.unsupported("alias on a subquery", position);
        }
        Select select = subquery.getSelect();
        if (select.getWithItemsList() != null && !select.getWithItemsList().isEmpty()) {
            throw UnsupportedSqlException.unsupported("WITH (common table expression)", position);
        }
        if (select instanceof SetOperationList union) {
            throw UnsupportedSqlException.unsupported(union.getOperations().get(0).toString().trim(),
                    Positions.of(union.getOperations().get(0), position));
        }
        if (!(select instanceof PlainSelect plain)) {
            throw UnsupportedSqlException.unsupported("this form of subquery", position);
        }
        SourcePosition at = Positions.of(plain, position);
        SelectShape.check(plain, at);
        refuse(plain.getDistinct() != null, "DISTINCT", at);
        refuse(plain.getJoins() != null && !plain.getJoins().isEmpty(), "JOIN", at);
        refuse(plain.getGroupBy() != null, "GROUP BY", at);
        refuse(plain.getHaving() != null, "HAVING", at);
        refuse(plain.getOrderByElements() != null && !plain.getOrderByElements().isEmpty(), "ORDER BY", at);
        refuse(plain.getLimit() != null || plain.getOffset() != null || plain.getFetch() != null,
                "LIMIT, OFFSET or FETCH", at);
        if (plain.getFromItem() == null) {
            throw UnsupportedSqlException.unsupported("subquery without FROM", at);
        }
        return plain;
    }

    private static void refuse(boolean present, String clause, SourcePosition position) {
        if (present) {
            throw UnsupportedSqlException.unsupported(clause + " in a subquery", clause
                    + " is not supported in a subquery: EXISTS takes one related table and a WHERE", position);
        }
    }

    private Scope scope(PlainSelect select, Scope outer, SourcePosition position) {
        Scope inner = Scope.nested(outer);
        inner.add(context.tables().fromItem(select.getFromItem(), position));
        return inner;
    }

    private List<FilterNode> filters(PlainSelect select, Scope inner, Scope outer, SourcePosition position) {
        if (select.getWhere() == null) {
            return List.of();
        }
        ConditionTranslator conditions = new ConditionTranslator(context, new WhereOperands(inner, context.columns()));
        List<FilterNode> filters = new ArrayList<>();
        for (Expression conjunct : ConditionTranslator.conjuncts(select.getWhere())) {
            if (!isCorrelation(conjunct, inner, outer, position)) {
                filters.add(conditions.node(conjunct, position));
            }
        }
        return filters;
    }

    /**
     * Whether a top-level conjunct is the correlation {@code inner.fk = outer.pk}: then it must be the
     * relation's key equality, and is dropped since the relation implies it.
     */
    private boolean isCorrelation(Expression conjunct, Scope inner, Scope outer, SourcePosition position) {
        Expression condition = LiteralValues.unwrap(conjunct);
        if (!(condition instanceof EqualsTo equality)
                || !(LiteralValues.unwrap(equality.getLeftExpression()) instanceof Column left)
                || !(LiteralValues.unwrap(equality.getRightExpression()) instanceof Column right)) {
            return false;
        }
        ResolvedColumn a = context.columns().resolve(left, inner, position);
        ResolvedColumn b = context.columns().resolve(right, inner, position);
        boolean correlates = a.depth() == 0 && b.depth() == 1 || a.depth() == 1 && b.depth() == 0;
        if (!correlates) {
            return false;
        }
        Optional<RelationKey> key = RelationKey.of(context.index(), outer.tables(), inner.primary());
        if (key.isPresent() && !key.get().isEquality(a, b)) {
            throw UnsupportedSqlException.unsupported("correlation " + equality,
                    "the correlation " + equality + " does not match the relation that links " + inner.primary().apiName()
                            + " to the query: " + key.get().describe(), Positions.of(equality, position));
        }
        return true;
    }

    private static boolean isIgnoredItem(SelectItem<?> item) {
        Expression expression = item.getExpression();
        return expression instanceof AllColumns all && all.toString().equals("*") || expression instanceof LongValue
                || expression instanceof StringValue || expression instanceof Column;
    }

    private static boolean isCountAll(Expression expression) {
        if (!(expression instanceof Function function) || !AggregateCall.isAggregate(function)
                || !function.getName().equalsIgnoreCase("count") || function.isDistinct()
                || !FunctionCalls.isPlain(function) || function.getParameters() == null
                || function.getParameters().size() != 1) {
            return false;
        }
        return function.getParameters().get(0) instanceof AllColumns all && all.toString().equals("*");
    }
}
