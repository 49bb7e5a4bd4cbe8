package com.mkven.multidb.jdbc.sql;

import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.ArrayConstructor;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.BooleanValue;
import net.sf.jsqlparser.expression.CaseExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.DateTimeLiteralExpression;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.HexValue;
import net.sf.jsqlparser.expression.IntervalExpression;
import net.sf.jsqlparser.expression.JdbcNamedParameter;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.TimeKeyExpression;
import net.sf.jsqlparser.expression.operators.arithmetic.Concat;
import net.sf.jsqlparser.expression.operators.conditional.XorExpression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.Select;

import java.util.Locale;

/** Names an expression the way an error message should, e.g. {@code CASE}, {@code function upper()}. */
final class Constructs {
    private static final int SNIPPET_CHARS = 60;

    private Constructs() {}

    static String describe(Expression expression) {
        if (expression instanceof AnalyticExpression analytic) {
            return "window function " + analytic.getName() + "() OVER";
        }
        if (expression instanceof Function function) {
            String name = function.getName();
            return (AggregateCall.isAggregate(function) ? "aggregate " : "function ")
                    + (name == null ? "" : name.toLowerCase(Locale.ROOT)) + "()";
        }
        if (expression instanceof CaseExpression) {
            return "CASE";
        }
        if (expression instanceof CastExpression cast) {
            // a typed literal such as INTEGER '1' is an implicit cast: named as the literal it is written as
            return cast.isImplicitCast() ? cast.getColDataType() + " literal" : "type cast " + snippet(expression);
        }
        if (expression instanceof DateTimeLiteralExpression literal) {
            return literal.getType() + " literal";
        }
        if (expression instanceof Concat) {
            return "string concatenation ||";
        }
        if (expression instanceof Select) {
            return "subquery";
        }
        if (expression instanceof IntervalExpression) {
            return "INTERVAL";
        }
        if (expression instanceof HexValue) {
            return "hex literal " + snippet(expression);
        }
        if (expression instanceof TimeKeyExpression timeKey) {
            return timeKey.getStringValue().toUpperCase(Locale.ROOT);
        }
        if (expression instanceof JdbcNamedParameter named) {
            return "named parameter :" + named.getName();
        }
        if (expression instanceof JdbcParameter) {
            return "numbered parameter " + snippet(expression);
        }
        if (expression instanceof ArrayConstructor) {
            return "ARRAY constructor";
        }
        if (expression instanceof ParenthesedExpressionList<?>) {
            return "row value " + snippet(expression);
        }
        if (expression instanceof NullValue) {
            return "NULL";
        }
        if (expression instanceof StringValue || expression instanceof LongValue || expression instanceof DoubleValue
                || expression instanceof BooleanValue) {
            return "literal " + snippet(expression);
        }
        if (expression instanceof XorExpression) {
            return "XOR";
        }
        if (expression instanceof Column) {
            return "column " + snippet(expression);
        }
        if (expression instanceof BinaryExpression binary) {
            return "operator " + binary.getStringExpression().trim() + " (" + snippet(expression) + ")";
        }
        return "expression " + snippet(expression);
    }

    /** The node's SQL text, shortened for a message. */
    static String snippet(Object node) {
        String text = String.valueOf(node).trim();
        return text.length() <= SNIPPET_CHARS ? text : text.substring(0, SNIPPET_CHARS - 3) + "...";
    }
}
