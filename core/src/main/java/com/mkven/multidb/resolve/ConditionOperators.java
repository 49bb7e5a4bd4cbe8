package com.mkven.multidb.resolve;

import com.mkven.multidb.ir.ConditionOperator;
import com.mkven.multidb.query.FilterOperator;

/** The query operators that become a plain condition node, and their IR operator (sql.md §2.5). */
final class ConditionOperators {
    private ConditionOperators() {}

    static ConditionOperator of(FilterOperator operator) {
        return switch (operator) {
            case EQ -> ConditionOperator.EQ;
            case NE -> ConditionOperator.NE;
            case GT -> ConditionOperator.GT;
            case LT -> ConditionOperator.LT;
            case GE -> ConditionOperator.GE;
            case LE -> ConditionOperator.LE;
            case IN -> ConditionOperator.IN;
            case NOT_IN -> ConditionOperator.NOT_IN;
            case LIKE -> ConditionOperator.LIKE;
            case NOT_LIKE -> ConditionOperator.NOT_LIKE;
            case ILIKE -> ConditionOperator.ILIKE;
            case NOT_ILIKE -> ConditionOperator.NOT_ILIKE;
            case IS_NULL -> ConditionOperator.IS_NULL;
            case IS_NOT_NULL -> ConditionOperator.IS_NOT_NULL;
            case CONTAINS -> ConditionOperator.CONTAINS;
            case ICONTAINS -> ConditionOperator.ICONTAINS;
            case NOT_CONTAINS -> ConditionOperator.NOT_CONTAINS;
            case NOT_ICONTAINS -> ConditionOperator.NOT_ICONTAINS;
            case STARTS_WITH -> ConditionOperator.STARTS_WITH;
            case ISTARTS_WITH -> ConditionOperator.ISTARTS_WITH;
            case ENDS_WITH -> ConditionOperator.ENDS_WITH;
            case IENDS_WITH -> ConditionOperator.IENDS_WITH;
            case BETWEEN, NOT_BETWEEN, LEVENSHTEIN_LTE, ARRAY_CONTAINS, ARRAY_CONTAINS_ALL, ARRAY_CONTAINS_ANY,
                    ARRAY_IS_EMPTY, ARRAY_IS_NOT_EMPTY ->
                    throw new IllegalArgumentException(operator + " has a node of its own, not a condition");
        };
    }
}
