package com.mkven.multidb.validation;

import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.query.FilterOperator;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The operator × column type matrix of query.md §11, the operand shape of every operator
 * (§4.1) and the operators HAVING accepts (rule 8), kept as lookup tables.
 */
final class OperatorRules {
    private static final Set<ColumnType> ARRAYS = arrays();
    private static final Set<ColumnType> EQUATABLE = EnumSet.of(ColumnType.STRING, ColumnType.INT, ColumnType.DECIMAL,
            ColumnType.BOOLEAN, ColumnType.UUID, ColumnType.DATE, ColumnType.TIMESTAMP);
    // uuids have no meaningful order and booleans only =/!=; between follows the >=/<= row
    private static final Set<ColumnType> ORDERED = EnumSet.of(ColumnType.STRING, ColumnType.INT, ColumnType.DECIMAL,
            ColumnType.DATE, ColumnType.TIMESTAMP);
    // dates and timestamps use ranges instead of IN
    private static final Set<ColumnType> LISTABLE = EnumSet.of(ColumnType.STRING, ColumnType.INT, ColumnType.DECIMAL,
            ColumnType.UUID);
    private static final Set<ColumnType> TEXT = EnumSet.of(ColumnType.STRING);
    private static final Set<ColumnType> ANY = EnumSet.allOf(ColumnType.class);

    private static final Map<FilterOperator, Set<ColumnType>> ALLOWED_TYPES = new EnumMap<>(FilterOperator.class);
    private static final Map<FilterOperator, Operand> OPERANDS = new EnumMap<>(FilterOperator.class);
    private static final Set<FilterOperator> HAVING = Collections.unmodifiableSet(EnumSet.of(
            FilterOperator.EQ, FilterOperator.NE, FilterOperator.GT, FilterOperator.LT, FilterOperator.GE,
            FilterOperator.LE, FilterOperator.IN, FilterOperator.NOT_IN, FilterOperator.BETWEEN,
            FilterOperator.NOT_BETWEEN, FilterOperator.IS_NULL, FilterOperator.IS_NOT_NULL));

    static {
        rule(EQUATABLE, Operand.SCALAR, FilterOperator.EQ, FilterOperator.NE);
        rule(ORDERED, Operand.SCALAR, FilterOperator.GT, FilterOperator.LT, FilterOperator.GE, FilterOperator.LE);
        rule(LISTABLE, Operand.LIST, FilterOperator.IN, FilterOperator.NOT_IN);
        rule(TEXT, Operand.TEXT, FilterOperator.LIKE, FilterOperator.NOT_LIKE, FilterOperator.ILIKE,
                FilterOperator.NOT_ILIKE, FilterOperator.CONTAINS, FilterOperator.ICONTAINS,
                FilterOperator.NOT_CONTAINS, FilterOperator.NOT_ICONTAINS, FilterOperator.STARTS_WITH,
                FilterOperator.ISTARTS_WITH, FilterOperator.ENDS_WITH, FilterOperator.IENDS_WITH);
        rule(ORDERED, Operand.RANGE, FilterOperator.BETWEEN, FilterOperator.NOT_BETWEEN);
        rule(TEXT, Operand.LEVENSHTEIN, FilterOperator.LEVENSHTEIN_LTE);
        // allowed on every type; the column must also be nullable, which is not a type question
        rule(ANY, Operand.NONE, FilterOperator.IS_NULL, FilterOperator.IS_NOT_NULL);
        rule(ARRAYS, Operand.ELEMENT, FilterOperator.ARRAY_CONTAINS);
        rule(ARRAYS, Operand.ELEMENT_LIST, FilterOperator.ARRAY_CONTAINS_ALL, FilterOperator.ARRAY_CONTAINS_ANY);
        rule(ARRAYS, Operand.NONE, FilterOperator.ARRAY_IS_EMPTY, FilterOperator.ARRAY_IS_NOT_EMPTY);
    }

    private OperatorRules() {}

    static boolean allows(FilterOperator operator, ColumnType type) {
        return ALLOWED_TYPES.get(operator).contains(type);
    }

    /** The column types the operator is allowed on, for messages. */
    static Set<ColumnType> allowedTypes(FilterOperator operator) {
        return ALLOWED_TYPES.get(operator);
    }

    static Operand operand(FilterOperator operator) {
        return OPERANDS.get(operator);
    }

    static boolean allowedInHaving(FilterOperator operator) {
        return HAVING.contains(operator);
    }

    static Set<FilterOperator> havingOperators() {
        return HAVING;
    }

    private static void rule(Set<ColumnType> types, Operand operand, FilterOperator... operators) {
        for (FilterOperator operator : operators) {
            ALLOWED_TYPES.put(operator, Collections.unmodifiableSet(EnumSet.copyOf(types)));
            OPERANDS.put(operator, operand);
        }
    }

    private static Set<ColumnType> arrays() {
        Set<ColumnType> arrays = EnumSet.noneOf(ColumnType.class);
        for (ColumnType type : ColumnType.values()) {
            if (type.isArray()) {
                arrays.add(type);
            }
        }
        return Collections.unmodifiableSet(arrays);
    }
}
