package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.query.FilterNode;
import com.mkven.multidb.query.FilterOperator;
import com.mkven.multidb.query.QueryExistsFilter;
import com.mkven.multidb.query.QueryFilter;
import com.mkven.multidb.query.QueryFilterGroup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * IN binds tighter than AND and OR: {@code a AND b IN (…) OR c} is {@code (a AND b IN (…)) OR c},
 * at the top level and inside EXISTS.
 */
class InListPrecedenceTest {
    private static final QueryFilter IN = QueryFilter.of("status", FilterOperator.IN, List.of("a"));
    private static final QueryFilter NOT_IN = QueryFilter.of("status", FilterOperator.NOT_IN, List.of("a"));
    private static final QueryFilter ONE = QueryFilter.of("quantity", FilterOperator.EQ, 1);
    private static final QueryFilter TWO = QueryFilter.of("total", FilterOperator.EQ, 2);
    private static final QueryFilter IN_2 = QueryFilter.of("quantity", FilterOperator.IN, List.of(2));

    static Stream<Arguments> conditions() {
        return Stream.of(
                arguments("status IN ('a') AND quantity = 1", List.of(IN, ONE)),
                arguments("status NOT IN ('a') OR quantity = 1", List.of(QueryFilterGroup.or(NOT_IN, ONE))),
                arguments("quantity = 1 AND status IN ('a') OR total = 2",
                        List.of(QueryFilterGroup.or(QueryFilterGroup.and(ONE, IN), TWO))),
                arguments("total = 2 OR status IN ('a') AND quantity = 1",
                        List.of(QueryFilterGroup.or(TWO, QueryFilterGroup.and(IN, ONE)))),
                arguments("status IN ('a') AND quantity IN (2) OR total = 2",
                        List.of(QueryFilterGroup.or(QueryFilterGroup.and(IN, IN_2), TWO))),
                arguments("NOT status IN ('a') AND quantity = 1", List.of(QueryFilterGroup.and(IN).negated(), ONE)),
                arguments("(status IN ('a') OR quantity = 1) AND total = 2",
                        List.of(QueryFilterGroup.or(IN, ONE), TWO)),
                arguments("status IN ('a') AND (quantity = 1 OR total = 2)",
                        List.of(IN, QueryFilterGroup.or(ONE, TWO))),
                arguments("total = 2 AND NOT (status IN ('a') OR quantity IN (2) AND quantity = 1)",
                        List.of(TWO, QueryFilterGroup.or(IN, QueryFilterGroup.and(IN_2, ONE)).negated())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conditions")
    void inBindsTighterThanAndAndOr(String condition, List<FilterNode> expected) {
        assertThat(Sql.definition("SELECT id FROM orders WHERE " + condition).filters())
                .containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conditions")
    void insideExistsToo(String condition, List<FilterNode> expected) {
        String invoicesCondition = condition.replace("quantity", "amount").replace("total", "amount");
        List<FilterNode> topLevel = Sql.definition("SELECT id FROM invoices WHERE " + invoicesCondition).filters();
        FilterNode exists = Sql.definition("SELECT id FROM orders WHERE EXISTS (SELECT 1 FROM invoices WHERE "
                + invoicesCondition + ")").filters().get(0);

        assertThat(topLevel).hasSameSizeAs(expected);
        assertThat(exists).isInstanceOfSatisfying(QueryExistsFilter.class,
                filter -> assertThat(filter.filters()).containsExactlyElementsOf(topLevel));
    }
}
