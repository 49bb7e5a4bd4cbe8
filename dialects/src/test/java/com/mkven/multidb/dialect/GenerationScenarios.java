package com.mkven.multidb.dialect;

import com.mkven.multidb.fixture.TestFixture;
import com.mkven.multidb.query.AggregationFn;
import com.mkven.multidb.query.ComparisonOperator;
import com.mkven.multidb.query.ExistsCount;
import com.mkven.multidb.query.FilterNode;
import com.mkven.multidb.query.FilterOperator;
import com.mkven.multidb.query.Freshness;
import com.mkven.multidb.query.JoinType;
import com.mkven.multidb.query.QueryAggregation;
import com.mkven.multidb.query.QueryColumnFilter;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.query.QueryExistsFilter;
import com.mkven.multidb.query.QueryFilter;
import com.mkven.multidb.query.QueryFilterGroup;
import com.mkven.multidb.query.QueryGroupBy;
import com.mkven.multidb.query.QueryJoin;
import com.mkven.multidb.query.QueryOrderBy;
import com.mkven.multidb.query.SortDirection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.mkven.multidb.dialect.Expectation.sql;
import static com.mkven.multidb.dialect.GenerationScenario.of;

/**
 * The SQL-generation scenarios of scenarios.md §6.1–§6.9 as data: one row per scenario with its definition and the
 * fragments and parameters each dialect must produce. {@link ScenarioSql} renders a row as the engine would;
 * {@code tck-tests} runs the same rows on the real engines. The fragments are the catalogue's, made exact where it
 * abbreviates or leaves a choice:
 * <ul>
 * <li>every dialect: {@code AS} spelled out, internal select aliases shown, {@code s}-aliases for subqueries (OP-2),
 * bound values instead of inline pattern literals (OP-17);</li>
 * <li>Postgres: the {@code ::uuid[]} cast on byIds (OP-5), HAVING on the aggregate rather than the alias (OP-1);</li>
 * <li>ClickHouse: every placeholder typed (OP-18), decimals as {@code Decimal(38, S)} with the value's scale and
 * timestamps as {@code DateTime64(6, 'UTC')} (OP-6, decisions.md §15), HAVING on the backticked alias (sql.md §4,
 * §5.2), the semi-join counted forms with their NULL guards (OP-8);</li>
 * <li>Trino: catalog-qualified tables as P3 renders them (sql.md §5.8), {@code CAST(? AS uuid)} for uuid values,
 * {@code ESCAPE '\'} on escaped patterns (OP-3), HAVING on the aggregate (OP-1), the semi-join counted forms.</li>
 * </ul>
 * ClickHouse and Trino parameters are the typed values those dialects bind ({@code BigDecimal}, {@code Instant},
 * {@code Long} counts), lists expanded into one value per placeholder.
 */
public final class GenerationScenarios {
    private static final String ORDERS = "\"public\".\"orders\" t0";
    private static final String JOIN_PRODUCTS = "LEFT JOIN \"public\".\"products\" t1 ON t0.\"product_id\" = t1.\"id\"";
    private static final String INVOICES_OF_ORDER = "FROM \"public\".\"invoices\" s1 WHERE s1.\"order_id\" = t0.\"id\"";

    private static final String CH_ORDERS = "`public`.`orders` t0";
    private static final String CH_JOIN_PRODUCTS = "LEFT JOIN `public`.`products` t1 ON t0.`product_id` = t1.`id`";
    private static final String CH_INVOICES_OF_ORDER = "FROM `public`.`invoices` s1 WHERE s1.`order_id` = t0.`id`";
    /** the type of a whole-number decimal value: Decimal(38, S) with S = the value's scale */
    private static final String DEC0 = "Decimal(38, 0)";
    private static final String DATETIME = "DateTime64(6, 'UTC')";

    private static final String TR_ORDERS = "\"pg_main\".\"public\".\"orders\" t0";
    /** Trino reads events through its ClickHouse view with tags as JSON text (TableMeta.trinoPhysicalName). */
    private static final String TR_EVENTS = "(SELECT \"id\", \"event_type\", \"user_id\", \"order_id\", \"payload\", "
            + "CAST(json_parse(\"tags\") AS array(varchar)) AS \"tags\", \"event_ts\" FROM \"ch_analytics\".\"trino\".\"events\")";
    private static final String TR_JOIN_PRODUCTS = "LEFT JOIN \"pg_main\".\"public\".\"products\" t1 ON t0.\"product_id\" = t1.\"id\"";
    private static final String TR_INVOICES_OF_ORDER = "FROM \"pg_tenant\".\"public\".\"invoices\" s1 WHERE s1.\"order_id\" = t0.\"id\"";
    private static final String ESCAPE = " ESCAPE '\\'";

    private GenerationScenarios() {}

    public static List<GenerationScenario> all() {
        return List.of(
                // §6.1 projection, DISTINCT, aggregation, GROUP BY
                of("20", "SUM with GROUP BY", from("orders").groupBy(by("status")).aggregation(agg(AggregationFn.SUM, "total", "totalSum")))
                        .postgres(sql("SUM(t0.\"total_amount\")", "GROUP BY t0.\"order_status\""))
                        .clickhouse(sql("SUM(t0.`total_amount`)", "GROUP BY t0.`order_status`"))
                        .trino(sql("SUM(t0.\"total_amount\")", "GROUP BY t0.\"order_status\"")),
                of("21", "GROUP BY a joined column", from("orders").join(join("products"))
                        .groupBy(by("products", "category")).aggregation(QueryAggregation.countAll("orderCount")))
                        .postgres(sql(JOIN_PRODUCTS + " … GROUP BY t1.\"category\""))
                        .clickhouse(sql(CH_JOIN_PRODUCTS + " … GROUP BY t1.`category`"))
                        .trino(sql(TR_JOIN_PRODUCTS + " … GROUP BY t1.\"category\"")),
                of("23", "DISTINCT", from("orders").distinct(true).columns("status"))
                        .postgres(sql("SELECT DISTINCT t0.\"order_status\" AS \"t0__order_status\" FROM " + ORDERS))
                        .clickhouse(sql("SELECT DISTINCT t0.`order_status` AS `t0__order_status` FROM " + CH_ORDERS))
                        .trino(sql("SELECT DISTINCT t0.\"order_status\" AS \"t0__order_status\" FROM " + TR_ORDERS)),
                of("83", "Aggregation-only (columns: [])", from("orders").columns(List.of()).aggregation(agg(AggregationFn.SUM, "total", "totalSum")))
                        .postgres(sql("SELECT SUM(t0.\"total_amount\") AS \"totalSum\" FROM " + ORDERS).without("GROUP BY", "t0__"))
                        .clickhouse(sql("SELECT SUM(t0.`total_amount`) AS `totalSum` FROM " + CH_ORDERS).without("GROUP BY", "t0__"))
                        .trino(sql("SELECT SUM(t0.\"total_amount\") AS \"totalSum\" FROM " + TR_ORDERS).without("GROUP BY", "t0__")),
                of("84", "columns omitted + aggregations", from("orders").groupBy(by("status")).aggregation(agg(AggregationFn.SUM, "total", "totalSum")))
                        .postgres(sql("SELECT t0.\"order_status\" AS \"t0__order_status\", SUM(t0.\"total_amount\") AS \"totalSum\" FROM " + ORDERS))
                        .clickhouse(sql("SELECT t0.`order_status` AS `t0__order_status`, SUM(t0.`total_amount`) AS `totalSum` FROM " + CH_ORDERS))
                        .trino(sql("SELECT t0.\"order_status\" AS \"t0__order_status\", SUM(t0.\"total_amount\") AS \"totalSum\" FROM " + TR_ORDERS)),
                of("85", "Join used only for grouping", from("orders").join(join("products", List.of()))
                        .groupBy(by("products", "category")).aggregation(QueryAggregation.countAll("orderCount")))
                        .postgres(sql("SELECT COUNT(*) AS \"orderCount\" FROM " + ORDERS, "GROUP BY t1.\"category\"")
                                .without("t1.\"category\" AS"))
                        .clickhouse(sql("SELECT COUNT(*) AS `orderCount` FROM " + CH_ORDERS, "GROUP BY t1.`category`")
                                .without("t1.`category` AS"))
                        .trino(sql("SELECT COUNT(*) AS \"orderCount\" FROM " + TR_ORDERS, "GROUP BY t1.\"category\"")
                                .without("t1.\"category\" AS")),
                of("93", "COUNT(*)", from("orders").aggregation(QueryAggregation.countAll("totalOrders")))
                        .postgres(sql("SELECT COUNT(*) AS \"totalOrders\" FROM " + ORDERS))
                        .clickhouse(sql("SELECT COUNT(*) AS `totalOrders` FROM " + CH_ORDERS))
                        .trino(sql("SELECT COUNT(*) AS \"totalOrders\" FROM " + TR_ORDERS)),
                of("102", "MIN / MAX keep source type", from("orders")
                        .aggregation(agg(AggregationFn.MIN, "createdAt", "earliest"), agg(AggregationFn.MAX, "createdAt", "latest")))
                        .postgres(sql("MIN(t0.\"created_at\") AS \"earliest\", MAX(t0.\"created_at\") AS \"latest\""))
                        .clickhouse(sql("MIN(t0.`created_at`) AS `earliest`, MAX(t0.`created_at`) AS `latest`"))
                        .trino(sql("MIN(t0.\"created_at\") AS \"earliest\", MAX(t0.\"created_at\") AS \"latest\"")),
                of("126", "Aggregate over joined column", from("orders").join(join("products"))
                        .aggregation(new QueryAggregation("price", Optional.of("products"), AggregationFn.SUM, "totalPrice")))
                        .postgres(sql("SELECT SUM(t1.\"price\") AS \"totalPrice\" FROM " + ORDERS + " " + JOIN_PRODUCTS))
                        .clickhouse(sql("SELECT SUM(t1.`price`) AS `totalPrice` FROM " + CH_ORDERS + " " + CH_JOIN_PRODUCTS))
                        .trino(sql("SELECT SUM(t1.\"price\") AS \"totalPrice\" FROM " + TR_ORDERS + " " + TR_JOIN_PRODUCTS)),
                of("129", "AVG", from("orders").aggregation(agg(AggregationFn.AVG, "total", "avgTotal")))
                        .postgres(sql("SELECT AVG(t0.\"total_amount\") AS \"avgTotal\""))
                        .clickhouse(sql("SELECT AVG(t0.`total_amount`) AS `avgTotal`"))
                        .trino(sql("SELECT AVG(t0.\"total_amount\") AS \"avgTotal\"")),
                of("163", "DISTINCT together with GROUP BY", from("orders").distinct(true).groupBy(by("status"))
                        .aggregation(agg(AggregationFn.SUM, "total", "totalSum")))
                        .postgres(sql("SELECT DISTINCT t0.\"order_status\" AS \"t0__order_status\", SUM(t0.\"total_amount\")",
                                "GROUP BY t0.\"order_status\""))
                        .clickhouse(sql("SELECT DISTINCT t0.`order_status` AS `t0__order_status`, SUM(t0.`total_amount`)",
                                "GROUP BY t0.`order_status`"))
                        .trino(sql("SELECT DISTINCT t0.\"order_status\" AS \"t0__order_status\", SUM(t0.\"total_amount\")",
                                "GROUP BY t0.\"order_status\"")),
                of("164", "SUM of an all-NULL column", from("orders").aggregation(agg(AggregationFn.SUM, "discount", "totalDiscount")))
                        .postgres(sql("SELECT SUM(t0.\"discount\") AS \"totalDiscount\""))
                        .clickhouse(sql("SELECT SUM(t0.`discount`) AS `totalDiscount`"))
                        .trino(sql("SELECT SUM(t0.\"discount\") AS \"totalDiscount\"")),
                of("166", "COUNT(column) skips NULLs", from("invoices").aggregation(agg(AggregationFn.COUNT, "orderId", "orderCount")))
                        .postgres(sql("SELECT COUNT(t0.\"order_id\") AS \"orderCount\" FROM \"public\".\"invoices\" t0"))
                        .clickhouse(sql("SELECT COUNT(t0.`order_id`) AS `orderCount` FROM `public`.`invoices` t0"))
                        .trino(sql("SELECT COUNT(t0.\"order_id\") AS \"orderCount\" FROM \"pg_tenant\".\"public\".\"invoices\" t0")),
                of("201", "COUNT over array column", from("events").aggregation(agg(AggregationFn.COUNT, "tags", "tagCount")))
                        .postgres(sql("SELECT COUNT(t0.\"tags\") AS \"tagCount\" FROM \"default\".\"events\" t0"))
                        .clickhouse(sql("SELECT COUNT(t0.`tags`) AS `tagCount` FROM `default`.`events` t0"))
                        .trino(sql("SELECT COUNT(t0.\"tags\") AS \"tagCount\" FROM " + TR_EVENTS + " t0")),
                of("202", "Array column in SELECT", from("products").columns("name", "labels"))
                        .postgres(sql("SELECT t0.\"name\" AS \"t0__name\", t0.\"labels\" AS \"t0__labels\" FROM \"public\".\"products\" t0"))
                        .clickhouse(sql("SELECT t0.`name` AS `t0__name`, t0.`labels` AS `t0__labels` FROM `public`.`products` t0"))
                        .trino(sql("SELECT t0.\"name\" AS \"t0__name\", t0.\"labels\" AS \"t0__labels\""
                                + " FROM \"pg_main\".\"public\".\"products\" t0")),

                // §6.2 HAVING and ordering
                of("22", "HAVING on an aggregate", byStatusSum().having(filter("totalSum", FilterOperator.GT, 100)))
                        .postgres(sql("HAVING SUM(t0.\"total_amount\") > $1").params(100))
                        .clickhouse(sql("HAVING `totalSum` > {p1:" + DEC0 + "}").params(dec("100")))
                        .trino(sql("HAVING SUM(t0.\"total_amount\") > ?").params(dec("100"))),
                of("24", "ORDER BY joined column", from("orders").join(join("products"))
                        .orderBy(new QueryOrderBy("category", Optional.of("products"), SortDirection.ASC)))
                        .postgres(sql("ORDER BY t1.\"category\" ASC"))
                        .clickhouse(sql("ORDER BY t1.`category` ASC"))
                        .trino(sql("ORDER BY t1.\"category\" ASC")),
                of("72", "Two HAVING conditions", byStatusSum().aggregation(QueryAggregation.countAll("orderCount"))
                        .having(filter("totalSum", FilterOperator.GT, 100), filter("orderCount", FilterOperator.GT, 5)))
                        .postgres(sql("HAVING SUM(t0.\"total_amount\") > $1 AND COUNT(*) > $2").params(100, 5))
                        .clickhouse(sql("HAVING `totalSum` > {p1:" + DEC0 + "} AND `orderCount` > {p2:Int32}").params(dec("100"), 5))
                        .trino(sql("HAVING SUM(t0.\"total_amount\") > ? AND COUNT(*) > ?").params(dec("100"), 5)),
                of("73", "OR group in HAVING", byStatusSum().aggregation(agg(AggregationFn.AVG, "total", "avgTotal"))
                        .having(QueryFilterGroup.or(filter("totalSum", FilterOperator.GT, 1000), filter("avgTotal", FilterOperator.GT, 200))))
                        .postgres(sql("HAVING (SUM(t0.\"total_amount\") > $1 OR AVG(t0.\"total_amount\") > $2)").params(1000, 200))
                        .clickhouse(sql("HAVING (`totalSum` > {p1:" + DEC0 + "} OR `avgTotal` > {p2:" + DEC0 + "})")
                                .params(dec("1000"), dec("200")))
                        .trino(sql("HAVING (SUM(t0.\"total_amount\") > ? OR AVG(t0.\"total_amount\") > ?)").params(dec("1000"), dec("200"))),
                of("77", "ORDER BY aggregation alias", byStatusSum().orderBy(QueryOrderBy.desc("totalSum")))
                        .postgres(sql("ORDER BY \"totalSum\" DESC"))
                        .clickhouse(sql("ORDER BY `totalSum` DESC"))
                        .trino(sql("ORDER BY \"totalSum\" DESC")),
                of("144", "Negated HAVING group", byStatusSum().aggregation(QueryAggregation.countAll("orderCount"))
                        .having(QueryFilterGroup.or(filter("totalSum", FilterOperator.GT, 100), filter("orderCount", FilterOperator.GT, 5)).negated()))
                        .postgres(sql("HAVING NOT (SUM(t0.\"total_amount\") > $1 OR COUNT(*) > $2)").params(100, 5))
                        .clickhouse(sql("HAVING NOT (`totalSum` > {p1:" + DEC0 + "} OR `orderCount` > {p2:Int32})").params(dec("100"), 5))
                        .trino(sql("HAVING NOT (SUM(t0.\"total_amount\") > ? OR COUNT(*) > ?)").params(dec("100"), 5)),
                of("155", "HAVING BETWEEN (HavingBetween)", byStatusSum().having(range("totalSum", FilterOperator.BETWEEN, 100, 500)))
                        .postgres(sql("HAVING SUM(t0.\"total_amount\") BETWEEN $1 AND $2").params(100, 500))
                        .clickhouse(sql("HAVING `totalSum` BETWEEN {p1:" + DEC0 + "} AND {p2:" + DEC0 + "}").params(dec("100"), dec("500")))
                        .trino(sql("HAVING SUM(t0.\"total_amount\") BETWEEN ? AND ?").params(dec("100"), dec("500"))),
                of("188", "HAVING NOT BETWEEN (HavingBetween, not: true)", byStatusSum().having(range("totalSum", FilterOperator.NOT_BETWEEN, 0, 10)))
                        .postgres(sql("HAVING SUM(t0.\"total_amount\") NOT BETWEEN $1 AND $2").params(0, 10))
                        .clickhouse(sql("HAVING NOT (`totalSum` BETWEEN {p1:" + DEC0 + "} AND {p2:" + DEC0 + "})").params(dec("0"), dec("10")))
                        .trino(sql("HAVING SUM(t0.\"total_amount\") NOT BETWEEN ? AND ?").params(dec("0"), dec("10"))),
                of("197", "isNull on an alias in HAVING", from("orders").groupBy(by("status"))
                        .aggregation(agg(AggregationFn.SUM, "discount", "discountSum"))
                        .having(QueryFilter.unary("discountSum", FilterOperator.IS_NULL)))
                        .postgres(sql("HAVING SUM(t0.\"discount\") IS NULL"))
                        .clickhouse(sql("HAVING `discountSum` IS NULL"))
                        .trino(sql("HAVING SUM(t0.\"discount\") IS NULL")),

                // §6.3 joins and table qualifiers
                of("69", "Filter declared on the join", from("orders").join(join("products", eq("category", "electronics"))))
                        .postgres(sql(JOIN_PRODUCTS + " WHERE t1.\"category\" = $1").params("electronics"))
                        .clickhouse(sql(CH_JOIN_PRODUCTS + " WHERE t1.`category` = {p1:String}").params("electronics"))
                        .trino(sql(TR_JOIN_PRODUCTS + " WHERE t1.\"category\" = ?").params("electronics")),
                of("91", "Default LEFT JOIN", from("orders").join(join("products")))
                        .postgres(sql(JOIN_PRODUCTS))
                        .clickhouse(sql(CH_JOIN_PRODUCTS))
                        .trino(sql(TR_JOIN_PRODUCTS)),
                // OP-16: catalogs exist only in Trino SQL; Postgres and ClickHouse render the same join without them
                of("92", "Catalog-qualified names", from("orders").join(join("events")).freshness(Freshness.REALTIME))
                        .postgres(sql("FROM " + ORDERS + " LEFT JOIN \"default\".\"events\" t1 ON t0.\"id\" = t1.\"order_id\"")
                                .without("pg_main", "ch_analytics"))
                        .clickhouse(sql("FROM " + CH_ORDERS + " LEFT JOIN `default`.`events` t1 ON t0.`id` = t1.`order_id`")
                                .without("pg_main", "ch_analytics"))
                        .trino(sql("FROM " + TR_ORDERS + " LEFT JOIN " + TR_EVENTS + " t1 ON t0.\"id\" = t1.\"order_id\"")),
                of("127", "Three tables", from("orders").join(join("products"), join("users")))
                        .postgres(sql(JOIN_PRODUCTS + " LEFT JOIN \"public\".\"users\" t2 ON t0.\"customer_id\" = t2.\"id\""))
                        .clickhouse(sql(CH_JOIN_PRODUCTS + " LEFT JOIN `public`.`users` t2 ON t0.`customer_id` = t2.`id`"))
                        .trino(sql(TR_JOIN_PRODUCTS + " LEFT JOIN \"pg_main\".\"public\".\"users\" t2 ON t0.\"customer_id\" = t2.\"id\"")),
                of("138", "Top-level filter on joined column", from("orders").join(join("products"))
                        .filter(QueryFilter.of("products", "category", FilterOperator.EQ, "electronics")))
                        .postgres(sql(JOIN_PRODUCTS + " WHERE t1.\"category\" = $1").params("electronics"))
                        .clickhouse(sql(CH_JOIN_PRODUCTS + " WHERE t1.`category` = {p1:String}").params("electronics"))
                        .trino(sql(TR_JOIN_PRODUCTS + " WHERE t1.\"category\" = ?").params("electronics")),
                of("142", "INNER JOIN", from("orders").join(new QueryJoin("products", Optional.of(JoinType.INNER), Optional.empty(), List.of())))
                        .postgres(sql("INNER JOIN \"public\".\"products\" t1 ON t0.\"product_id\" = t1.\"id\""))
                        .clickhouse(sql("INNER JOIN `public`.`products` t1 ON t0.`product_id` = t1.`id`"))
                        .trino(sql("INNER JOIN \"pg_main\".\"public\".\"products\" t1 ON t0.\"product_id\" = t1.\"id\"")),
                of("147", "Two joins, each filtered", from("orders")
                        .join(join("products", eq("category", "electronics")), join("users", eq("role", "admin"))))
                        .postgres(sql(JOIN_PRODUCTS + " LEFT JOIN \"public\".\"users\" t2 ON t0.\"customer_id\" = t2.\"id\""
                                + " WHERE t1.\"category\" = $1 AND t2.\"role\" = $2").params("electronics", "admin"))
                        .clickhouse(sql(CH_JOIN_PRODUCTS + " LEFT JOIN `public`.`users` t2 ON t0.`customer_id` = t2.`id`"
                                + " WHERE t1.`category` = {p1:String} AND t2.`role` = {p2:String}").params("electronics", "admin"))
                        .trino(sql(TR_JOIN_PRODUCTS + " LEFT JOIN \"pg_main\".\"public\".\"users\" t2 ON t0.\"customer_id\" = t2.\"id\""
                                + " WHERE t1.\"category\" = ? AND t2.\"role\" = ?").params("electronics", "admin")),
                of("148", "Qualifier naming the from table", from("orders").filter(QueryFilter.of("orders", "status", FilterOperator.EQ, "active")))
                        .postgres(sql("WHERE t0.\"order_status\" = $1").params("active"))
                        .clickhouse(sql("WHERE t0.`order_status` = {p1:String}").params("active"))
                        .trino(sql("WHERE t0.\"order_status\" = ?").params("active")),
                of("156", "byIds with a join (cache bypassed)", from("orders").byIds(TestFixture.id("O1"), TestFixture.id("O2")).join(join("products")))
                        .postgres(sql("SELECT … FROM " + ORDERS + " " + JOIN_PRODUCTS + " WHERE t0.\"id\" = ANY($1::uuid[])")
                                .params(List.of(TestFixture.id("O1"), TestFixture.id("O2"))))
                        .clickhouse(sql("SELECT … FROM " + CH_ORDERS + " " + CH_JOIN_PRODUCTS + " WHERE t0.`id` IN tuple({p1:UUID}, {p2:UUID})")
                                .params(TestFixture.id("O1"), TestFixture.id("O2")))
                        .trino(sql("SELECT … FROM " + TR_ORDERS + " " + TR_JOIN_PRODUCTS
                                + " WHERE t0.\"id\" IN (CAST(? AS uuid), CAST(? AS uuid))")
                                .params(TestFixture.id("O1"), TestFixture.id("O2"))),

                // §6.4 comparison, set, null and range filters
                of("45", "isNull", from("orders").filter(QueryFilter.unary("productId", FilterOperator.IS_NULL)))
                        .postgres(sql("WHERE t0.\"product_id\" IS NULL"))
                        .clickhouse(sql("WHERE t0.`product_id` IS NULL"))
                        .trino(sql("WHERE t0.\"product_id\" IS NULL")),
                of("66", "in on string", from("orders").filter(filter("status", FilterOperator.IN, List.of("active", "shipped"))))
                        .postgres(sql("t0.\"order_status\" = ANY($1::text[])").params(List.of("active", "shipped")))
                        .clickhouse(sql("t0.`order_status` IN tuple({p1:String}, {p2:String})").params("active", "shipped"))
                        .trino(sql("t0.\"order_status\" IN (?, ?)").params("active", "shipped")),
                of("67", "notIn on string", from("orders").filter(filter("status", FilterOperator.NOT_IN, List.of("cancelled"))))
                        .postgres(sql("t0.\"order_status\" <> ALL($1::text[])").params(List.of("cancelled")))
                        .clickhouse(sql("t0.`order_status` NOT IN tuple({p1:String})").params("cancelled"))
                        .trino(sql("t0.\"order_status\" NOT IN (?)").params("cancelled")),
                of("68", "isNotNull", from("orders").filter(QueryFilter.unary("productId", FilterOperator.IS_NOT_NULL)))
                        .postgres(sql("t0.\"product_id\" IS NOT NULL"))
                        .clickhouse(sql("t0.`product_id` IS NOT NULL"))
                        .trino(sql("t0.\"product_id\" IS NOT NULL")),
                // OP-15: 'abc' is no UUID; the seed tenant T1 keeps the row runnable
                of("90", "Plain SELECT + WHERE", from("orders").filter(eq("tenantId", TestFixture.id("T1"))))
                        .postgres(sql("FROM " + ORDERS + " WHERE t0.\"tenant_id\" = $1").without("JOIN", "GROUP BY")
                                .params(TestFixture.id("T1")))
                        .clickhouse(sql("FROM " + CH_ORDERS + " WHERE t0.`tenant_id` = {p1:UUID}").without("JOIN", "GROUP BY")
                                .params(TestFixture.id("T1")))
                        .trino(sql("FROM " + TR_ORDERS + " WHERE t0.\"tenant_id\" = CAST(? AS uuid)").without("JOIN", "GROUP BY")
                                .params(TestFixture.id("T1"))),
                of("94", "Placeholder style", from("orders").filter(eq("status", "active")))
                        .postgres(sql("t0.\"order_status\" = $1").params("active"))
                        .clickhouse(sql("t0.`order_status` = {p1:String}").params("active"))
                        .trino(sql("t0.\"order_status\" = ?").params("active")),
                of("99", "!=", from("orders").filter(filter("status", FilterOperator.NE, "cancelled")))
                        .postgres(sql("t0.\"order_status\" <> $1").params("cancelled"))
                        .clickhouse(sql("t0.`order_status` <> {p1:String}").params("cancelled"))
                        .trino(sql("t0.\"order_status\" <> ?").params("cancelled")),
                of("101", ">= and <=", from("orders").filter(filter("total", FilterOperator.GE, 100), filter("total", FilterOperator.LE, 500)))
                        .postgres(sql("t0.\"total_amount\" >= $1 AND t0.\"total_amount\" <= $2").params(100, 500))
                        .clickhouse(sql("t0.`total_amount` >= {p1:" + DEC0 + "} AND t0.`total_amount` <= {p2:" + DEC0 + "}")
                                .params(dec("100"), dec("500")))
                        .trino(sql("t0.\"total_amount\" >= ? AND t0.\"total_amount\" <= ?").params(dec("100"), dec("500"))),
                of("110", "between on decimal", from("orders").filter(range("total", FilterOperator.BETWEEN, 100, 500)))
                        .postgres(sql("t0.\"total_amount\" BETWEEN $1 AND $2").params(100, 500))
                        .clickhouse(sql("t0.`total_amount` BETWEEN {p1:" + DEC0 + "} AND {p2:" + DEC0 + "}").params(dec("100"), dec("500")))
                        .trino(sql("t0.\"total_amount\" BETWEEN ? AND ?").params(dec("100"), dec("500"))),
                of("128", "between on timestamp", from("orders").filter(range("createdAt", FilterOperator.BETWEEN, "2024-01-01", "2024-12-31")))
                        .postgres(sql("t0.\"created_at\" BETWEEN $1 AND $2").params("2024-01-01", "2024-12-31"))
                        .clickhouse(sql("t0.`created_at` BETWEEN {p1:" + DATETIME + "} AND {p2:" + DATETIME + "}")
                                .params(utc("2024-01-01T00:00:00Z"), utc("2024-12-31T00:00:00Z")))
                        .trino(sql("t0.\"created_at\" BETWEEN ? AND ?").params(utc("2024-01-01T00:00:00Z"), utc("2024-12-31T00:00:00Z"))),
                of("135", "notBetween", from("orders").filter(range("total", FilterOperator.NOT_BETWEEN, 0, 10)))
                        .postgres(sql("t0.\"total_amount\" NOT BETWEEN $1 AND $2").params(0, 10))
                        .clickhouse(sql("NOT (t0.`total_amount` BETWEEN {p1:" + DEC0 + "} AND {p2:" + DEC0 + "})").params(dec("0"), dec("10")))
                        .trino(sql("t0.\"total_amount\" NOT BETWEEN ? AND ?").params(dec("0"), dec("10"))),
                of("189", "= on boolean", from("orders").filter(eq("isPaid", true)))
                        .postgres(sql("t0.\"is_paid\" = $1").params(true))
                        .clickhouse(sql("t0.`is_paid` = {p1:Bool}").params(true))
                        .trino(sql("t0.\"is_paid\" = ?").params(true)),
                of("193", "between on int", from("orders").filter(range("quantity", FilterOperator.BETWEEN, 1, 10)))
                        .postgres(sql("t0.\"quantity\" BETWEEN $1 AND $2").params(1, 10))
                        .clickhouse(sql("t0.`quantity` BETWEEN {p1:Int32} AND {p2:Int32}").params(1, 10))
                        .trino(sql("t0.\"quantity\" BETWEEN ? AND ?").params(1, 10)),
                of("194", "in on int", from("orders").filter(filter("quantity", FilterOperator.IN, List.of(1, 5, 10))))
                        .postgres(sql("t0.\"quantity\" = ANY($1::integer[])").params(List.of(1, 5, 10)))
                        .clickhouse(sql("t0.`quantity` IN tuple({p1:Int32}, {p2:Int32}, {p3:Int32})").params(1, 5, 10))
                        .trino(sql("t0.\"quantity\" IN (?, ?, ?)").params(1, 5, 10)),

                // §6.5 pattern and fuzzy filters: LIKE-family values are bound, escaped and wrapped; ClickHouse
                // startsWith()/endsWith() take the raw value; Trino names the escape character of escaped patterns
                of("30", "ilike", from("users").filter(filter("email", FilterOperator.ILIKE, "%@example%")))
                        .postgres(sql("t0.\"email\" ILIKE $1").params("%@example%"))
                        .clickhouse(sql("ilike(t0.`email`, {p1:String})").params("%@example%"))
                        .trino(sql("lower(t0.\"email\") LIKE lower(?)").without("ESCAPE").params("%@example%")),
                of("74", "like (pattern passed as is)", from("orders").filter(filter("status", FilterOperator.LIKE, "act%")))
                        .postgres(sql("t0.\"order_status\" LIKE $1").params("act%"))
                        .clickhouse(sql("t0.`order_status` LIKE {p1:String}").params("act%"))
                        .trino(sql("t0.\"order_status\" LIKE ?").without("ESCAPE").params("act%")),
                of("75", "notLike", from("orders").filter(filter("status", FilterOperator.NOT_LIKE, "%cancel%")))
                        .postgres(sql("t0.\"order_status\" NOT LIKE $1").params("%cancel%"))
                        .clickhouse(sql("t0.`order_status` NOT LIKE {p1:String}").params("%cancel%"))
                        .trino(sql("t0.\"order_status\" NOT LIKE ?").without("ESCAPE").params("%cancel%")),
                of("100", "notIlike", from("users").filter(filter("email", FilterOperator.NOT_ILIKE, "%@test%")))
                        .postgres(sql("t0.\"email\" NOT ILIKE $1").params("%@test%"))
                        .clickhouse(sql("NOT ilike(t0.`email`, {p1:String})").params("%@test%"))
                        .trino(sql("lower(t0.\"email\") NOT LIKE lower(?)").without("ESCAPE").params("%@test%")),
                of("108", "levenshteinLte", from("users").filter(QueryFilter.levenshteinLte("lastName", "smith", 2)))
                        .postgres(sql("levenshtein(t0.\"last_name\", $1) <= $2").params("smith", 2))
                        .clickhouse(sql("editDistance(t0.`last_name`, {p1:String}) <= {p2:UInt32}").params("smith", 2))
                        .trino(sql("levenshtein_distance(t0.\"last_name\", ?) <= ?").params("smith", 2)),
                of("111", "contains", from("users").filter(filter("email", FilterOperator.CONTAINS, "example")))
                        .postgres(sql("t0.\"email\" LIKE $1").params("%example%"))
                        .clickhouse(sql("t0.`email` LIKE {p1:String}").params("%example%"))
                        .trino(sql("t0.\"email\" LIKE ?" + ESCAPE).params("%example%")),
                of("112", "icontains", from("users").filter(filter("email", FilterOperator.ICONTAINS, "EXAMPLE")))
                        .postgres(sql("t0.\"email\" ILIKE $1").params("%EXAMPLE%"))
                        .clickhouse(sql("ilike(t0.`email`, {p1:String})").params("%EXAMPLE%"))
                        .trino(sql("lower(t0.\"email\") LIKE lower(?)" + ESCAPE).params("%EXAMPLE%")),
                of("113", "startsWith", from("users").filter(filter("email", FilterOperator.STARTS_WITH, "admin")))
                        .postgres(sql("t0.\"email\" LIKE $1").params("admin%"))
                        .clickhouse(sql("startsWith(t0.`email`, {p1:String})").params("admin"))
                        .trino(sql("t0.\"email\" LIKE ?" + ESCAPE).params("admin%")),
                of("114", "istartsWith", from("users").filter(filter("email", FilterOperator.ISTARTS_WITH, "ADMIN")))
                        .postgres(sql("t0.\"email\" ILIKE $1").params("ADMIN%"))
                        .clickhouse(sql("ilike(t0.`email`, {p1:String})").params("ADMIN%"))
                        .trino(sql("lower(t0.\"email\") LIKE lower(?)" + ESCAPE).params("ADMIN%")),
                of("125", "% escaped in contains", from("users").filter(filter("email", FilterOperator.CONTAINS, "test%user")))
                        .postgres(sql("t0.\"email\" LIKE $1").params("%test\\%user%"))
                        .clickhouse(sql("t0.`email` LIKE {p1:String}").params("%test\\%user%"))
                        .trino(sql("t0.\"email\" LIKE ?" + ESCAPE).params("%test\\%user%")),
                of("133", "endsWith", from("users").filter(filter("email", FilterOperator.ENDS_WITH, "@example.com")))
                        .postgres(sql("t0.\"email\" LIKE $1").params("%@example.com"))
                        .clickhouse(sql("endsWith(t0.`email`, {p1:String})").params("@example.com"))
                        .trino(sql("t0.\"email\" LIKE ?" + ESCAPE).params("%@example.com")),
                of("134", "iendsWith", from("users").filter(filter("email", FilterOperator.IENDS_WITH, "@EXAMPLE.COM")))
                        .postgres(sql("t0.\"email\" ILIKE $1").params("%@EXAMPLE.COM"))
                        .clickhouse(sql("ilike(t0.`email`, {p1:String})").params("%@EXAMPLE.COM"))
                        .trino(sql("lower(t0.\"email\") LIKE lower(?)" + ESCAPE).params("%@EXAMPLE.COM")),
                of("136", "notContains", from("users").filter(filter("email", FilterOperator.NOT_CONTAINS, "spam")))
                        .postgres(sql("t0.\"email\" NOT LIKE $1").params("%spam%"))
                        .clickhouse(sql("t0.`email` NOT LIKE {p1:String}").params("%spam%"))
                        .trino(sql("t0.\"email\" NOT LIKE ?" + ESCAPE).params("%spam%")),
                of("137", "notIcontains", from("users").filter(filter("email", FilterOperator.NOT_ICONTAINS, "SPAM")))
                        .postgres(sql("t0.\"email\" NOT ILIKE $1").params("%SPAM%"))
                        .clickhouse(sql("NOT ilike(t0.`email`, {p1:String})").params("%SPAM%"))
                        .trino(sql("lower(t0.\"email\") NOT LIKE lower(?)" + ESCAPE).params("%SPAM%")),
                of("149", "% escaped in endsWith", from("users").filter(filter("email", FilterOperator.ENDS_WITH, "100%off")))
                        .postgres(sql("t0.\"email\" LIKE $1").params("%100\\%off"))
                        .clickhouse(sql("endsWith(t0.`email`, {p1:String})").params("100%off"))
                        .trino(sql("t0.\"email\" LIKE ?" + ESCAPE).params("%100\\%off")),
                of("196", "_ escaped in contains", from("users").filter(filter("email", FilterOperator.CONTAINS, "test_user")))
                        .postgres(sql("t0.\"email\" LIKE $1").params("%test\\_user%"))
                        .clickhouse(sql("t0.`email` LIKE {p1:String}").params("%test\\_user%"))
                        .trino(sql("t0.\"email\" LIKE ?" + ESCAPE).params("%test\\_user%")),

                // §6.6 column versus column
                of("115", "Same-table column compare", from("orders").filter(QueryColumnFilter.of("total", ComparisonOperator.GT, "discount")))
                        .postgres(sql("WHERE t0.\"total_amount\" > t0.\"discount\""))
                        .clickhouse(sql("WHERE t0.`total_amount` > t0.`discount`"))
                        .trino(sql("WHERE t0.\"total_amount\" > t0.\"discount\"")),
                of("124", "Cross-table column compare", from("orders").join(join("products"))
                        .filter(new QueryColumnFilter("total", Optional.empty(), ComparisonOperator.GT, "price", Optional.of("products"))))
                        .postgres(sql("WHERE t0.\"total_amount\" > t1.\"price\""))
                        .clickhouse(sql("WHERE t0.`total_amount` > t1.`price`"))
                        .trino(sql("WHERE t0.\"total_amount\" > t1.\"price\"")),

                // §6.7 filter groups
                of("28", "OR group", from("orders").filter(QueryFilterGroup.or(eq("status", "active"), filter("total", FilterOperator.GT, 100))))
                        .postgres(sql("WHERE (t0.\"order_status\" = $1 OR t0.\"total_amount\" > $2)").params("active", 100))
                        .clickhouse(sql("WHERE (t0.`order_status` = {p1:String} OR t0.`total_amount` > {p2:" + DEC0 + "})")
                                .params("active", dec("100")))
                        .trino(sql("WHERE (t0.\"order_status\" = ? OR t0.\"total_amount\" > ?)").params("active", dec("100"))),
                of("29", "Negated group", from("orders").filter(QueryFilterGroup.and(eq("status", "cancelled"), eq("total", 0)).negated()))
                        .postgres(sql("WHERE NOT (t0.\"order_status\" = $1 AND t0.\"total_amount\" = $2)").params("cancelled", 0))
                        .clickhouse(sql("WHERE NOT (t0.`order_status` = {p1:String} AND t0.`total_amount` = {p2:" + DEC0 + "})")
                                .params("cancelled", dec("0")))
                        .trino(sql("WHERE NOT (t0.\"order_status\" = ? AND t0.\"total_amount\" = ?)").params("cancelled", dec("0"))),
                of("70", "Three nesting levels", from("orders").filter(QueryFilterGroup.or(eq("status", "active"),
                        QueryFilterGroup.and(filter("total", FilterOperator.GT, 100),
                                QueryFilterGroup.or(filter("quantity", FilterOperator.GE, 5), eq("isPaid", true))))))
                        .postgres(sql("WHERE (t0.\"order_status\" = $1 OR (t0.\"total_amount\" > $2"
                                + " AND (t0.\"quantity\" >= $3 OR t0.\"is_paid\" = $4)))").params("active", 100, 5, true))
                        .clickhouse(sql("WHERE (t0.`order_status` = {p1:String} OR (t0.`total_amount` > {p2:" + DEC0 + "}"
                                + " AND (t0.`quantity` >= {p3:Int32} OR t0.`is_paid` = {p4:Bool})))").params("active", dec("100"), 5, true))
                        .trino(sql("WHERE (t0.\"order_status\" = ? OR (t0.\"total_amount\" > ?"
                                + " AND (t0.\"quantity\" >= ? OR t0.\"is_paid\" = ?)))").params("active", dec("100"), 5, true)),
                of("71", "Condition + group + EXISTS at top level", from("orders").filter(eq("status", "active"),
                        QueryFilterGroup.or(filter("total", FilterOperator.GT, 100), filter("quantity", FilterOperator.GE, 5)),
                        QueryExistsFilter.exists("invoices")))
                        .postgres(sql("WHERE t0.\"order_status\" = $1 AND (t0.\"total_amount\" > $2 OR t0.\"quantity\" >= $3)"
                                + " AND EXISTS (SELECT 1 " + INVOICES_OF_ORDER + ")").params("active", 100, 5))
                        .clickhouse(sql("WHERE t0.`order_status` = {p1:String} AND (t0.`total_amount` > {p2:" + DEC0 + "}"
                                + " OR t0.`quantity` >= {p3:Int32}) AND EXISTS (SELECT 1 " + CH_INVOICES_OF_ORDER + ")")
                                .params("active", dec("100"), 5))
                        .trino(sql("WHERE t0.\"order_status\" = ? AND (t0.\"total_amount\" > ? OR t0.\"quantity\" >= ?)"
                                + " AND EXISTS (SELECT 1 " + TR_INVOICES_OF_ORDER + ")").params("active", dec("100"), 5)),

                // §6.8 EXISTS and counted subqueries
                of("25", "EXISTS with inner filter", from("orders").filter(QueryExistsFilter.exists("invoices", eq("status", "paid"))))
                        .postgres(sql("EXISTS (SELECT 1 " + INVOICES_OF_ORDER + " AND s1.\"status\" = $1)").params("paid"))
                        .clickhouse(sql("EXISTS (SELECT 1 " + CH_INVOICES_OF_ORDER + " AND s1.`status` = {p1:String})").params("paid"))
                        .trino(sql("EXISTS (SELECT 1 " + TR_INVOICES_OF_ORDER + " AND s1.\"status\" = ?)").params("paid")),
                of("26", "NOT EXISTS", from("users").filter(QueryExistsFilter.notExists("orders")))
                        .postgres(sql("NOT EXISTS (SELECT 1 FROM \"public\".\"orders\" s1 WHERE s1.\"customer_id\" = t0.\"id\")"))
                        .clickhouse(sql("NOT EXISTS (SELECT 1 FROM `public`.`orders` s1 WHERE s1.`customer_id` = t0.`id`)"))
                        .trino(sql("NOT EXISTS (SELECT 1 FROM \"pg_main\".\"public\".\"orders\" s1 WHERE s1.\"customer_id\" = t0.\"id\")")),
                of("27", "EXISTS inside an OR group", from("orders").filter(QueryFilterGroup.or(eq("status", "active"), QueryExistsFilter.exists("invoices"))))
                        .postgres(sql("(t0.\"order_status\" = $1 OR EXISTS (SELECT 1 " + INVOICES_OF_ORDER + "))").params("active"))
                        .clickhouse(sql("(t0.`order_status` = {p1:String} OR EXISTS (SELECT 1 " + CH_INVOICES_OF_ORDER + "))").params("active"))
                        .trino(sql("(t0.\"order_status\" = ? OR EXISTS (SELECT 1 " + TR_INVOICES_OF_ORDER + "))").params("active")),
                of("157", "exists: false ignored when count present", from("orders").filter(new QueryExistsFilter(Optional.of(false), "invoices",
                        List.of(), Optional.of(ExistsCount.of(ComparisonOperator.GE, 3)))))
                        .postgres(sql("WHERE (SELECT COUNT(*) FROM (SELECT 1 " + INVOICES_OF_ORDER + " LIMIT 3) AS c) >= $1")
                                .without("EXISTS").params(3L))
                        .clickhouse(sql("WHERE t0.`id` IN (SELECT s1.`order_id` FROM `public`.`invoices` s1 WHERE s1.`order_id` IS NOT NULL"
                                + " GROUP BY s1.`order_id` HAVING COUNT(*) >= {p1:UInt64})").without("EXISTS").params(3L))
                        .trino(sql("WHERE t0.\"id\" IN (SELECT s1.\"order_id\" FROM \"pg_tenant\".\"public\".\"invoices\" s1"
                                + " WHERE s1.\"order_id\" IS NOT NULL GROUP BY s1.\"order_id\" HAVING COUNT(*) >= ?)").without("EXISTS").params(3L)),
                of("160", "Counted EXISTS >=", from("orders").filter(QueryExistsFilter.counted("invoices", ExistsCount.of(ComparisonOperator.GE, 3))))
                        .postgres(sql("(SELECT COUNT(*) FROM (SELECT 1 " + INVOICES_OF_ORDER + " LIMIT 3) AS c) >= $1").params(3L))
                        .clickhouse(sql("t0.`id` IN (SELECT s1.`order_id` … GROUP BY s1.`order_id` HAVING COUNT(*) >= {p1:UInt64})",
                                "WHERE s1.`order_id` IS NOT NULL").params(3L))
                        .trino(sql("t0.\"id\" IN (SELECT s1.\"order_id\" … GROUP BY s1.\"order_id\" HAVING COUNT(*) >= ?)",
                                "WHERE s1.\"order_id\" IS NOT NULL").params(3L)),
                of("161", "Counted = with inner filter", from("orders")
                        .filter(QueryExistsFilter.counted("invoices", ExistsCount.of(ComparisonOperator.EQ, 2), eq("status", "paid"))))
                        .postgres(sql("(SELECT COUNT(*) " + INVOICES_OF_ORDER + " AND s1.\"status\" = $1) = $2").params("paid", 2L))
                        // ClickHouse miscounts the correlated form: = is a semi-join there too (ClickHouseRenderer)
                        .clickhouse(sql("WHERE t0.`id` IN (SELECT s1.`order_id` FROM `public`.`invoices` s1 WHERE s1.`order_id` IS NOT NULL"
                                + " AND s1.`status` = {p1:String} GROUP BY s1.`order_id` HAVING COUNT(*) = {p2:UInt64})").params("paid", 2L))
                        .trino(sql("(SELECT COUNT(*) " + TR_INVOICES_OF_ORDER + " AND s1.\"status\" = ?) = ?").params("paid", 2L)),
                of("162", "exists omitted defaults to true", from("orders").filter(QueryExistsFilter.exists("invoices")))
                        .postgres(sql("WHERE EXISTS (SELECT 1 FROM …").without("NOT EXISTS"))
                        .clickhouse(sql("WHERE EXISTS (SELECT 1 FROM …").without("NOT EXISTS"))
                        .trino(sql("WHERE EXISTS (SELECT 1 FROM …").without("NOT EXISTS")),
                of("227", "Valid nested EXISTS", from("orders").filter(QueryExistsFilter.exists("invoices", QueryExistsFilter.exists("tenants"))))
                        .postgres(sql("EXISTS (SELECT 1 " + INVOICES_OF_ORDER + " AND EXISTS (SELECT 1 FROM \"public\".\"tenants\" s2"
                                + " WHERE s2.\"id\" = s1.\"tenant_id\"))"))
                        .clickhouse(sql("EXISTS (SELECT 1 " + CH_INVOICES_OF_ORDER + " AND EXISTS (SELECT 1 FROM `public`.`tenants` s2"
                                + " WHERE s2.`id` = s1.`tenant_id`))"))
                        .trino(sql("EXISTS (SELECT 1 " + TR_INVOICES_OF_ORDER + " AND EXISTS (SELECT 1 FROM \"pg_tenant\".\"public\".\"tenants\" s2"
                                + " WHERE s2.\"id\" = s1.\"tenant_id\"))")),

                // §6.9 array operators: ClickHouse and Trino expand the list into one placeholder per element
                of("181", "arrayContains on string[]", from("events").filter(filter("tags", FilterOperator.ARRAY_CONTAINS, "urgent")))
                        .postgres(sql("$1::text = ANY(t0.\"tags\")").params("urgent"))
                        .clickhouse(sql("has(t0.`tags`, {p1:String})").params("urgent"))
                        .trino(sql("contains(t0.\"tags\", ?)").params("urgent")),
                of("182", "arrayContainsAll", from("products").filter(filter("labels", FilterOperator.ARRAY_CONTAINS_ALL, List.of("sale", "new"))))
                        .postgres(sql("t0.\"labels\" @> $1::text[]").params(List.of("sale", "new")))
                        .clickhouse(sql("hasAll(t0.`labels`, [{p1:String}, {p2:String}])").params("sale", "new"))
                        .trino(sql("cardinality(array_except(ARRAY[?,?], t0.\"labels\")) = 0").params("sale", "new")),
                of("183", "arrayContainsAny", from("products").filter(filter("labels", FilterOperator.ARRAY_CONTAINS_ANY, List.of("sale", "clearance"))))
                        .postgres(sql("t0.\"labels\" && $1::text[]").params(List.of("sale", "clearance")))
                        .clickhouse(sql("hasAny(t0.`labels`, [{p1:String}, {p2:String}])").params("sale", "clearance"))
                        .trino(sql("arrays_overlap(t0.\"labels\", ARRAY[?,?])").params("sale", "clearance")),
                of("184", "arrayIsEmpty", from("events").filter(QueryFilter.unary("tags", FilterOperator.ARRAY_IS_EMPTY)))
                        .postgres(sql("cardinality(t0.\"tags\") = 0"))
                        .clickhouse(sql("empty(t0.`tags`)"))
                        .trino(sql("cardinality(t0.\"tags\") = 0")),
                of("185", "arrayIsNotEmpty", from("products").filter(QueryFilter.unary("labels", FilterOperator.ARRAY_IS_NOT_EMPTY)))
                        .postgres(sql("cardinality(t0.\"labels\") > 0"))
                        .clickhouse(sql("notEmpty(t0.`labels`)"))
                        .trino(sql("cardinality(t0.\"labels\") > 0")),
                of("186", "isNull on array column", from("events").filter(QueryFilter.unary("tags", FilterOperator.IS_NULL)))
                        .postgres(sql("t0.\"tags\" IS NULL"))
                        .clickhouse(sql("t0.`tags` IS NULL"))
                        .trino(sql("t0.\"tags\" IS NULL")),
                of("200", "isNotNull on array column", from("events").filter(QueryFilter.unary("tags", FilterOperator.IS_NOT_NULL)))
                        .postgres(sql("t0.\"tags\" IS NOT NULL"))
                        .clickhouse(sql("t0.`tags` IS NOT NULL"))
                        .trino(sql("t0.\"tags\" IS NOT NULL")),
                of("203", "arrayContains on int[]", from("orders").filter(filter("priorities", FilterOperator.ARRAY_CONTAINS, 1)))
                        .postgres(sql("$1::integer = ANY(t0.\"priorities\")").params(1))
                        .clickhouse(sql("has(t0.`priorities`, {p1:Int32})").params(1))
                        .trino(sql("contains(t0.\"priorities\", ?)").params(1)),
                of("204", "arrayContainsAll on int[]", from("orders").filter(filter("priorities", FilterOperator.ARRAY_CONTAINS_ALL, List.of(1, 2, 3))))
                        .postgres(sql("t0.\"priorities\" @> $1::integer[]").params(List.of(1, 2, 3)))
                        .clickhouse(sql("hasAll(t0.`priorities`, [{p1:Int32}, {p2:Int32}, {p3:Int32}])").params(1, 2, 3))
                        .trino(sql("cardinality(array_except(ARRAY[?,?,?], t0.\"priorities\")) = 0").params(1, 2, 3)),
                of("205", "Array filter inside AND group", from("products").filter(QueryFilterGroup.and(
                        filter("labels", FilterOperator.ARRAY_CONTAINS_ANY, List.of("sale")), filter("price", FilterOperator.GT, 10))))
                        .postgres(sql("(t0.\"labels\" && $1::text[] AND t0.\"price\" > $2)").params(List.of("sale"), 10))
                        .clickhouse(sql("(hasAny(t0.`labels`, [{p1:String}]) AND t0.`price` > {p2:" + DEC0 + "})").params("sale", dec("10")))
                        .trino(sql("(arrays_overlap(t0.\"labels\", ARRAY[?]) AND t0.\"price\" > ?)").params("sale", dec("10"))),
                of("206", "Array filter on joined table", from("orders").join(join("products"))
                        .filter(QueryFilter.of("products", "labels", FilterOperator.ARRAY_CONTAINS_ANY, List.of("sale"))))
                        .postgres(sql("t1.\"labels\" && $1::text[]").params(List.of("sale")))
                        .clickhouse(sql("hasAny(t1.`labels`, [{p1:String}])").params("sale"))
                        .trino(sql("arrays_overlap(t1.\"labels\", ARRAY[?])").params("sale")),
                of("207", "arrayContainsAll with one element", from("products").filter(filter("labels", FilterOperator.ARRAY_CONTAINS_ALL, List.of("sale"))))
                        .postgres(sql("t0.\"labels\" @> $1::text[]").params(List.of("sale")))
                        .clickhouse(sql("hasAll(t0.`labels`, [{p1:String}])").params("sale"))
                        .trino(sql("cardinality(array_except(ARRAY[?], t0.\"labels\")) = 0").params("sale")));
    }

    private static QueryDefinition.Builder from(String table) {
        return QueryDefinition.builder(table);
    }

    /** orders grouped by status with {@code SUM(total) AS totalSum}, the base of the HAVING rows. */
    private static QueryDefinition.Builder byStatusSum() {
        return from("orders").groupBy(by("status")).aggregation(agg(AggregationFn.SUM, "total", "totalSum"));
    }

    private static QueryGroupBy by(String column) {
        return QueryGroupBy.of(column);
    }

    private static QueryGroupBy by(String table, String column) {
        return new QueryGroupBy(column, Optional.of(table));
    }

    private static QueryAggregation agg(AggregationFn fn, String column, String alias) {
        return QueryAggregation.of(fn, column, alias);
    }

    private static QueryJoin join(String table, FilterNode... filters) {
        return new QueryJoin(table, Optional.empty(), Optional.empty(), List.of(filters));
    }

    private static QueryJoin join(String table, List<String> columns) {
        return new QueryJoin(table, Optional.empty(), Optional.of(columns), List.of());
    }

    private static QueryFilter eq(String column, Object value) {
        return QueryFilter.of(column, FilterOperator.EQ, value);
    }

    private static QueryFilter filter(String column, FilterOperator operator, Object value) {
        return QueryFilter.of(column, operator, value);
    }

    private static QueryFilter range(String column, FilterOperator operator, Object from, Object to) {
        Map<String, Object> bounds = new LinkedHashMap<>();
        bounds.put("from", from);
        bounds.put("to", to);
        return QueryFilter.of(column, operator, bounds);
    }

    /** A decimal parameter as ClickHouse and Trino bind it. */
    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    /** A timestamp parameter as ClickHouse and Trino bind it. */
    private static Instant utc(String value) {
        return Instant.parse(value);
    }
}
