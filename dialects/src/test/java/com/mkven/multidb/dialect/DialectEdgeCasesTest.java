package com.mkven.multidb.dialect;

import com.mkven.multidb.ir.ColumnRef;
import com.mkven.multidb.ir.ConditionOperator;
import com.mkven.multidb.ir.SqlParts;
import com.mkven.multidb.ir.TableRef;
import com.mkven.multidb.ir.WhereCondition;
import com.mkven.multidb.ir.WhereGroup;
import com.mkven.multidb.ir.WhereNode;
import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.query.ComparisonOperator;
import com.mkven.multidb.query.FilterLogic;
import com.mkven.multidb.query.FilterOperator;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.query.QueryFilter;
import com.mkven.multidb.result.DialectName;
import com.mkven.multidb.spi.GeneratedSql;
import com.mkven.multidb.spi.SqlDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import static com.mkven.multidb.dialect.DialectTestSupport.selectWhere;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Edge cases every dialect handles, beyond the scenario table; what each dialect renders is data in the rows. */
class DialectEdgeCasesTest {
    private static final SqlDialect POSTGRES = new PostgresDialect();
    private static final SqlDialect CLICKHOUSE = new ClickHouseDialect();
    private static final SqlDialect TRINO = new TrinoDialect();
    private static final ColumnRef QUANTITY = new ColumnRef("t0", "quantity");

    @Test
    void everyDialectIsFoundByServiceLoaderUnderItsName() {
        assertThat(ServiceLoader.load(SqlDialect.class).stream().map(ServiceLoader.Provider::get))
                .extracting(SqlDialect::name).containsExactlyInAnyOrder(DialectName.values());
    }

    static Stream<Arguments> emptyGroups() {
        return Stream.of(
                arguments("postgres", POSTGRES, "WHERE (true) AND NOT (false)"),
                arguments("clickhouse", CLICKHOUSE, "WHERE (1) AND NOT (0)"),
                arguments("trino", TRINO, "WHERE (true) AND NOT (false)"));
    }

    @ParameterizedTest(name = "[{0}] an empty group is its identity: {2}")
    @MethodSource("emptyGroups")
    void anEmptyGroupIsItsIdentity(String name, SqlDialect dialect, String where) {
        SqlParts parts = selectWhere(
                new WhereGroup(FilterLogic.AND, false, List.of()), new WhereGroup(FilterLogic.OR, true, List.of()));

        GeneratedSql sql = dialect.generate(parts, List.of());

        assertThat(sql.sql()).endsWith(where);
        assertThat(sql.params()).isEmpty();
    }

    static Stream<Arguments> deepNesting() {
        return Stream.of(
                arguments("postgres", POSTGRES, "WHERE (t0.\"quantity\" = $1 OR (t0.\"quantity\" = $2 AND (t0.\"quantity\" = $3"
                        + " OR (t0.\"quantity\" = $4 AND (t0.\"quantity\" = $5 OR NOT (t0.\"quantity\" = $6))))))"),
                arguments("clickhouse", CLICKHOUSE, "WHERE (t0.`quantity` = {p1:Int32} OR (t0.`quantity` = {p2:Int32}"
                        + " AND (t0.`quantity` = {p3:Int32} OR (t0.`quantity` = {p4:Int32} AND (t0.`quantity` = {p5:Int32}"
                        + " OR NOT (t0.`quantity` = {p6:Int32}))))))"),
                arguments("trino", TRINO, "WHERE (t0.\"quantity\" = ? OR (t0.\"quantity\" = ? AND (t0.\"quantity\" = ?"
                        + " OR (t0.\"quantity\" = ? AND (t0.\"quantity\" = ? OR NOT (t0.\"quantity\" = ?))))))"));
    }

    @ParameterizedTest(name = "[{0}] six nested groups keep one paren pair each and number placeholders in order")
    @MethodSource("deepNesting")
    void deeplyNestedGroupsKeepTheirParenthesesAndOrder(String name, SqlDialect dialect, String where) {
        WhereNode innermost = new WhereGroup(FilterLogic.AND, true, List.of(quantityEquals(5)));
        for (int level = 4; level >= 0; level--) {
            innermost = new WhereGroup(level % 2 == 0 ? FilterLogic.OR : FilterLogic.AND, false,
                    List.of(quantityEquals(level), innermost));
        }

        GeneratedSql sql = dialect.generate(selectWhere(innermost), List.of(1, 2, 3, 4, 5, 6));

        assertThat(sql.sql()).endsWith(where);
        assertThat(sql.params()).containsExactly(1, 2, 3, 4, 5, 6);
    }

    static Stream<Arguments> quotedIdentifiers() {
        return Stream.of(
                arguments("postgres", POSTGRES, "SELECT t0.\"odd\"\"na`me\" AS \"t0__odd\"\"na`me\" FROM \"my\"\"sch`ema\".\"t\" t0"),
                arguments("clickhouse", CLICKHOUSE, "SELECT t0.`odd\"na``me` AS `t0__odd\"na``me` FROM `my\"sch``ema`.`t` t0"),
                arguments("trino", TRINO, "SELECT t0.\"odd\"\"na`me\" AS \"t0__odd\"\"na`me\" FROM \"my\"\"sch`ema\".\"t\" t0"));
    }

    @ParameterizedTest(name = "[{0}] the quote character inside an identifier is doubled")
    @MethodSource("quotedIdentifiers")
    void theQuoteCharacterInsideAnIdentifierIsDoubled(String name, SqlDialect dialect, String sql) {
        SqlParts parts = new SqlParts(List.of(new ColumnRef("t0", "odd\"na`me")), false, TableRef.of("my\"sch`ema.t", "t0"),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), OptionalInt.empty(), OptionalInt.empty(), false);

        assertThat(dialect.generate(parts, List.of()).sql()).isEqualTo(sql);
    }

    /** The value {@code a\b_%}: each of {@code \ _ %} must match itself wherever the dialect builds the pattern. */
    static Stream<Arguments> escaping() {
        String raw = "a\\b_%";
        String escaped = "a\\\\b\\_\\%";
        return Stream.of(
                arguments("postgres", POSTGRES, FilterOperator.CONTAINS, raw, "t0.\"email\" LIKE $1", "%" + escaped + "%"),
                arguments("clickhouse", CLICKHOUSE, FilterOperator.CONTAINS, raw, "t0.`email` LIKE {p1:String}", "%" + escaped + "%"),
                arguments("trino", TRINO, FilterOperator.CONTAINS, raw, "t0.\"email\" LIKE ? ESCAPE '\\'", "%" + escaped + "%"),
                arguments("postgres", POSTGRES, FilterOperator.STARTS_WITH, raw, "t0.\"email\" LIKE $1", escaped + "%"),
                arguments("clickhouse", CLICKHOUSE, FilterOperator.STARTS_WITH, raw, "startsWith(t0.`email`, {p1:String})", raw),
                arguments("trino", TRINO, FilterOperator.STARTS_WITH, raw, "t0.\"email\" LIKE ? ESCAPE '\\'", escaped + "%"),
                arguments("postgres", POSTGRES, FilterOperator.ENDS_WITH, raw, "t0.\"email\" LIKE $1", "%" + escaped),
                arguments("clickhouse", CLICKHOUSE, FilterOperator.ENDS_WITH, raw, "endsWith(t0.`email`, {p1:String})", raw),
                arguments("trino", TRINO, FilterOperator.ENDS_WITH, raw, "t0.\"email\" LIKE ? ESCAPE '\\'", "%" + escaped),
                arguments("postgres", POSTGRES, FilterOperator.NOT_ICONTAINS, raw, "t0.\"email\" NOT ILIKE $1", "%" + escaped + "%"),
                arguments("clickhouse", CLICKHOUSE, FilterOperator.NOT_ICONTAINS, raw, "NOT ilike(t0.`email`, {p1:String})",
                        "%" + escaped + "%"),
                arguments("trino", TRINO, FilterOperator.NOT_ICONTAINS, raw, "lower(t0.\"email\") NOT LIKE lower(?) ESCAPE '\\'",
                        "%" + escaped + "%"),
                arguments("postgres", POSTGRES, FilterOperator.ISTARTS_WITH, raw, "t0.\"email\" ILIKE $1", escaped + "%"),
                arguments("clickhouse", CLICKHOUSE, FilterOperator.ISTARTS_WITH, raw, "ilike(t0.`email`, {p1:String})", escaped + "%"),
                arguments("trino", TRINO, FilterOperator.ISTARTS_WITH, raw, "lower(t0.\"email\") LIKE lower(?) ESCAPE '\\'", escaped + "%"),
                // the caller's own pattern is the caller's: bound as given, and Trino adds no escape character
                arguments("postgres", POSTGRES, FilterOperator.LIKE, "a\\_%", "t0.\"email\" LIKE $1", "a\\_%"),
                arguments("clickhouse", CLICKHOUSE, FilterOperator.LIKE, "a\\_%", "t0.`email` LIKE {p1:String}", "a\\_%"),
                arguments("trino", TRINO, FilterOperator.LIKE, "a\\_%", "t0.\"email\" LIKE ?", "a\\_%"));
    }

    @ParameterizedTest(name = "[{0}] {2} on a\\b_% renders {4}")
    @MethodSource("escaping")
    void backslashPercentAndUnderscoreMatchThemselves(String name, SqlDialect dialect, FilterOperator operator, String value,
            String condition, String param) {
        GeneratedSql sql = DialectTestSupport.generate(dialect,
                QueryDefinition.builder("users").columns("id").filter(QueryFilter.of("email", operator, value)).build());

        assertThat(sql.sql()).endsWith("WHERE " + condition);
        assertThat(sql.params()).containsExactly(param);
    }

    static Stream<Arguments> nullParams() {
        return Stream.of(
                arguments("postgres", POSTGRES, "t0.\"order_status\" = ANY($1::text[]) AND t0.\"c\" = $2",
                        Arrays.asList(Arrays.asList("active", null), null)),
                arguments("clickhouse", CLICKHOUSE, "t0.`order_status` IN tuple({p1:String}, {p2:Nullable(String)})"
                        + " AND t0.`c` = {p3:Nullable(Decimal(38, 0))}", Arrays.asList("active", null, null)),
                arguments("trino", TRINO, "t0.\"order_status\" IN (?, ?) AND t0.\"c\" = ?", Arrays.asList("active", null, null)));
    }

    @ParameterizedTest(name = "[{0}] NULL values are bound as NULL")
    @MethodSource("nullParams")
    void nullValuesAreBoundAsNull(String name, SqlDialect dialect, String where, List<Object> params) {
        SqlParts parts = selectWhere(
                new WhereCondition(DialectTestSupport.STATUS, ConditionOperator.IN, OptionalInt.of(0), ColumnType.STRING),
                new WhereCondition(new ColumnRef("t0", "c"), ConditionOperator.EQ, OptionalInt.of(1), ColumnType.DECIMAL));

        GeneratedSql sql = dialect.generate(parts, Arrays.asList(Arrays.asList("active", null), null));

        assertThat(sql.sql()).endsWith("WHERE " + where);
        assertThat(sql.params()).containsExactlyElementsOf(params);
    }

    static Stream<Arguments> trivialCounts() {
        return Stream.of(
                arguments("postgres", POSTGRES, "true", "false"),
                arguments("clickhouse", CLICKHOUSE, "1", "0"),
                arguments("trino", TRINO, "true", "false"));
    }

    @ParameterizedTest(name = "[{0}] count >= 0 is {2} and < 0 is {3}, without a subquery")
    @MethodSource("trivialCounts")
    void countsAgainstZeroThatCannotFailOrHoldNeedNoSubquery(String name, SqlDialect dialect, String always, String never) {
        GeneratedSql atLeastZero = DialectTestSupport.countedInvoices(dialect, ComparisonOperator.GE, 0);
        GeneratedSql belowZero = DialectTestSupport.countedInvoices(dialect, ComparisonOperator.LT, 0);

        assertThat(atLeastZero.sql()).endsWith("WHERE " + always);
        assertThat(belowZero.sql()).endsWith("WHERE " + never);
        assertThat(atLeastZero.params()).isEmpty();
        assertThat(belowZero.params()).isEmpty();
    }

    private static WhereCondition quantityEquals(int paramIndex) {
        return new WhereCondition(QUANTITY, ConditionOperator.EQ, OptionalInt.of(paramIndex), ColumnType.INT);
    }
}
