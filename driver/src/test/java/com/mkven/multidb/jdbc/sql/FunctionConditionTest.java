package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.query.FilterNode;
import com.mkven.multidb.query.FilterOperator;
import com.mkven.multidb.query.QueryFilter;
import com.mkven.multidb.query.QueryFilterGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Each filter function of the subset and the operator it becomes. */
class FunctionConditionTest {
    static Stream<Arguments> functions() {
        return Stream.of(
                arguments("contains(status, 'ai')", QueryFilter.of("status", FilterOperator.CONTAINS, "ai")),
                arguments("icontains(status, 'AI')", QueryFilter.of("status", FilterOperator.ICONTAINS, "AI")),
                arguments("NOT contains(status, 'ai')", QueryFilter.of("status", FilterOperator.NOT_CONTAINS, "ai")),
                arguments("NOT icontains(status, 'AI')",
                        QueryFilter.of("status", FilterOperator.NOT_ICONTAINS, "AI")),
                arguments("starts_with(status, 'p')", QueryFilter.of("status", FilterOperator.STARTS_WITH, "p")),
                arguments("istarts_with(status, 'P')", QueryFilter.of("status", FilterOperator.ISTARTS_WITH, "P")),
                arguments("ends_with(status, 'd')", QueryFilter.of("status", FilterOperator.ENDS_WITH, "d")),
                arguments("iends_with(status, 'D')", QueryFilter.of("status", FilterOperator.IENDS_WITH, "D")),
                arguments("STARTS_WITH(status, 'p')", QueryFilter.of("status", FilterOperator.STARTS_WITH, "p")),
                arguments("NOT starts_with(status, 'p')",
                        QueryFilterGroup.and(QueryFilter.of("status", FilterOperator.STARTS_WITH, "p")).negated()),
                arguments("levenshtein(status, 'paid') <= 2", QueryFilter.levenshteinLte("status", "paid", 2)),
                arguments("2 >= levenshtein(status, 'paid')", QueryFilter.levenshteinLte("status", "paid", 2)),
                arguments("array_contains(priorities, 3)",
                        QueryFilter.of("priorities", FilterOperator.ARRAY_CONTAINS, 3)),
                arguments("array_contains_all(priorities, ARRAY[1, 2])",
                        QueryFilter.of("priorities", FilterOperator.ARRAY_CONTAINS_ALL, List.of(1, 2))),
                arguments("array_contains_any(priorities, ARRAY[3])",
                        QueryFilter.of("priorities", FilterOperator.ARRAY_CONTAINS_ANY, List.of(3))),
                arguments("array_contains_any(priorities, [3, 4])",
                        QueryFilter.of("priorities", FilterOperator.ARRAY_CONTAINS_ANY, List.of(3, 4))),
                arguments("cardinality(priorities) = 0", QueryFilter.unary("priorities", FilterOperator.ARRAY_IS_EMPTY)),
                arguments("0 = cardinality(priorities)", QueryFilter.unary("priorities", FilterOperator.ARRAY_IS_EMPTY)),
                arguments("cardinality(priorities) > 0",
                        QueryFilter.unary("priorities", FilterOperator.ARRAY_IS_NOT_EMPTY)),
                arguments("cardinality(priorities) <> 0",
                        QueryFilter.unary("priorities", FilterOperator.ARRAY_IS_NOT_EMPTY)),
                arguments("0 < cardinality(priorities)",
                        QueryFilter.unary("priorities", FilterOperator.ARRAY_IS_NOT_EMPTY)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void functionBecomesItsOperator(String condition, FilterNode expected) {
        assertThat(Sql.definition("SELECT * FROM orders WHERE " + condition).filters()).containsExactly(expected);
    }

    @Test
    void functionsOnAJoinedTableCarryItsName() {
        assertThat(Sql.definition("SELECT p.name FROM orders o JOIN products p "
                + "WHERE array_contains(p.labels, 'new') AND contains(p.name, 'x')").filters())
                .containsExactly(QueryFilter.of("products", "labels", FilterOperator.ARRAY_CONTAINS, "new"),
                        QueryFilter.of("products", "name", FilterOperator.CONTAINS, "x"));
    }

    @Test
    void aNullArrayElementIsKeptForValidationToReport() {
        QueryFilter filter = (QueryFilter) Sql.definition(
                "SELECT * FROM orders WHERE array_contains_all(priorities, ARRAY[1, NULL])").filters().get(0);

        assertThat(filter.value()).isEqualTo(Optional.of(java.util.Arrays.asList(1, null)));
    }
}
