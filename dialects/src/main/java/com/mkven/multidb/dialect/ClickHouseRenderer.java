package com.mkven.multidb.dialect;

import com.mkven.multidb.ir.ConditionOperator;
import com.mkven.multidb.ir.ConditionOperator.PatternKind;
import com.mkven.multidb.ir.SqlParts;
import com.mkven.multidb.ir.WhereArrayCondition;
import com.mkven.multidb.ir.WhereCountedSubquery;
import com.mkven.multidb.metadata.ColumnType;

import java.math.BigDecimal;
import java.util.List;

/**
 * ClickHouse: backticks, typed {@code {pN:Type}} placeholders (sql.md §5.7), lists expanded into {@code tuple(…)} and
 * {@code […]} with one typed placeholder per element, {@code ilike()}, literal {@code startsWith}/{@code endsWith},
 * array functions, {@code 1}/{@code 0} literals, HAVING on the backticked alias and semi-join counted subqueries.
 */
final class ClickHouseRenderer extends SqlRenderer {
    private static final DialectSyntax SYNTAX = new DialectSyntax(
            '`', "1", "0", "editDistance", DialectSyntax.NotBetween.NEGATED_BETWEEN, true, true);
    /** A Decimal128 holds 38 digits, a Decimal256 76; no ClickHouse decimal holds more. */
    private static final int DECIMAL128_DIGITS = 38;
    private static final int DECIMAL256_DIGITS = 76;

    ClickHouseRenderer(SqlParts parts, List<Object> params) {
        super(SYNTAX, parts, params);
    }

    @Override
    protected String placeholder(int number, ParamType type, Object value) {
        return "{p" + number + ":" + type(type, value) + "}";
    }

    @Override
    protected String membership(String operand, boolean negated, Object values, ColumnType type) {
        return expandedMembership(operand, negated, values, ParamType.of(type), "tuple");
    }

    /**
     * ClickHouse LIKE and ilike() escape with {@code \} by default. {@code startsWith}/{@code endsWith} are literal
     * prefix/suffix functions that can use the primary key, so they take the raw value, unescaped.
     */
    @Override
    protected String pattern(String column, ConditionOperator operator, String value) {
        PatternKind kind = operator.patternKind().orElseThrow();
        String not = operator.negated() ? "NOT " : "";
        if (!operator.caseInsensitive() && (kind == PatternKind.STARTS_WITH || kind == PatternKind.ENDS_WITH)) {
            String function = kind == PatternKind.STARTS_WITH ? "startsWith(" : "endsWith(";
            return not + function + column + ", " + bind(value, ParamType.STRING) + ")";
        }
        String pattern = bind(LikePatterns.pattern(kind, value), ParamType.STRING);
        if (operator.caseInsensitive()) {
            return not + "ilike(" + column + ", " + pattern + ")";
        }
        return column + " " + not + "LIKE " + pattern;
    }

    @Override
    protected String arrayCondition(WhereArrayCondition node) {
        String column = column(node.column());
        ParamType element = ParamType.of(node.elementType());
        return switch (node.operator()) {
            case CONTAINS -> "has(" + column + ", " + bind(param(node.paramIndex().orElseThrow()), element) + ")";
            case CONTAINS_ALL -> "hasAll(" + column + ", [" + bindEach(param(node.paramIndex().orElseThrow()), element) + "])";
            case CONTAINS_ANY -> "hasAny(" + column + ", [" + bindEach(param(node.paramIndex().orElseThrow()), element) + "])";
            case IS_EMPTY -> "empty(" + column + ")";
            case IS_NOT_EMPTY -> "notEmpty(" + column + ")";
        };
    }

    /**
     * Every operator as a semi-join, {@code =}/{@code !=} too: ClickHouse (26.7) miscounts a correlated
     * {@code (SELECT COUNT(*) …)} — NULL instead of 0 for a parent without children, and other wrong counts when the
     * correlation runs from a foreign key — while the grouped form is exact.
     */
    @Override
    protected String countedSubquery(WhereCountedSubquery node, long count) {
        return decorrelatedCount(node, count);
    }

    /**
     * sql.md §5.7 with decisions.md §15: a decimal keeps its own scale ({@code Decimal(38, S)}; plain {@code Decimal}
     * would be {@code Decimal(10, 0)} and cut the fraction), a timestamp keeps microseconds in UTC. A NULL value needs
     * the {@code Nullable} form of its type.
     */
    private static String type(ParamType type, Object value) {
        String name = switch (type) {
            case STRING -> "String";
            case INT -> "Int32";
            case DECIMAL -> decimal((BigDecimal) value);
            case BOOLEAN -> "Bool";
            case UUID -> "UUID";
            case DATE -> "Date";
            case TIMESTAMP -> "DateTime64(6, 'UTC')";
            case ROW_COUNT -> "UInt64";
            case EDIT_DISTANCE -> "UInt32";
        };
        return value == null ? "Nullable(" + name + ")" : name;
    }

    /** {@code Decimal(38, S)}; a value with more than 38 digits (integer part plus scale) needs the 76-digit type. */
    private static String decimal(BigDecimal value) {
        if (value == null) {
            return "Decimal(" + DECIMAL128_DIGITS + ", 0)";
        }
        int scale = value.scale();
        int digits = Math.max(value.precision(), scale);
        if (digits > DECIMAL256_DIGITS) {
            throw new IllegalArgumentException("ClickHouse decimals hold at most " + DECIMAL256_DIGITS
                    + " digits, not the " + digits + " of " + value.toPlainString());
        }
        return "Decimal(" + (digits > DECIMAL128_DIGITS ? DECIMAL256_DIGITS : DECIMAL128_DIGITS) + ", " + scale + ")";
    }
}
