package com.mkven.multidb.jdbc.sql;

import net.sf.jsqlparser.expression.BooleanValue;
import net.sf.jsqlparser.expression.DateTimeLiteralExpression;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

/**
 * Literals and {@code ?} markers to the JSON-shaped values of a query definition: strings, integers
 * ({@code Integer}, {@code Long} or {@code BigInteger}, the narrowest that holds them, as JSON
 * gives them), decimals as exact {@code BigDecimal}, booleans, and {@code DATE '…'} /
 * {@code TIMESTAMP '…'} as ISO-8601 strings. Anything computed is refused.
 */
final class LiteralValues {
    private final ParameterBinding parameters;

    LiteralValues(ParameterBinding parameters) {
        this.parameters = parameters;
    }

    /** Whether the expression is a literal or a marker (NULL is not a value: it only goes with IS NULL). */
    static boolean isValue(Expression expression) {
        Expression value = unwrap(expression);
        return value instanceof JdbcParameter || value instanceof StringValue || value instanceof LongValue
                || value instanceof DoubleValue || value instanceof BooleanValue
                || value instanceof SignedExpression signed && isNumber(signed.getExpression())
                || value instanceof DateTimeLiteralExpression literal && isDateTimeLiteral(literal);
    }

    /** The value of a literal or the marker's binding; NULL is refused. */
    Object value(Expression expression, ParameterRole role, ParameterTarget target, SourcePosition fallback) {
        Expression value = unwrap(expression);
        if (value instanceof NullValue) {
            throw nullIsNoValue(Positions.of(value, fallback));
        }
        return valueOrNull(value, role, target, fallback);
    }

    /** An element of an IN list or ARRAY: NULL is kept, for validation to report as a NULL element. */
    Object element(Expression expression, ParameterRole role, ParameterTarget target, SourcePosition fallback) {
        return valueOrNull(unwrap(expression), role, target, fallback);
    }

    private Object valueOrNull(Expression value, ParameterRole role, ParameterTarget target, SourcePosition fallback) {
        SourcePosition position = Positions.of(value, fallback);
        if (value instanceof NullValue) {
            return null;
        }
        if (value instanceof JdbcParameter marker) {
            return parameters.value(slot(marker, role, target, position));
        }
        if (value instanceof StringValue string) {
            return string(string, position);
        }
        if (value instanceof LongValue || value instanceof DoubleValue) {
            return number(value, false);
        }
        if (value instanceof SignedExpression signed && isNumber(signed.getExpression()) && signed.getSign() != '~') {
            return number(signed.getExpression(), signed.getSign() == '-');
        }
        if (value instanceof BooleanValue bool) {
            return bool.getValue();
        }
        if (value instanceof DateTimeLiteralExpression literal && isDateTimeLiteral(literal)) {
            return isoDateTime(new StringValue(literal.getValue()).getValue().replace("''", "'"));
        }
        throw UnsupportedSqlException.unsupported(Constructs.describe(value),
                Constructs.describe(value) + " is not supported as a value: use a literal or a ? marker", position);
    }

    static UnsupportedSqlException nullIsNoValue(SourcePosition position) {
        return UnsupportedSqlException.unsupported("comparison with NULL",
                "NULL is not a value to compare with: test it with IS NULL or IS NOT NULL", position);
    }

    private static ParameterSlot slot(JdbcParameter marker, ParameterRole role, ParameterTarget target,
            SourcePosition position) {
        if (marker.isUseFixedIndex() || !"?".equals(marker.getParameterCharacter()) || marker.getIndex() == null) {
            throw UnsupportedSqlException.unsupported("numbered parameter " + marker,
                    "numbered parameter " + marker + " is not supported: use plain ? markers", position);
        }
        return new ParameterSlot(marker.getIndex(), position, role, target.type(), target.table(), target.column());
    }

    private static String string(StringValue string, SourcePosition position) {
        String prefix = string.getPrefix();
        if (prefix != null && !prefix.equalsIgnoreCase("N")) {
            throw UnsupportedSqlException.unsupported(prefix.toUpperCase(Locale.ROOT) + "'…' string literal", position);
        }
        String quote = string.getQuoteStr();
        if (quote != null && !quote.equals("'")) {
            // dollar quoting does not double quotes, so $$it''s$$ must not be read as it's
            throw UnsupportedSqlException.unsupported(quote + "…" + quote + " string literal", position);
        }
        return string.getValue().replace("''", "'");
    }

    private static Object number(Expression literal, boolean negative) {
        if (literal instanceof LongValue integer) {
            BigInteger value = new BigInteger(integer.getStringValue());
            return narrow(negative ? value.negate() : value);
        }
        BigDecimal value = new BigDecimal(literal.toString());
        return negative ? value.negate() : value;
    }

    private static Object narrow(BigInteger value) {
        if (value.bitLength() < Integer.SIZE) {
            return value.intValue();
        }
        if (value.bitLength() < Long.SIZE) {
            return value.longValue();
        }
        return value;
    }

    private static boolean isNumber(Expression expression) {
        return expression instanceof LongValue || expression instanceof DoubleValue;
    }

    /** SQL writes a space between date and time where ISO-8601 (and validation) wants a T. */
    private static String isoDateTime(String text) {
        return text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + "T" + text.substring(11) : text;
    }

    /** {@code DATE '2024-01-01'} and {@code TIMESTAMP '…'}. */
    private static boolean isDateTimeLiteral(DateTimeLiteralExpression literal) {
        return literal.getType() == DateTimeLiteralExpression.DateTime.DATE
                || literal.getType() == DateTimeLiteralExpression.DateTime.TIMESTAMP;
    }

    /** {@code (x)} is {@code x}; a list of several is left for the caller to refuse. */
    static Expression unwrap(Expression expression) {
        Expression current = expression;
        while (current instanceof ParenthesedExpressionList<?> list && list.size() == 1) {
            current = list.get(0);
        }
        return current;
    }
}
