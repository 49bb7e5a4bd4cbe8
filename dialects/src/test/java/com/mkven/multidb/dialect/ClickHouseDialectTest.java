package com.mkven.multidb.dialect;

import com.mkven.multidb.ir.ArrayOperator;
import com.mkven.multidb.ir.ColumnRef;
import com.mkven.multidb.ir.ConditionOperator;
import com.mkven.multidb.ir.SqlParts;
import com.mkven.multidb.ir.WhereArrayCondition;
import com.mkven.multidb.ir.WhereCondition;
import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.query.AggregationFn;
import com.mkven.multidb.query.ComparisonOperator;
import com.mkven.multidb.query.ExistsCount;
import com.mkven.multidb.query.FilterOperator;
import com.mkven.multidb.query.QueryAggregation;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.query.QueryExistsFilter;
import com.mkven.multidb.query.QueryFilter;
import com.mkven.multidb.query.QueryGroupBy;
import com.mkven.multidb.spi.GeneratedSql;
import com.mkven.multidb.spi.SqlDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;

import static com.mkven.multidb.dialect.DialectTestSupport.STATUS;
import static com.mkven.multidb.dialect.DialectTestSupport.comparison;
import static com.mkven.multidb.dialect.DialectTestSupport.selectWhere;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** ClickHouse forms beyond the scenario table: placeholder types, counted semi-joins, lists, bad input. */
class ClickHouseDialectTest {
    private static final SqlDialect CLICKHOUSE = new ClickHouseDialect();
    private static final ColumnRef TOTAL = new ColumnRef("t0", "total_amount");
    private static final String INVOICE_KEYS = "SELECT s1.`order_id` FROM `public`.`invoices` s1 WHERE s1.`order_id` IS NOT NULL"
            + " GROUP BY s1.`order_id` HAVING COUNT(*) ";

    private static GeneratedSql generate(QueryDefinition definition) {
        return DialectTestSupport.generate(CLICKHOUSE, definition);
    }

    @ParameterizedTest(name = "decimal {0} is bound as {2} typed {1}")
    @CsvSource(delimiter = '|', value = {
            "100|Decimal(38, 0)|100",
            "75.50|Decimal(38, 2)|75.50",
            "-0.001|Decimal(38, 3)|-0.001",
            "1E+3|Decimal(38, 0)|1000",
            "12345678901234567890123456789012345678|Decimal(38, 0)|12345678901234567890123456789012345678",
            "123456789012345678901234567890123456789|Decimal(76, 0)|123456789012345678901234567890123456789",
            "0.0000000000000000000000000000000000000001|Decimal(76, 40)|0.0000000000000000000000000000000000000001"})
    void aDecimalKeepsItsOwnScale(String value, String type, String bound) {
        GeneratedSql sql = CLICKHOUSE.generate(selectWhere(totalEquals()), List.of(value));

        assertThat(sql.sql()).endsWith("WHERE t0.`total_amount` = {p1:" + type + "}");
        assertThat(sql.params()).containsExactly(new BigDecimal(bound));
    }

    @Test
    void numbersOfEveryJavaTypeBecomeDecimalsWithTheirShortestScale() {
        GeneratedSql sql = CLICKHOUSE.generate(selectWhere(totalEquals(), totalEquals(1), totalEquals(2)), List.of(0.1, 7L, 2.50f));

        assertThat(sql.sql()).endsWith("= {p1:Decimal(38, 1)} AND t0.`total_amount` = {p2:Decimal(38, 0)}"
                + " AND t0.`total_amount` = {p3:Decimal(38, 1)}");
        assertThat(sql.params()).containsExactly(new BigDecimal("0.1"), new BigDecimal("7"), new BigDecimal("2.5"));
    }

    @Test
    void aDecimalWiderThanAnyClickHouseDecimalIsRejected() {
        String digits77 = "1" + "0".repeat(76);

        assertThatThrownBy(() -> CLICKHOUSE.generate(selectWhere(totalEquals()), List.of(digits77)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ClickHouse decimals hold at most 76 digits, not the 77 of " + digits77);
    }

    static Stream<Arguments> scalarTypes() {
        String uuid = "10000000-0000-4000-8000-000000000001";
        return Stream.of(
                arguments(ColumnType.STRING, "String", "urgent", "urgent"),
                arguments(ColumnType.INT, "Int32", 7, 7),
                arguments(ColumnType.BOOLEAN, "Bool", true, true),
                arguments(ColumnType.UUID, "UUID", uuid, uuid),
                arguments(ColumnType.DATE, "Date", "2024-02-29", LocalDate.parse("2024-02-29")),
                arguments(ColumnType.TIMESTAMP, "DateTime64(6, 'UTC')", "2024-03-15T10:00:00.123456+02:00",
                        Instant.parse("2024-03-15T08:00:00.123456Z")));
    }

    @ParameterizedTest(name = "{0} values are typed {1}")
    @MethodSource("scalarTypes")
    void everyScalarTypeHasItsPlaceholderTypeInComparisonsListsAndArrays(ColumnType type, String chType, Object raw,
            Object bound) {
        ColumnRef column = new ColumnRef("t0", "c");
        SqlParts parts = selectWhere(
                new WhereCondition(column, ConditionOperator.GE, OptionalInt.of(0), type),
                new WhereCondition(column, ConditionOperator.NOT_IN, OptionalInt.of(1), type),
                new WhereArrayCondition(column, ArrayOperator.CONTAINS, OptionalInt.of(0), type),
                new WhereArrayCondition(column, ArrayOperator.CONTAINS_ALL, OptionalInt.of(1), type));

        GeneratedSql sql = CLICKHOUSE.generate(parts, List.of(raw, List.of(raw)));

        String p = ":" + chType + "}";
        assertThat(sql.sql()).endsWith("WHERE t0.`c` >= {p1" + p + " AND t0.`c` NOT IN tuple({p2" + p + ")"
                + " AND has(t0.`c`, {p3" + p + ") AND hasAll(t0.`c`, [{p4" + p + "])");
        assertThat(sql.params()).containsExactly(bound, bound, bound, bound);
    }

    @ParameterizedTest(name = "count {0} {1} is {2}")
    @CsvSource(delimiter = '|', value = {
            ">=|2|t0.`id` IN (" + INVOICE_KEYS + ">= {p1:UInt64})",
            ">|0|t0.`id` IN (" + INVOICE_KEYS + "> {p1:UInt64})",
            "<|2|(t0.`id` IS NULL OR t0.`id` NOT IN (" + INVOICE_KEYS + ">= {p1:UInt64}))",
            "<=|0|(t0.`id` IS NULL OR t0.`id` NOT IN (" + INVOICE_KEYS + "> {p1:UInt64}))",
            "=|2|t0.`id` IN (" + INVOICE_KEYS + "= {p1:UInt64})",
            "=|0|(t0.`id` IS NULL OR t0.`id` NOT IN (" + INVOICE_KEYS + "<> {p1:UInt64}))",
            "!=|2|(t0.`id` IS NULL OR t0.`id` NOT IN (" + INVOICE_KEYS + "= {p1:UInt64}))",
            "!=|0|t0.`id` IN (" + INVOICE_KEYS + "<> {p1:UInt64})"})
    void everyCountIsASemiJoinOnTheGroupedChildKeys(String operator, long count, String where) {
        GeneratedSql sql = DialectTestSupport.countedInvoices(CLICKHOUSE, comparison(operator), count);

        assertThat(sql.sql()).endsWith("WHERE " + where);
        assertThat(sql.params()).containsExactly(count);
    }

    @Test
    void placeholdersAreTypedAndNumberedInTextualOrderAcrossSubqueriesWhereAndHaving() {
        GeneratedSql sql = generate(QueryDefinition.builder("orders")
                .groupBy(QueryGroupBy.of("status"))
                .aggregation(QueryAggregation.of(AggregationFn.SUM, "total", "totalSum"), QueryAggregation.countAll("orderCount"))
                .filter(QueryExistsFilter.counted("invoices", ExistsCount.of(ComparisonOperator.GT, 1),
                                QueryFilter.of("status", FilterOperator.EQ, "paid")),
                        QueryFilter.levenshteinLte("status", "activ", 1))
                .having(QueryFilter.of("totalSum", FilterOperator.GT, "99.5"), QueryFilter.in("orderCount", List.of(1, 2)))
                .build());

        assertThat(sql.sql()).contains("WHERE t0.`id` IN (SELECT s1.`order_id` FROM `public`.`invoices` s1"
                + " WHERE s1.`order_id` IS NOT NULL AND s1.`status` = {p1:String} GROUP BY s1.`order_id` HAVING COUNT(*) > {p2:UInt64})"
                + " AND editDistance(t0.`order_status`, {p3:String}) <= {p4:UInt32} GROUP BY t0.`order_status`"
                + " HAVING `totalSum` > {p5:Decimal(38, 1)} AND `orderCount` IN tuple({p6:Int32}, {p7:Int32})");
        assertThat(sql.params()).containsExactly("paid", 1L, "activ", 1, new BigDecimal("99.5"), 1, 2);
    }

    @Test
    void havingNotBetweenNegatesTheRangeOnTheAlias() {
        GeneratedSql sql = generate(QueryDefinition.builder("orders")
                .groupBy(QueryGroupBy.of("status"))
                .aggregation(QueryAggregation.countAll("orderCount"))
                .having(QueryFilter.of("orderCount", FilterOperator.NOT_BETWEEN, Map.of("from", 1, "to", 3)))
                .build());

        assertThat(sql.sql()).endsWith("HAVING NOT (`orderCount` BETWEEN {p1:Int32} AND {p2:Int32})");
    }

    @Test
    void emptyListsNeedNoPlaceholder() {
        SqlParts parts = selectWhere(
                new WhereCondition(STATUS, ConditionOperator.IN, OptionalInt.of(0), ColumnType.STRING),
                new WhereCondition(STATUS, ConditionOperator.NOT_IN, OptionalInt.of(0), ColumnType.STRING),
                new WhereArrayCondition(STATUS, ArrayOperator.CONTAINS_ANY, OptionalInt.of(0), ColumnType.STRING));

        GeneratedSql sql = CLICKHOUSE.generate(parts, List.of(List.of()));

        assertThat(sql.sql()).endsWith("WHERE 0 AND 1 AND hasAny(t0.`order_status`, [])");
        assertThat(sql.params()).isEmpty();
    }

    @Test
    void valuesThatDoNotFitTheirTypeAreRejected() {
        WhereCondition in = new WhereCondition(STATUS, ConditionOperator.IN, OptionalInt.of(0), ColumnType.STRING);
        assertThatThrownBy(() -> CLICKHOUSE.generate(selectWhere(in), List.of("active")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a list operator needs a list, not active");

        WhereCondition createdAt = new WhereCondition(new ColumnRef("t0", "created_at"), ConditionOperator.GT, OptionalInt.of(0),
                ColumnType.TIMESTAMP);
        assertThatThrownBy(() -> CLICKHOUSE.generate(selectWhere(createdAt), List.of("yesterday")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a timestamp parameter must be ISO-8601, not yesterday");
    }

    private static WhereCondition totalEquals() {
        return totalEquals(0);
    }

    private static WhereCondition totalEquals(int paramIndex) {
        return new WhereCondition(TOTAL, ConditionOperator.EQ, OptionalInt.of(paramIndex), ColumnType.DECIMAL);
    }
}
