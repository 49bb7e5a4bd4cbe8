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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.mkven.multidb.dialect.Expectation.sql;
import static com.mkven.multidb.dialect.GenerationScenario.of;

/**
 * The SQL-generation scenarios of scenarios.md §6.1–§6.9 as data: one row per scenario, with its definition and the
 * fragments each dialect must produce. Postgres fragments are the spec's, made exact where the spec abbreviates:
 * {@code AS} spelled out, internal select aliases shown, {@code s}-aliases for subqueries (OP-2), the {@code ::uuid[]}
 * cast on byIds (OP-5), HAVING on the aggregate rather than the alias (OP-1), LIKE patterns as bound values (OP-17).
 * ClickHouse and Trino expectations join as further {@code .clickhouse(…)} / {@code .trino(…)} columns.
 */
final class GenerationScenarios {
    private static final String ORDERS = "\"public\".\"orders\" t0";
    private static final String JOIN_PRODUCTS = "LEFT JOIN \"public\".\"products\" t1 ON t0.\"product_id\" = t1.\"id\"";
    private static final String INVOICES_OF_ORDER = "FROM \"public\".\"invoices\" s1 WHERE s1.\"order_id\" = t0.\"id\"";

    private GenerationScenarios() {}

    static List<GenerationScenario> all() {
        return List.of(
                // §6.1 projection, DISTINCT, aggregation, GROUP BY
                of("20", "SUM with GROUP BY", from("orders").groupBy(by("status")).aggregation(agg(AggregationFn.SUM, "total", "totalSum")))
                        .postgres(sql("SUM(t0.\"total_amount\")", "GROUP BY t0.\"order_status\"")),
                of("21", "GROUP BY a joined column", from("orders").join(join("products"))
                        .groupBy(by("products", "category")).aggregation(QueryAggregation.countAll("orderCount")))
                        .postgres(sql(JOIN_PRODUCTS + " … GROUP BY t1.\"category\"")),
                of("23", "DISTINCT", from("orders").distinct(true).columns("status"))
                        .postgres(sql("SELECT DISTINCT t0.\"order_status\" AS \"t0__order_status\" FROM " + ORDERS)),
                of("83", "Aggregation-only (columns: [])", from("orders").columns(List.of()).aggregation(agg(AggregationFn.SUM, "total", "totalSum")))
                        .postgres(sql("SELECT SUM(t0.\"total_amount\") AS \"totalSum\" FROM " + ORDERS).without("GROUP BY", "t0__")),
                of("84", "columns omitted + aggregations", from("orders").groupBy(by("status")).aggregation(agg(AggregationFn.SUM, "total", "totalSum")))
                        .postgres(sql("SELECT t0.\"order_status\" AS \"t0__order_status\", SUM(t0.\"total_amount\") AS \"totalSum\" FROM " + ORDERS)),
                of("85", "Join used only for grouping", from("orders").join(join("products", List.of()))
                        .groupBy(by("products", "category")).aggregation(QueryAggregation.countAll("orderCount")))
                        .postgres(sql("SELECT COUNT(*) AS \"orderCount\" FROM " + ORDERS, "GROUP BY t1.\"category\"")
                                .without("t1.\"category\" AS")),
                of("93", "COUNT(*)", from("orders").aggregation(QueryAggregation.countAll("totalOrders")))
                        .postgres(sql("SELECT COUNT(*) AS \"totalOrders\" FROM " + ORDERS)),
                of("102", "MIN / MAX keep source type", from("orders")
                        .aggregation(agg(AggregationFn.MIN, "createdAt", "earliest"), agg(AggregationFn.MAX, "createdAt", "latest")))
                        .postgres(sql("MIN(t0.\"created_at\") AS \"earliest\", MAX(t0.\"created_at\") AS \"latest\"")),
                of("126", "Aggregate over joined column", from("orders").join(join("products"))
                        .aggregation(new QueryAggregation("price", Optional.of("products"), AggregationFn.SUM, "totalPrice")))
                        .postgres(sql("SELECT SUM(t1.\"price\") AS \"totalPrice\" FROM " + ORDERS + " " + JOIN_PRODUCTS)),
                of("129", "AVG", from("orders").aggregation(agg(AggregationFn.AVG, "total", "avgTotal")))
                        .postgres(sql("SELECT AVG(t0.\"total_amount\") AS \"avgTotal\"")),
                of("163", "DISTINCT together with GROUP BY", from("orders").distinct(true).groupBy(by("status"))
                        .aggregation(agg(AggregationFn.SUM, "total", "totalSum")))
                        .postgres(sql("SELECT DISTINCT t0.\"order_status\" AS \"t0__order_status\", SUM(t0.\"total_amount\")",
                                "GROUP BY t0.\"order_status\"")),
                of("164", "SUM of an all-NULL column", from("orders").aggregation(agg(AggregationFn.SUM, "discount", "totalDiscount")))
                        .postgres(sql("SELECT SUM(t0.\"discount\") AS \"totalDiscount\"")),
                of("166", "COUNT(column) skips NULLs", from("invoices").aggregation(agg(AggregationFn.COUNT, "orderId", "orderCount")))
                        .postgres(sql("SELECT COUNT(t0.\"order_id\") AS \"orderCount\" FROM \"public\".\"invoices\" t0")),
                of("201", "COUNT over array column", from("events").aggregation(agg(AggregationFn.COUNT, "tags", "tagCount")))
                        .postgres(sql("SELECT COUNT(t0.\"tags\") AS \"tagCount\" FROM \"default\".\"events\" t0")),
                of("202", "Array column in SELECT", from("products").columns("name", "labels"))
                        .postgres(sql("SELECT t0.\"name\" AS \"t0__name\", t0.\"labels\" AS \"t0__labels\" FROM \"public\".\"products\" t0")),

                // §6.2 HAVING and ordering
                of("22", "HAVING on an aggregate", byStatusSum().having(filter("totalSum", FilterOperator.GT, 100)))
                        .postgres(sql("HAVING SUM(t0.\"total_amount\") > $1").params(100)),
                of("24", "ORDER BY joined column", from("orders").join(join("products"))
                        .orderBy(new QueryOrderBy("category", Optional.of("products"), SortDirection.ASC)))
                        .postgres(sql("ORDER BY t1.\"category\" ASC")),
                of("72", "Two HAVING conditions", byStatusSum().aggregation(QueryAggregation.countAll("orderCount"))
                        .having(filter("totalSum", FilterOperator.GT, 100), filter("orderCount", FilterOperator.GT, 5)))
                        .postgres(sql("HAVING SUM(t0.\"total_amount\") > $1 AND COUNT(*) > $2").params(100, 5)),
                of("73", "OR group in HAVING", byStatusSum().aggregation(agg(AggregationFn.AVG, "total", "avgTotal"))
                        .having(QueryFilterGroup.or(filter("totalSum", FilterOperator.GT, 1000), filter("avgTotal", FilterOperator.GT, 200))))
                        .postgres(sql("HAVING (SUM(t0.\"total_amount\") > $1 OR AVG(t0.\"total_amount\") > $2)").params(1000, 200)),
                of("77", "ORDER BY aggregation alias", byStatusSum().orderBy(QueryOrderBy.desc("totalSum")))
                        .postgres(sql("ORDER BY \"totalSum\" DESC")),
                of("144", "Negated HAVING group", byStatusSum().aggregation(QueryAggregation.countAll("orderCount"))
                        .having(QueryFilterGroup.or(filter("totalSum", FilterOperator.GT, 100), filter("orderCount", FilterOperator.GT, 5)).negated()))
                        .postgres(sql("HAVING NOT (SUM(t0.\"total_amount\") > $1 OR COUNT(*) > $2)").params(100, 5)),
                of("155", "HAVING BETWEEN (HavingBetween)", byStatusSum().having(range("totalSum", FilterOperator.BETWEEN, 100, 500)))
                        .postgres(sql("HAVING SUM(t0.\"total_amount\") BETWEEN $1 AND $2").params(100, 500)),
                of("188", "HAVING NOT BETWEEN (HavingBetween, not: true)", byStatusSum().having(range("totalSum", FilterOperator.NOT_BETWEEN, 0, 10)))
                        .postgres(sql("HAVING SUM(t0.\"total_amount\") NOT BETWEEN $1 AND $2").params(0, 10)),
                of("197", "isNull on an alias in HAVING", from("orders").groupBy(by("status"))
                        .aggregation(agg(AggregationFn.SUM, "discount", "discountSum"))
                        .having(QueryFilter.unary("discountSum", FilterOperator.IS_NULL)))
                        .postgres(sql("HAVING SUM(t0.\"discount\") IS NULL")),

                // §6.3 joins and table qualifiers
                of("69", "Filter declared on the join", from("orders").join(join("products", eq("category", "electronics"))))
                        .postgres(sql(JOIN_PRODUCTS + " WHERE t1.\"category\" = $1").params("electronics")),
                of("91", "Default LEFT JOIN", from("orders").join(join("products")))
                        .postgres(sql(JOIN_PRODUCTS)),
                of("92", "Catalog-qualified names", from("orders").join(join("events")).freshness(Freshness.REALTIME))
                        .postgres(sql("FROM " + ORDERS + " LEFT JOIN \"default\".\"events\" t1 ON t0.\"id\" = t1.\"order_id\"")
                                .without("pg_main", "ch_analytics")),
                of("127", "Three tables", from("orders").join(join("products"), join("users")))
                        .postgres(sql(JOIN_PRODUCTS + " LEFT JOIN \"public\".\"users\" t2 ON t0.\"customer_id\" = t2.\"id\"")),
                of("138", "Top-level filter on joined column", from("orders").join(join("products"))
                        .filter(QueryFilter.of("products", "category", FilterOperator.EQ, "electronics")))
                        .postgres(sql(JOIN_PRODUCTS + " WHERE t1.\"category\" = $1").params("electronics")),
                of("142", "INNER JOIN", from("orders").join(new QueryJoin("products", Optional.of(JoinType.INNER), Optional.empty(), List.of())))
                        .postgres(sql("INNER JOIN \"public\".\"products\" t1 ON t0.\"product_id\" = t1.\"id\"")),
                of("147", "Two joins, each filtered", from("orders")
                        .join(join("products", eq("category", "electronics")), join("users", eq("role", "admin"))))
                        .postgres(sql(JOIN_PRODUCTS + " LEFT JOIN \"public\".\"users\" t2 ON t0.\"customer_id\" = t2.\"id\""
                                + " WHERE t1.\"category\" = $1 AND t2.\"role\" = $2").params("electronics", "admin")),
                of("148", "Qualifier naming the from table", from("orders").filter(QueryFilter.of("orders", "status", FilterOperator.EQ, "active")))
                        .postgres(sql("WHERE t0.\"order_status\" = $1").params("active")),
                of("156", "byIds with a join (cache bypassed)", from("orders").byIds(TestFixture.id("O1"), TestFixture.id("O2")).join(join("products")))
                        .postgres(sql("SELECT … FROM " + ORDERS + " " + JOIN_PRODUCTS + " WHERE t0.\"id\" = ANY($1::uuid[])")
                                .params(List.of(TestFixture.id("O1"), TestFixture.id("O2")))),

                // §6.4 comparison, set, null and range filters
                of("45", "isNull", from("orders").filter(QueryFilter.unary("productId", FilterOperator.IS_NULL)))
                        .postgres(sql("WHERE t0.\"product_id\" IS NULL")),
                of("66", "in on string", from("orders").filter(filter("status", FilterOperator.IN, List.of("active", "shipped"))))
                        .postgres(sql("t0.\"order_status\" = ANY($1::text[])").params(List.of("active", "shipped"))),
                of("67", "notIn on string", from("orders").filter(filter("status", FilterOperator.NOT_IN, List.of("cancelled"))))
                        .postgres(sql("t0.\"order_status\" <> ALL($1::text[])").params(List.of("cancelled"))),
                of("68", "isNotNull", from("orders").filter(QueryFilter.unary("productId", FilterOperator.IS_NOT_NULL)))
                        .postgres(sql("t0.\"product_id\" IS NOT NULL")),
                // OP-15: 'abc' is no UUID; the seed tenant T1 keeps the row runnable
                of("90", "Plain SELECT + WHERE", from("orders").filter(eq("tenantId", TestFixture.id("T1"))))
                        .postgres(sql("FROM " + ORDERS + " WHERE t0.\"tenant_id\" = $1").without("JOIN", "GROUP BY")
                                .params(TestFixture.id("T1"))),
                of("94", "Placeholder style", from("orders").filter(eq("status", "active")))
                        .postgres(sql("t0.\"order_status\" = $1").params("active")),
                of("99", "!=", from("orders").filter(filter("status", FilterOperator.NE, "cancelled")))
                        .postgres(sql("t0.\"order_status\" <> $1").params("cancelled")),
                of("101", ">= and <=", from("orders").filter(filter("total", FilterOperator.GE, 100), filter("total", FilterOperator.LE, 500)))
                        .postgres(sql("t0.\"total_amount\" >= $1 AND t0.\"total_amount\" <= $2").params(100, 500)),
                of("110", "between on decimal", from("orders").filter(range("total", FilterOperator.BETWEEN, 100, 500)))
                        .postgres(sql("t0.\"total_amount\" BETWEEN $1 AND $2").params(100, 500)),
                of("128", "between on timestamp", from("orders").filter(range("createdAt", FilterOperator.BETWEEN, "2024-01-01", "2024-12-31")))
                        .postgres(sql("t0.\"created_at\" BETWEEN $1 AND $2").params("2024-01-01", "2024-12-31")),
                of("135", "notBetween", from("orders").filter(range("total", FilterOperator.NOT_BETWEEN, 0, 10)))
                        .postgres(sql("t0.\"total_amount\" NOT BETWEEN $1 AND $2").params(0, 10)),
                of("189", "= on boolean", from("orders").filter(eq("isPaid", true)))
                        .postgres(sql("t0.\"is_paid\" = $1").params(true)),
                of("193", "between on int", from("orders").filter(range("quantity", FilterOperator.BETWEEN, 1, 10)))
                        .postgres(sql("t0.\"quantity\" BETWEEN $1 AND $2").params(1, 10)),
                of("194", "in on int", from("orders").filter(filter("quantity", FilterOperator.IN, List.of(1, 5, 10))))
                        .postgres(sql("t0.\"quantity\" = ANY($1::integer[])").params(List.of(1, 5, 10))),

                // §6.5 pattern and fuzzy filters: LIKE-family values are bound, escaped and wrapped
                of("30", "ilike", from("users").filter(filter("email", FilterOperator.ILIKE, "%@example%")))
                        .postgres(sql("t0.\"email\" ILIKE $1").params("%@example%")),
                of("74", "like (pattern passed as is)", from("orders").filter(filter("status", FilterOperator.LIKE, "act%")))
                        .postgres(sql("t0.\"order_status\" LIKE $1").params("act%")),
                of("75", "notLike", from("orders").filter(filter("status", FilterOperator.NOT_LIKE, "%cancel%")))
                        .postgres(sql("t0.\"order_status\" NOT LIKE $1").params("%cancel%")),
                of("100", "notIlike", from("users").filter(filter("email", FilterOperator.NOT_ILIKE, "%@test%")))
                        .postgres(sql("t0.\"email\" NOT ILIKE $1").params("%@test%")),
                of("108", "levenshteinLte", from("users").filter(QueryFilter.levenshteinLte("lastName", "smith", 2)))
                        .postgres(sql("levenshtein(t0.\"last_name\", $1) <= $2").params("smith", 2)),
                of("111", "contains", from("users").filter(filter("email", FilterOperator.CONTAINS, "example")))
                        .postgres(sql("t0.\"email\" LIKE $1").params("%example%")),
                of("112", "icontains", from("users").filter(filter("email", FilterOperator.ICONTAINS, "EXAMPLE")))
                        .postgres(sql("t0.\"email\" ILIKE $1").params("%EXAMPLE%")),
                of("113", "startsWith", from("users").filter(filter("email", FilterOperator.STARTS_WITH, "admin")))
                        .postgres(sql("t0.\"email\" LIKE $1").params("admin%")),
                of("114", "istartsWith", from("users").filter(filter("email", FilterOperator.ISTARTS_WITH, "ADMIN")))
                        .postgres(sql("t0.\"email\" ILIKE $1").params("ADMIN%")),
                of("125", "% escaped in contains", from("users").filter(filter("email", FilterOperator.CONTAINS, "test%user")))
                        .postgres(sql("t0.\"email\" LIKE $1").params("%test\\%user%")),
                of("133", "endsWith", from("users").filter(filter("email", FilterOperator.ENDS_WITH, "@example.com")))
                        .postgres(sql("t0.\"email\" LIKE $1").params("%@example.com")),
                of("134", "iendsWith", from("users").filter(filter("email", FilterOperator.IENDS_WITH, "@EXAMPLE.COM")))
                        .postgres(sql("t0.\"email\" ILIKE $1").params("%@EXAMPLE.COM")),
                of("136", "notContains", from("users").filter(filter("email", FilterOperator.NOT_CONTAINS, "spam")))
                        .postgres(sql("t0.\"email\" NOT LIKE $1").params("%spam%")),
                of("137", "notIcontains", from("users").filter(filter("email", FilterOperator.NOT_ICONTAINS, "SPAM")))
                        .postgres(sql("t0.\"email\" NOT ILIKE $1").params("%SPAM%")),
                of("149", "% escaped in endsWith", from("users").filter(filter("email", FilterOperator.ENDS_WITH, "100%off")))
                        .postgres(sql("t0.\"email\" LIKE $1").params("%100\\%off")),
                of("196", "_ escaped in contains", from("users").filter(filter("email", FilterOperator.CONTAINS, "test_user")))
                        .postgres(sql("t0.\"email\" LIKE $1").params("%test\\_user%")),

                // §6.6 column versus column
                of("115", "Same-table column compare", from("orders").filter(QueryColumnFilter.of("total", ComparisonOperator.GT, "discount")))
                        .postgres(sql("WHERE t0.\"total_amount\" > t0.\"discount\"")),
                of("124", "Cross-table column compare", from("orders").join(join("products"))
                        .filter(new QueryColumnFilter("total", Optional.empty(), ComparisonOperator.GT, "price", Optional.of("products"))))
                        .postgres(sql("WHERE t0.\"total_amount\" > t1.\"price\"")),

                // §6.7 filter groups
                of("28", "OR group", from("orders").filter(QueryFilterGroup.or(eq("status", "active"), filter("total", FilterOperator.GT, 100))))
                        .postgres(sql("WHERE (t0.\"order_status\" = $1 OR t0.\"total_amount\" > $2)").params("active", 100)),
                of("29", "Negated group", from("orders").filter(QueryFilterGroup.and(eq("status", "cancelled"), eq("total", 0)).negated()))
                        .postgres(sql("WHERE NOT (t0.\"order_status\" = $1 AND t0.\"total_amount\" = $2)").params("cancelled", 0)),
                of("70", "Three nesting levels", from("orders").filter(QueryFilterGroup.or(eq("status", "active"),
                        QueryFilterGroup.and(filter("total", FilterOperator.GT, 100),
                                QueryFilterGroup.or(filter("quantity", FilterOperator.GE, 5), eq("isPaid", true))))))
                        .postgres(sql("WHERE (t0.\"order_status\" = $1 OR (t0.\"total_amount\" > $2"
                                + " AND (t0.\"quantity\" >= $3 OR t0.\"is_paid\" = $4)))").params("active", 100, 5, true)),
                of("71", "Condition + group + EXISTS at top level", from("orders").filter(eq("status", "active"),
                        QueryFilterGroup.or(filter("total", FilterOperator.GT, 100), filter("quantity", FilterOperator.GE, 5)),
                        QueryExistsFilter.exists("invoices")))
                        .postgres(sql("WHERE t0.\"order_status\" = $1 AND (t0.\"total_amount\" > $2 OR t0.\"quantity\" >= $3)"
                                + " AND EXISTS (SELECT 1 " + INVOICES_OF_ORDER + ")").params("active", 100, 5)),

                // §6.8 EXISTS and counted subqueries
                of("25", "EXISTS with inner filter", from("orders").filter(QueryExistsFilter.exists("invoices", eq("status", "paid"))))
                        .postgres(sql("EXISTS (SELECT 1 " + INVOICES_OF_ORDER + " AND s1.\"status\" = $1)").params("paid")),
                of("26", "NOT EXISTS", from("users").filter(QueryExistsFilter.notExists("orders")))
                        .postgres(sql("NOT EXISTS (SELECT 1 FROM \"public\".\"orders\" s1 WHERE s1.\"customer_id\" = t0.\"id\")")),
                of("27", "EXISTS inside an OR group", from("orders").filter(QueryFilterGroup.or(eq("status", "active"), QueryExistsFilter.exists("invoices"))))
                        .postgres(sql("(t0.\"order_status\" = $1 OR EXISTS (SELECT 1 " + INVOICES_OF_ORDER + "))").params("active")),
                of("157", "exists: false ignored when count present", from("orders").filter(new QueryExistsFilter(Optional.of(false), "invoices",
                        List.of(), Optional.of(ExistsCount.of(ComparisonOperator.GE, 3)))))
                        .postgres(sql("WHERE (SELECT COUNT(*) FROM (SELECT 1 " + INVOICES_OF_ORDER + " LIMIT 3) AS c) >= $1")
                                .without("EXISTS").params(3L)),
                of("160", "Counted EXISTS >=", from("orders").filter(QueryExistsFilter.counted("invoices", ExistsCount.of(ComparisonOperator.GE, 3))))
                        .postgres(sql("(SELECT COUNT(*) FROM (SELECT 1 " + INVOICES_OF_ORDER + " LIMIT 3) AS c) >= $1").params(3L)),
                of("161", "Counted = with inner filter", from("orders")
                        .filter(QueryExistsFilter.counted("invoices", ExistsCount.of(ComparisonOperator.EQ, 2), eq("status", "paid"))))
                        .postgres(sql("(SELECT COUNT(*) " + INVOICES_OF_ORDER + " AND s1.\"status\" = $1) = $2").params("paid", 2L)),
                of("162", "exists omitted defaults to true", from("orders").filter(QueryExistsFilter.exists("invoices")))
                        .postgres(sql("WHERE EXISTS (SELECT 1 FROM …").without("NOT EXISTS")),
                of("227", "Valid nested EXISTS", from("orders").filter(QueryExistsFilter.exists("invoices", QueryExistsFilter.exists("tenants"))))
                        .postgres(sql("EXISTS (SELECT 1 " + INVOICES_OF_ORDER + " AND EXISTS (SELECT 1 FROM \"public\".\"tenants\" s2"
                                + " WHERE s2.\"id\" = s1.\"tenant_id\"))")),

                // §6.9 array operators
                of("181", "arrayContains on string[]", from("events").filter(filter("tags", FilterOperator.ARRAY_CONTAINS, "urgent")))
                        .postgres(sql("$1::text = ANY(t0.\"tags\")").params("urgent")),
                of("182", "arrayContainsAll", from("products").filter(filter("labels", FilterOperator.ARRAY_CONTAINS_ALL, List.of("sale", "new"))))
                        .postgres(sql("t0.\"labels\" @> $1::text[]").params(List.of("sale", "new"))),
                of("183", "arrayContainsAny", from("products").filter(filter("labels", FilterOperator.ARRAY_CONTAINS_ANY, List.of("sale", "clearance"))))
                        .postgres(sql("t0.\"labels\" && $1::text[]").params(List.of("sale", "clearance"))),
                of("184", "arrayIsEmpty", from("events").filter(QueryFilter.unary("tags", FilterOperator.ARRAY_IS_EMPTY)))
                        .postgres(sql("cardinality(t0.\"tags\") = 0")),
                of("185", "arrayIsNotEmpty", from("products").filter(QueryFilter.unary("labels", FilterOperator.ARRAY_IS_NOT_EMPTY)))
                        .postgres(sql("cardinality(t0.\"labels\") > 0")),
                of("186", "isNull on array column", from("events").filter(QueryFilter.unary("tags", FilterOperator.IS_NULL)))
                        .postgres(sql("t0.\"tags\" IS NULL")),
                of("200", "isNotNull on array column", from("events").filter(QueryFilter.unary("tags", FilterOperator.IS_NOT_NULL)))
                        .postgres(sql("t0.\"tags\" IS NOT NULL")),
                of("203", "arrayContains on int[]", from("orders").filter(filter("priorities", FilterOperator.ARRAY_CONTAINS, 1)))
                        .postgres(sql("$1::integer = ANY(t0.\"priorities\")").params(1)),
                of("204", "arrayContainsAll on int[]", from("orders").filter(filter("priorities", FilterOperator.ARRAY_CONTAINS_ALL, List.of(1, 2, 3))))
                        .postgres(sql("t0.\"priorities\" @> $1::integer[]").params(List.of(1, 2, 3))),
                of("205", "Array filter inside AND group", from("products").filter(QueryFilterGroup.and(
                        filter("labels", FilterOperator.ARRAY_CONTAINS_ANY, List.of("sale")), filter("price", FilterOperator.GT, 10))))
                        .postgres(sql("(t0.\"labels\" && $1::text[] AND t0.\"price\" > $2)").params(List.of("sale"), 10)),
                of("206", "Array filter on joined table", from("orders").join(join("products"))
                        .filter(QueryFilter.of("products", "labels", FilterOperator.ARRAY_CONTAINS_ANY, List.of("sale"))))
                        .postgres(sql("t1.\"labels\" && $1::text[]").params(List.of("sale"))),
                of("207", "arrayContainsAll with one element", from("products").filter(filter("labels", FilterOperator.ARRAY_CONTAINS_ALL, List.of("sale"))))
                        .postgres(sql("t0.\"labels\" @> $1::text[]").params(List.of("sale"))));
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
}
