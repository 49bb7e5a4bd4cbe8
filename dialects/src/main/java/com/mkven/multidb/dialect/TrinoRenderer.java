package com.mkven.multidb.dialect;

import com.mkven.multidb.ir.ConditionOperator;
import com.mkven.multidb.ir.ConditionOperator.PatternKind;
import com.mkven.multidb.ir.SqlParts;
import com.mkven.multidb.ir.WhereArrayCondition;
import com.mkven.multidb.ir.WhereCountedSubquery;
import com.mkven.multidb.metadata.ColumnType;

import java.util.List;

/**
 * Trino: {@code ?} placeholders, uuid values cast, lists expanded into {@code (?, ?)} and {@code ARRAY[?, ?]},
 * {@code lower() LIKE lower()} for case-insensitive patterns with an explicit escape character, array functions,
 * HAVING on the aggregate expression and semi-join counted subqueries.
 */
final class TrinoRenderer extends SqlRenderer {
    private static final DialectSyntax SYNTAX = new DialectSyntax(
            '"', "true", "false", "levenshtein_distance", DialectSyntax.NotBetween.NOT_BETWEEN, false, true);

    TrinoRenderer(SqlParts parts, List<Object> params) {
        super(SYNTAX, parts, params);
    }

    /**
     * Trino compares a uuid only with a uuid ({@code uuid = varchar} is a type error) and its JDBC driver binds no UUID
     * object, so a uuid travels as a string and is cast: in comparisons, lists and array elements alike.
     */
    @Override
    protected String placeholder(int number, ParamType type, Object value) {
        return type == ParamType.UUID ? "CAST(? AS uuid)" : "?";
    }

    @Override
    protected String membership(String operand, boolean negated, Object values, ColumnType type) {
        return expandedMembership(operand, negated, values, ParamType.of(type), "");
    }

    /**
     * Trino LIKE has no default escape character, so a pattern built from an escaped value names {@code \} explicitly
     * (sql.md §5.3); a caller's own pattern is used as written.
     */
    @Override
    protected String pattern(String column, ConditionOperator operator, String value) {
        PatternKind kind = operator.patternKind().orElseThrow();
        String like = operator.negated() ? " NOT LIKE " : " LIKE ";
        String pattern = bind(LikePatterns.pattern(kind, value), ParamType.STRING);
        String escape = kind == PatternKind.CALLER_PATTERN ? "" : " ESCAPE '\\'";
        if (operator.caseInsensitive()) {
            return "lower(" + column + ")" + like + "lower(" + pattern + ")" + escape;
        }
        return column + like + pattern + escape;
    }

    @Override
    protected String arrayCondition(WhereArrayCondition node) {
        String column = column(node.column());
        ParamType element = ParamType.of(node.elementType());
        return switch (node.operator()) {
            case CONTAINS -> "contains(" + column + ", " + bind(param(node.paramIndex().orElseThrow()), element) + ")";
            // every wanted element is in the column when none is left after removing the column's elements
            case CONTAINS_ALL -> "cardinality(array_except(ARRAY[" + bindEach(param(node.paramIndex().orElseThrow()), element)
                    + "], " + column + ")) = 0";
            case CONTAINS_ANY -> "arrays_overlap(" + column + ", ARRAY[" + bindEach(param(node.paramIndex().orElseThrow()), element)
                    + "])";
            case IS_EMPTY -> "cardinality(" + column + ") = 0";
            case IS_NOT_EMPTY -> "cardinality(" + column + ") > 0";
        };
    }

    /**
     * A ClickHouse view's JSON text back into a typed array. Elements with a JSON form are cast directly; uuid, date and
     * timestamp elements arrive as strings and are cast one by one. Decimals take scale 10, as the pg catalogs'
     * {@code decimal-default-scale}: the view keeps no column scale.
     */
    @Override
    protected String parsedJsonArray(String column, ColumnType arrayType) {
        String parsed = "json_parse(" + column + ")";
        ColumnType element = arrayType.elementType()
                .orElseThrow(() -> new IllegalArgumentException("not an array type: " + arrayType.wireName()));
        return switch (element) {
            case STRING -> "CAST(" + parsed + " AS array(varchar))";
            case INT -> "CAST(" + parsed + " AS array(integer))";
            case BOOLEAN -> "CAST(" + parsed + " AS array(boolean))";
            case DECIMAL -> "CAST(" + parsed + " AS array(decimal(38, 10)))";
            case UUID -> castEach(parsed, "uuid");
            case DATE -> castEach(parsed, "date");
            case TIMESTAMP -> castEach(parsed, "timestamp(6)");
            default -> throw new IllegalArgumentException("not a scalar element type: " + element.wireName());
        };
    }

    private static String castEach(String parsed, String type) {
        return "transform(CAST(" + parsed + " AS array(varchar)), e -> CAST(e AS " + type + "))";
    }

    /** The semi-join for the thresholds; {@code =}/{@code !=} stay the correlated count of sql.md §5.4. */
    @Override
    protected String countedSubquery(WhereCountedSubquery node, long count) {
        return switch (node.operator()) {
            case GE, GT, LT, LE -> decorrelatedCount(node, count);
            case EQ, NE -> correlatedCount(node, count);
        };
    }
}
