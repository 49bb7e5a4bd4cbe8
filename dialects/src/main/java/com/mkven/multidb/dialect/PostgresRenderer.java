package com.mkven.multidb.dialect;

import com.mkven.multidb.ir.ConditionOperator;
import com.mkven.multidb.ir.SqlParts;
import com.mkven.multidb.ir.WhereArrayCondition;
import com.mkven.multidb.ir.WhereCountedSubquery;
import com.mkven.multidb.metadata.ColumnType;

import java.util.List;

/** PostgreSQL: {@code $n} placeholders, lists bound as one typed array, {@code ILIKE}, array operators and casts. */
final class PostgresRenderer extends SqlRenderer {
    private static final DialectSyntax SYNTAX = new DialectSyntax(
            '"', "true", "false", "levenshtein", DialectSyntax.NotBetween.NOT_BETWEEN, false, false);

    PostgresRenderer(SqlParts parts, List<Object> params) {
        super(SYNTAX, parts, params);
    }

    @Override
    protected String placeholder(int number, ParamType type, Object value) {
        return "$" + number;
    }

    /** One array parameter whatever the list length, so the statement text does not vary with it. */
    @Override
    protected String membership(String operand, boolean negated, Object values, ColumnType type) {
        return operand + (negated ? " <> ALL(" : " = ANY(") + bind(values, ParamType.of(type)) + "::" + sqlType(type) + "[])";
    }

    /** Postgres escapes LIKE patterns with {@code \} by default, so no ESCAPE clause is needed. */
    @Override
    protected String pattern(String column, ConditionOperator operator, String value) {
        String match = (operator.negated() ? " NOT" : "") + (operator.caseInsensitive() ? " ILIKE " : " LIKE ");
        return column + match + bind(LikePatterns.pattern(operator.patternKind().orElseThrow(), value), ParamType.STRING);
    }

    @Override
    protected String arrayCondition(WhereArrayCondition node) {
        String column = column(node.column());
        ColumnType element = node.elementType();
        return switch (node.operator()) {
            case CONTAINS -> bind(param(node.paramIndex().orElseThrow()), ParamType.of(element)) + "::" + sqlType(element)
                    + " = ANY(" + column + ")";
            case CONTAINS_ALL -> column + " @> " + arrayParam(node);
            case CONTAINS_ANY -> column + " && " + arrayParam(node);
            case IS_EMPTY -> "cardinality(" + column + ") = 0";
            case IS_NOT_EMPTY -> "cardinality(" + column + ") > 0";
        };
    }

    /**
     * {@code >=}/{@code >} only need to know whether N (N+1) related rows exist: the inner LIMIT stops the scan there.
     * The derived table needs an alias before Postgres 16.
     */
    @Override
    protected String countedSubquery(WhereCountedSubquery node, long count) {
        return switch (node.operator()) {
            case GE -> boundedCount(node, count, count);
            case GT -> boundedCount(node, count, Math.addExact(count, 1));
            case EQ, NE, LT, LE -> correlatedCount(node, count);
        };
    }

    private String boundedCount(WhereCountedSubquery node, long count, long limit) {
        String bounded = "(SELECT COUNT(*) FROM (SELECT 1 " + subqueryBody(node.subquery()) + " LIMIT " + limit + ") AS c)";
        return bounded + " " + comparison(node.operator()) + " " + bind(count, ParamType.ROW_COUNT);
    }

    private String arrayParam(WhereArrayCondition node) {
        ColumnType element = node.elementType();
        return bind(param(node.paramIndex().orElseThrow()), ParamType.of(element)) + "::" + sqlType(element) + "[]";
    }

    /** sql.md §5.6; boolean, date and timestamp arrays are cast to their own types. */
    private static String sqlType(ColumnType type) {
        return switch (type) {
            case STRING -> "text";
            case INT -> "integer";
            case DECIMAL -> "numeric";
            case UUID -> "uuid";
            case BOOLEAN -> "boolean";
            case DATE -> "date";
            case TIMESTAMP -> "timestamp";
            case STRING_ARRAY, INT_ARRAY, DECIMAL_ARRAY, BOOLEAN_ARRAY, UUID_ARRAY, DATE_ARRAY, TIMESTAMP_ARRAY ->
                    throw new IllegalArgumentException("a cast names a scalar type, not " + type);
        };
    }
}
