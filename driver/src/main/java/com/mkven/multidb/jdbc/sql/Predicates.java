package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.query.ComparisonOperator;
import com.mkven.multidb.query.FilterNode;
import com.mkven.multidb.query.FilterOperator;
import com.mkven.multidb.query.QueryColumnFilter;
import com.mkven.multidb.query.QueryFilter;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ExistsExpression;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.expression.operators.relational.SupportsOldOracleJoinSyntax;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.Select;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One predicate to a filter node: comparisons (column vs value, column vs column, counted EXISTS,
 * levenshtein and cardinality), IN, LIKE/ILIKE, BETWEEN, IS NULL, EXISTS and the filter functions.
 */
final class Predicates {
    private final TranslationContext context;
    private final ConditionOperands operands;
    private final FunctionConditions functions;
    private final ExistsTranslator exists;

    Predicates(TranslationContext context, ConditionOperands operands) {
        this.context = context;
        this.operands = operands;
        this.functions = new FunctionConditions(context, operands);
        this.exists = new ExistsTranslator(context);
    }

    FilterNode translate(Expression predicate, SourcePosition position) {
        if (predicate instanceof SupportsOldOracleJoinSyntax oracle) {
            refuseOracleSyntax(oracle, position);
        }
        if (predicate instanceof ExistsExpression existsExpression) {
            FilterNode node = exists.exists(existsExpression, operands.scope(), position);
            return existsExpression.isNot() ? ConditionTranslator.negate(node) : node;
        }
        Optional<ComparisonOperator> comparison = Comparisons.operator(predicate);
        if (comparison.isPresent()) {
            return comparison((BinaryExpression) predicate, comparison.get(), position);
        }
        if (predicate instanceof InExpression in) {
            return in(in, position);
        }
        if (predicate instanceof LikeExpression like) {
            return like(like, position);
        }
        if (predicate instanceof Between between) {
            return between(between, position);
        }
        if (predicate instanceof IsNullExpression isNull) {
            FilterColumn column = column(isNull.getLeftExpression(), "IS NULL", position);
            FilterOperator operator = isNull.isNot() || isNull.isUseNotNull() ? FilterOperator.IS_NOT_NULL
                    : FilterOperator.IS_NULL;
            return new QueryFilter(column.column(), column.qualifier(), operator, Optional.empty());
        }
        if (predicate instanceof Function function) {
            return functions.condition(function, position);
        }
        if (predicate instanceof Column column) {
            throw UnsupportedSqlException.unsupported("column " + column + " as a condition",
                    "column " + column + " alone is not a condition: compare it, e.g. " + column + " = TRUE", position);
        }
        throw UnsupportedSqlException.unsupported(Constructs.describe(predicate),
                Constructs.describe(predicate) + " is not supported as a condition", position);
    }

    /** Comparisons, IN, LIKE, BETWEEN and IS NULL all carry Oracle's (+) and CONNECT BY's PRIOR. */
    private static void refuseOracleSyntax(SupportsOldOracleJoinSyntax predicate, SourcePosition position) {
        if (predicate.getOldOracleJoinSyntax() != SupportsOldOracleJoinSyntax.NO_ORACLE_JOIN) {
            throw UnsupportedSqlException.unsupported("(+) outer join", position);
        }
        if (predicate.getOraclePriorPosition() != SupportsOldOracleJoinSyntax.NO_ORACLE_PRIOR) {
            throw UnsupportedSqlException.unsupported("PRIOR", position);
        }
    }

    private FilterNode comparison(BinaryExpression comparison, ComparisonOperator operator, SourcePosition position) {
        Expression left = LiteralValues.unwrap(comparison.getLeftExpression());
        Expression right = LiteralValues.unwrap(comparison.getRightExpression());
        if (left instanceof ParenthesedSelect subquery && !(right instanceof Select)) {
            return exists.counted(subquery, operator, right, operands.scope(), position);
        }
        if (right instanceof ParenthesedSelect subquery && !(left instanceof Select)) {
            return exists.counted(subquery, Comparisons.flip(operator), left, operands.scope(), position);
        }
        Optional<FilterColumn> leftColumn = operands.column(left, position);
        Optional<FilterColumn> rightColumn = operands.column(right, position);
        if (leftColumn.isPresent() && rightColumn.isPresent()) {
            FilterColumn ref = rightColumn.get();
            return new QueryColumnFilter(leftColumn.get().column(), leftColumn.get().qualifier(), operator, ref.column(),
                    ref.qualifier());
        }
        if (leftColumn.isPresent() && LiteralValues.isValue(right)) {
            return compare(leftColumn.get(), operator.asFilterOperator(), right, position);
        }
        if (rightColumn.isPresent() && LiteralValues.isValue(left)) {
            return compare(rightColumn.get(), Comparisons.flip(operator).asFilterOperator(), left, position);
        }
        if (left instanceof Function function && LiteralValues.isValue(right)) {
            return functions.compared(function, operator, right, position);
        }
        if (right instanceof Function function && LiteralValues.isValue(left)) {
            return functions.compared(function, Comparisons.flip(operator), left, position);
        }
        if (LiteralValues.isValue(left) && LiteralValues.isValue(right)) {
            throw UnsupportedSqlException.unsupported("comparison of two values " + Constructs.snippet(comparison),
                    Constructs.snippet(comparison) + " compares two values: one side must be a column", position);
        }
        if (left instanceof NullValue || right instanceof NullValue) {
            throw LiteralValues.nullIsNoValue(Positions.of(left instanceof NullValue ? left : right, position));
        }
        Expression unsupported = leftColumn.isEmpty() && !LiteralValues.isValue(left) ? left : right;
        throw UnsupportedSqlException.unsupported(Constructs.describe(unsupported) + " in a comparison",
                Constructs.describe(unsupported) + " is not supported in a comparison: compare a column with a "
                        + "literal, a ? marker or another column", Positions.of(unsupported, position));
    }

    private QueryFilter in(InExpression in, SourcePosition position) {
        if (in.isGlobal()) {
            throw UnsupportedSqlException.unsupported("GLOBAL IN", position);
        }
        FilterColumn column = column(in.getLeftExpression(), "IN", position);
        Expression right = in.getRightExpression();
        if (right instanceof Select) {
            throw UnsupportedSqlException.unsupported("IN (subquery)",
                    "IN (SELECT …) is not supported: use EXISTS on a related table", Positions.of(right, position));
        }
        if (!(right instanceof ParenthesedExpressionList<?> list)) {
            throw UnsupportedSqlException.unsupported("IN " + Constructs.snippet(right),
                    "IN needs a parenthesized list of values, e.g. IN (1, 2) or IN (?, ?)", Positions.of(right, position));
        }
        List<Object> values = new ArrayList<>(list.size());
        for (Expression element : list) {
            values.add(context.values().element(element, ParameterRole.LIST_ELEMENT, column.target(), position));
        }
        return new QueryFilter(column.column(), column.qualifier(), in.isNot() ? FilterOperator.NOT_IN
                : FilterOperator.IN, Optional.of(values));
    }

    private QueryFilter like(LikeExpression like, SourcePosition position) {
        boolean caseInsensitive = switch (like.getLikeKeyWord()) {
            case LIKE -> false;
            case ILIKE -> true;
            case RLIKE, REGEXP_LIKE, REGEXP, SIMILAR_TO, MATCH_ANY, MATCH_ALL, MATCH_PHRASE, MATCH_PHRASE_PREFIX,
                    MATCH_REGEXP -> throw UnsupportedSqlException.unsupported(
                            like.getLikeKeyWord().name().replace('_', ' '), position);
        };
        if (like.getEscape() != null) {
            throw UnsupportedSqlException.unsupported("LIKE … ESCAPE",
                    "LIKE … ESCAPE is not supported: the engine escapes with a backslash", position);
        }
        if (like.isUseBinary()) {
            throw UnsupportedSqlException.unsupported("LIKE BINARY", position);
        }
        FilterColumn column = column(like.getLeftExpression(), like.getLikeKeyWord().name(), position);
        FilterOperator operator = caseInsensitive
                ? (like.isNot() ? FilterOperator.NOT_ILIKE : FilterOperator.ILIKE)
                : (like.isNot() ? FilterOperator.NOT_LIKE : FilterOperator.LIKE);
        return compare(column, operator, like.getRightExpression(), position);
    }

    private QueryFilter compare(FilterColumn column, FilterOperator operator, Expression value, SourcePosition position) {
        Object operand = context.values().value(value, ParameterRole.VALUE, column.target(), position);
        return new QueryFilter(column.column(), column.qualifier(), operator, Optional.ofNullable(operand));
    }

    private QueryFilter between(Between between, SourcePosition position) {
        if (between.isUsingSymmetric() || between.isUsingAsymmetric()) {
            throw UnsupportedSqlException.unsupported(between.isUsingSymmetric() ? "BETWEEN SYMMETRIC"
                    : "BETWEEN ASYMMETRIC", position);
        }
        FilterColumn column = column(between.getLeftExpression(), "BETWEEN", position);
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("from", context.values().value(between.getBetweenExpressionStart(), ParameterRole.RANGE_FROM,
                column.target(), position));
        range.put("to", context.values().value(between.getBetweenExpressionEnd(), ParameterRole.RANGE_TO,
                column.target(), position));
        return new QueryFilter(column.column(), column.qualifier(), between.isNot() ? FilterOperator.NOT_BETWEEN
                : FilterOperator.BETWEEN, Optional.of(range));
    }

    private FilterColumn column(Expression expression, String predicate, SourcePosition position) {
        return operands.column(expression, position).orElseThrow(() -> UnsupportedSqlException.unsupported(
                Constructs.describe(expression) + " before " + predicate,
                "the left side of " + predicate + " must be a column, not " + Constructs.describe(expression),
                Positions.of(expression, position)));
    }
}
