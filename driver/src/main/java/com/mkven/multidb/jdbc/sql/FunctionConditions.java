package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.query.ComparisonOperator;
import com.mkven.multidb.query.FilterNode;
import com.mkven.multidb.query.FilterOperator;
import com.mkven.multidb.query.QueryFilter;
import net.sf.jsqlparser.expression.ArrayConstructor;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.LongValue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The filter functions (jdbc.md): {@code contains(col, 'x')} and its {@code icontains},
 * {@code starts_with}, {@code ends_with} family, {@code array_contains(col, v)},
 * {@code array_contains_all/any(col, ARRAY[…])}, and the two that are compared:
 * {@code levenshtein(col, 'x') <= n} and {@code cardinality(col) = 0 / > 0}.
 */
final class FunctionConditions {
    private static final Map<String, FilterOperator> TEXT_FUNCTIONS = Map.of(
            "contains", FilterOperator.CONTAINS,
            "icontains", FilterOperator.ICONTAINS,
            "starts_with", FilterOperator.STARTS_WITH,
            "istarts_with", FilterOperator.ISTARTS_WITH,
            "ends_with", FilterOperator.ENDS_WITH,
            "iends_with", FilterOperator.IENDS_WITH);
    private static final Map<String, FilterOperator> ARRAY_LIST_FUNCTIONS = Map.of(
            "array_contains_all", FilterOperator.ARRAY_CONTAINS_ALL,
            "array_contains_any", FilterOperator.ARRAY_CONTAINS_ANY);

    private final TranslationContext context;
    private final ConditionOperands operands;

    FunctionConditions(TranslationContext context, ConditionOperands operands) {
        this.context = context;
        this.operands = operands;
    }

    /** A function used as a condition on its own. */
    FilterNode condition(Function function, SourcePosition fallback) {
        SourcePosition position = Positions.of(function, fallback);
        String name = FunctionCalls.name(function, position);
        FilterOperator text = TEXT_FUNCTIONS.get(name);
        if (text != null) {
            List<Expression> arguments = FunctionCalls.arguments(function, 2, "a column and a text", position);
            FilterColumn column = column(arguments.get(0), name, position);
            Object value = context.values().value(arguments.get(1), ParameterRole.VALUE, column.target(), position);
            return filter(column, text, Optional.ofNullable(value));
        }
        if (name.equals("array_contains")) {
            List<Expression> arguments = FunctionCalls.arguments(function, 2, "an array column and a value", position);
            FilterColumn column = column(arguments.get(0), name, position);
            Object value = context.values().value(arguments.get(1), ParameterRole.ARRAY_ELEMENT, elementTarget(column),
                    position);
            return filter(column, FilterOperator.ARRAY_CONTAINS, Optional.ofNullable(value));
        }
        FilterOperator arrayList = ARRAY_LIST_FUNCTIONS.get(name);
        if (arrayList != null) {
            List<Expression> arguments = FunctionCalls.arguments(function, 2,
                    "an array column and ARRAY[…] or a ? marker", position);
            FilterColumn column = column(arguments.get(0), name, position);
            return filter(column, arrayList, Optional.ofNullable(arrayValues(arguments.get(1), column, name, position)));
        }
        if (name.equals("levenshtein") || name.equals("cardinality")) {
            throw UnsupportedSqlException.syntax(name + "()", name + "() is a number, not a condition: compare it, e.g. "
                    + (name.equals("levenshtein") ? "levenshtein(name, 'x') <= 2" : "cardinality(tags) = 0"), position);
        }
        throw UnsupportedSqlException.unsupported(Constructs.describe(function),
                Constructs.describe(function) + " is not supported; the filter functions are contains, icontains, "
                        + "starts_with, istarts_with, ends_with, iends_with, array_contains, array_contains_all, "
                        + "array_contains_any, levenshtein and cardinality", position);
    }

    /** A function compared with a value: {@code levenshtein(col, 'x') <= 2}, {@code cardinality(col) = 0}. */
    FilterNode compared(Function function, ComparisonOperator operator, Expression value, SourcePosition fallback) {
        SourcePosition position = Positions.of(function, fallback);
        String name = FunctionCalls.name(function, position);
        if (name.equals("levenshtein")) {
            return levenshtein(function, operator, value, position);
        }
        if (name.equals("cardinality")) {
            return cardinality(function, operator, value, position);
        }
        if (AggregateCall.isAggregate(function)) {
            throw UnsupportedSqlException.unsupported(Constructs.describe(function) + " in WHERE",
                    Constructs.describe(function) + " cannot filter rows: compare aggregates in HAVING", position);
        }
        throw UnsupportedSqlException.unsupported(Constructs.describe(function) + " in a comparison",
                Constructs.describe(function) + " is not supported in a comparison; only levenshtein() and "
                        + "cardinality() are compared with a value", position);
    }

    private FilterNode levenshtein(Function function, ComparisonOperator operator, Expression value,
            SourcePosition position) {
        List<Expression> arguments = FunctionCalls.arguments(function, 2, "a column and a text", position);
        if (operator != ComparisonOperator.LE) {
            throw UnsupportedSqlException.unsupported("levenshtein() " + operator,
                    "levenshtein() can only be compared with <= (at most that many edits), e.g. "
                            + "levenshtein(name, 'x') <= 2", position);
        }
        FilterColumn column = column(arguments.get(0), "levenshtein", position);
        Map<String, Object> operand = new LinkedHashMap<>();
        operand.put("text", context.values().value(arguments.get(1), ParameterRole.LEVENSHTEIN_TEXT,
                column.target().withType(Optional.of(ColumnType.STRING)), position));
        operand.put("maxDistance", context.values().value(value, ParameterRole.LEVENSHTEIN_DISTANCE,
                column.target().withType(Optional.of(ColumnType.INT)), position));
        return filter(column, FilterOperator.LEVENSHTEIN_LTE, Optional.of(operand));
    }

    /** Only comparisons with a literal 0 say "empty" or "not empty", which is all the operators can express. */
    private FilterNode cardinality(Function function, ComparisonOperator operator, Expression value,
            SourcePosition position) {
        List<Expression> arguments = FunctionCalls.arguments(function, 1, "an array column", position);
        FilterColumn column = column(arguments.get(0), "cardinality", position);
        Expression number = LiteralValues.unwrap(value);
        boolean zero = number instanceof LongValue literal && new BigInteger(literal.getStringValue()).signum() == 0;
        Optional<FilterOperator> test = !zero ? Optional.empty() : switch (operator) {
            case EQ -> Optional.of(FilterOperator.ARRAY_IS_EMPTY);
            case GT, NE -> Optional.of(FilterOperator.ARRAY_IS_NOT_EMPTY);
            case LT, LE, GE -> Optional.empty();
        };
        if (test.isEmpty()) {
            throw UnsupportedSqlException.unsupported("cardinality() " + operator + " " + Constructs.snippet(value),
                    "cardinality() can only be compared with the literal 0: cardinality(col) = 0 (empty) or "
                            + "cardinality(col) > 0 (not empty)", position);
        }
        return filter(column, test.get(), Optional.empty());
    }

    private Object arrayValues(Expression argument, FilterColumn column, String name, SourcePosition position) {
        Expression values = LiteralValues.unwrap(argument);
        if (values instanceof JdbcParameter) {
            return context.values().value(values, ParameterRole.ARRAY_VALUES, column.target(), position);
        }
        if (!(values instanceof ArrayConstructor array)) {
            throw UnsupportedSqlException.unsupported(name + "() with " + Constructs.describe(values),
                    name + "() takes its values as ARRAY[…] or a ? marker bound to a collection", position);
        }
        List<Object> elements = new ArrayList<>(array.getExpressions().size());
        for (Expression element : array.getExpressions()) {
            elements.add(context.values().element(element, ParameterRole.ARRAY_ELEMENT, elementTarget(column), position));
        }
        return elements;
    }

    private static ParameterTarget elementTarget(FilterColumn column) {
        return column.target().withType(column.type().flatMap(ColumnType::elementType));
    }

    private FilterColumn column(Expression argument, String name, SourcePosition position) {
        return operands.column(argument, position).orElseThrow(() -> UnsupportedSqlException.unsupported(
                name + "() of " + Constructs.describe(argument),
                "the first argument of " + name + "() must be a column, not " + Constructs.describe(argument),
                Positions.of(argument, position)));
    }

    private static QueryFilter filter(FilterColumn column, FilterOperator operator, Optional<Object> value) {
        return new QueryFilter(column.column(), column.qualifier(), operator, value);
    }
}
