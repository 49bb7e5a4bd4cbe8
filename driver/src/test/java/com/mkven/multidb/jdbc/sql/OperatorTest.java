package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.query.FilterNode;
import com.mkven.multidb.query.FilterOperator;
import com.mkven.multidb.query.QueryFilter;
import com.mkven.multidb.query.QueryFilterGroup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every operator, literal form and logical form of a WHERE condition on {@code orders}. */
class OperatorTest {
    static Stream<Arguments> operators() {
        return Stream.of(
                arguments("quantity = 5", QueryFilter.of("quantity", FilterOperator.EQ, 5)),
                arguments("quantity <> 5", QueryFilter.of("quantity", FilterOperator.NE, 5)),
                arguments("quantity != 5", QueryFilter.of("quantity", FilterOperator.NE, 5)),
                arguments("quantity > 5", QueryFilter.of("quantity", FilterOperator.GT, 5)),
                arguments("quantity >= 5", QueryFilter.of("quantity", FilterOperator.GE, 5)),
                arguments("quantity < 5", QueryFilter.of("quantity", FilterOperator.LT, 5)),
                arguments("quantity <= 5", QueryFilter.of("quantity", FilterOperator.LE, 5)),
                arguments("5 < quantity", QueryFilter.of("quantity", FilterOperator.GT, 5)),
                arguments("5 >= quantity", QueryFilter.of("quantity", FilterOperator.LE, 5)),
                arguments("5 = quantity", QueryFilter.of("quantity", FilterOperator.EQ, 5)),
                arguments("status IN ('a', 'b')", QueryFilter.of("status", FilterOperator.IN, List.of("a", "b"))),
                arguments("status IN ('a')", QueryFilter.of("status", FilterOperator.IN, List.of("a"))),
                arguments("status NOT IN ('a', 'b')", QueryFilter.of("status", FilterOperator.NOT_IN, List.of("a", "b"))),
                arguments("status LIKE 'pa%'", QueryFilter.of("status", FilterOperator.LIKE, "pa%")),
                arguments("status NOT LIKE 'pa%'", QueryFilter.of("status", FilterOperator.NOT_LIKE, "pa%")),
                arguments("status ILIKE 'pa%'", QueryFilter.of("status", FilterOperator.ILIKE, "pa%")),
                arguments("status NOT ILIKE 'pa%'", QueryFilter.of("status", FilterOperator.NOT_ILIKE, "pa%")),
                arguments("discount IS NULL", QueryFilter.unary("discount", FilterOperator.IS_NULL)),
                arguments("discount IS NOT NULL", QueryFilter.unary("discount", FilterOperator.IS_NOT_NULL)),
                arguments("discount ISNULL", QueryFilter.unary("discount", FilterOperator.IS_NULL)),
                arguments("discount NOTNULL", QueryFilter.unary("discount", FilterOperator.IS_NOT_NULL)),
                arguments("quantity BETWEEN 1 AND 5",
                        QueryFilter.of("quantity", FilterOperator.BETWEEN, Map.of("from", 1, "to", 5))),
                arguments("quantity NOT BETWEEN 1 AND 5",
                        QueryFilter.of("quantity", FilterOperator.NOT_BETWEEN, Map.of("from", 1, "to", 5))),
                arguments("createdAt BETWEEN DATE '2024-01-01' AND TIMESTAMP '2024-01-31 23:59:59'",
                        QueryFilter.of("createdAt", FilterOperator.BETWEEN,
                                Map.of("from", "2024-01-01", "to", "2024-01-31T23:59:59"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operators")
    void operatorBecomesTheSameOperator(String condition, FilterNode expected) {
        assertThat(Sql.definition("SELECT * FROM orders WHERE " + condition).filters()).containsExactly(expected);
    }

    static Stream<Arguments> literals() {
        return Stream.of(
                arguments("'paid'", "paid"),
                arguments("'it''s'", "it's"),
                arguments("N'paid'", "paid"),
                arguments("''", ""),
                arguments("42", 42),
                arguments("3000000000", 3_000_000_000L),
                arguments("123456789012345678901234567890", new BigInteger("123456789012345678901234567890")),
                arguments("-5", -5),
                arguments("+5", 5),
                arguments("1.50", new BigDecimal("1.50")),
                arguments("-1.5", new BigDecimal("-1.5")),
                arguments("1e3", new BigDecimal("1e3")),
                arguments(".5", new BigDecimal("0.5")),
                arguments("TRUE", true),
                arguments("false", false),
                arguments("DATE '2024-02-29'", "2024-02-29"),
                arguments("TIMESTAMP '2024-02-29 10:15:00'", "2024-02-29T10:15:00"),
                arguments("TIMESTAMP '2024-02-29T10:15:00Z'", "2024-02-29T10:15:00Z"),
                arguments("(7)", 7));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("literals")
    void literalBecomesItsJsonValue(String literal, Object expected) {
        assertThat(Sql.definition("SELECT * FROM orders WHERE status = " + literal).filters())
                .containsExactly(QueryFilter.of("status", FilterOperator.EQ, expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("literals")
    void inListElementsAreLiteralsToo(String literal, Object expected) {
        assertThat(Sql.definition("SELECT * FROM orders WHERE status IN (" + literal + ", 'x')").filters())
                .containsExactly(QueryFilter.of("status", FilterOperator.IN, Arrays.asList(expected, "x")));
    }

    @org.junit.jupiter.api.Test
    void nullInAnInListIsKeptForValidationToReport() {
        assertThat(Sql.definition("SELECT * FROM orders WHERE quantity NOT IN (1, NULL)").filters())
                .containsExactly(QueryFilter.of("quantity", FilterOperator.NOT_IN, Arrays.asList(1, null)));
    }

    @org.junit.jupiter.api.Test
    void emptyInListGoesToValidation() {
        assertThat(Sql.definition("SELECT * FROM orders WHERE status IN ()").filters())
                .containsExactly(QueryFilter.of("status", FilterOperator.IN, List.of()));
    }

    static Stream<Arguments> logic() {
        QueryFilter a = QueryFilter.of("status", FilterOperator.EQ, "a");
        QueryFilter b = QueryFilter.of("quantity", FilterOperator.EQ, 1);
        QueryFilter c = QueryFilter.of("total", FilterOperator.GT, 2);
        return Stream.of(
                arguments("status = 'a' AND quantity = 1 AND total > 2", List.of(a, b, c)),
                arguments("(status = 'a' AND quantity = 1 AND total > 2)", List.of(a, b, c)),
                arguments("status = 'a' OR quantity = 1 OR total > 2", List.of(QueryFilterGroup.or(a, b, c))),
                arguments("status = 'a' AND quantity = 1 OR total > 2",
                        List.of(QueryFilterGroup.or(QueryFilterGroup.and(a, b), c))),
                arguments("status = 'a' AND (quantity = 1 OR total > 2)", List.of(a, QueryFilterGroup.or(b, c))),
                arguments("status = 'a' OR quantity = 1 AND total > 2",
                        List.of(QueryFilterGroup.or(a, QueryFilterGroup.and(b, c)))),
                arguments("NOT (status = 'a' OR quantity = 1)", List.of(QueryFilterGroup.or(a, b).negated())),
                arguments("NOT status = 'a' AND quantity = 1", List.of(QueryFilterGroup.and(a).negated(), b)),
                arguments("NOT (NOT (status = 'a' OR quantity = 1))", List.of(QueryFilterGroup.or(a, b))),
                arguments("NOT (status = 'a')", List.of(QueryFilterGroup.and(a).negated())),
                arguments("((status = 'a'))", List.of(a)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("logic")
    void logicBecomesGroups(String condition, List<FilterNode> expected) {
        assertThat(Sql.definition("SELECT * FROM orders WHERE " + condition).filters())
                .containsExactlyElementsOf(expected);
    }
}
