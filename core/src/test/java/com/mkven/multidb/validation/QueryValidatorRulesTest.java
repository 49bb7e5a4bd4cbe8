package com.mkven.multidb.validation;

import com.mkven.multidb.error.ValidationException;
import com.mkven.multidb.error.ValidationIssue;
import com.mkven.multidb.error.ValidationIssueCode;
import com.mkven.multidb.query.AggregationFn;
import com.mkven.multidb.query.ComparisonOperator;
import com.mkven.multidb.query.ContextRoles;
import com.mkven.multidb.query.ExecutionContext;
import com.mkven.multidb.query.FilterNode;
import com.mkven.multidb.query.FilterOperator;
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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static com.mkven.multidb.validation.QueryValidation.ADMIN;
import static com.mkven.multidb.validation.QueryValidation.FIXTURE;
import static com.mkven.multidb.validation.QueryValidation.UUID_1;
import static com.mkven.multidb.validation.QueryValidation.invalid;
import static com.mkven.multidb.validation.QueryValidation.object;
import static com.mkven.multidb.validation.QueryValidation.single;
import static com.mkven.multidb.validation.QueryValidation.validate;
import static org.assertj.core.api.Assertions.assertThat;

/** Rules 1–14 beyond the numbered scenarios, including the points the spec left open. */
class QueryValidatorRulesTest {
    private static final ExecutionContext TENANT_USER = ExecutionContext.ofUserRoles("tenant-user");

    private static QueryDefinition.Builder orders() {
        return QueryDefinition.builder("orders");
    }

    private static QueryJoin joinWithFilters(String table, FilterNode... filters) {
        return new QueryJoin(table, Optional.empty(), Optional.empty(), List.of(filters));
    }

    private static QueryJoin joinWithColumns(String table, String... columns) {
        return new QueryJoin(table, Optional.empty(), Optional.of(List.of(columns)), List.of());
    }

    private static String column(ValidationIssue issue) {
        return issue.details().table().orElseThrow() + "." + issue.details().column().orElseThrow();
    }

    @Nested
    class Roles {
        @Test
        @DisplayName("a context with neither scope is denied: no roles in context")
        void noScope() {
            ValidationIssue issue = single(orders().build(), new ExecutionContext(new ContextRoles(Optional.empty(),
                    Optional.empty())), ValidationIssueCode.ACCESS_DENIED);

            assertThat(issue.message()).isEqualTo("Access denied: no roles in context (give user or service roles)");
        }

        @Test
        @DisplayName("an unknown role is reported alone, without access issues for what it might have granted")
        void unknownRoleOnly() {
            ValidationException error = invalid(QueryDefinition.builder("events").build(),
                    new ExecutionContext(ContextRoles.user("tenant-user", "ghost").withService("phantom", "ghost")), FIXTURE);

            assertThat(error.errors()).extracting(ValidationIssue::code).containsOnly(ValidationIssueCode.UNKNOWN_ROLE);
            assertThat(error.errors()).extracting(issue -> issue.details().role().orElseThrow())
                    .containsExactly("ghost", "phantom");
        }

        @Test
        @DisplayName("a service scope alone decides when the user scope is omitted")
        void serviceScopeOnly() {
            ExecutionContext context = new ExecutionContext(ContextRoles.service("orders-service"));

            assertThat(validate(orders().build(), context)).isEmpty();
            single(QueryDefinition.builder("tenants").build(), context, ValidationIssueCode.ACCESS_DENIED);
        }
    }

    @Nested
    class Access {
        @Test
        @DisplayName("every mentioned column is checked: join columns, filters, orderBy, groupBy, aggregations")
        void everyMentionedColumn() {
            ExecutionContext context = new ExecutionContext(ContextRoles.user("tenant-user").withService("orders-service"));
            ValidationException plain = invalid(orders().columns("id")
                    .join(joinWithColumns("users", "email"))
                    .filter(QueryFilter.of("quantity", FilterOperator.GT, 1),
                            QueryFilter.of("users", "email", FilterOperator.EQ, "x"))
                    .orderBy(QueryOrderBy.asc("regionId")).build(), context, FIXTURE);
            ValidationException grouped = invalid(orders().columns(List.of())
                    .groupBy(QueryGroupBy.of("regionId"))
                    .aggregation(QueryAggregation.of(AggregationFn.SUM, "discount", "discountSum")).build(), context, FIXTURE);

            assertThat(plain.errors()).extracting(ValidationIssue::code).containsOnly(ValidationIssueCode.ACCESS_DENIED);
            assertThat(plain.errors()).extracting(QueryValidatorRulesTest::column)
                    .containsExactly("users.email", "orders.quantity", "users.email", "orders.regionId");
            assertThat(grouped.errors()).extracting(ValidationIssue::code).containsOnly(ValidationIssueCode.ACCESS_DENIED);
            assertThat(grouped.errors()).extracting(QueryValidatorRulesTest::column)
                    .containsExactly("orders.discount", "orders.regionId");
        }

        @Test
        @DisplayName("a denied table is reported once, not once per column")
        void deniedTableOnce() {
            ValidationIssue issue = single(QueryDefinition.builder("events").columns("type", "payload")
                    .filter(QueryFilter.of("type", FilterOperator.EQ, "click")).build(), TENANT_USER,
                    ValidationIssueCode.ACCESS_DENIED);

            assertThat(issue.message()).isEqualTo("Table 'events' is not allowed for the roles in context");
        }

        @Test
        @DisplayName("a denied join and a denied EXISTS table are ACCESS_DENIED (decisions §2)")
        void deniedJoinAndExists() {
            ValidationException error = invalid(orders().join(QueryJoin.of("tenants"))
                    .filter(QueryExistsFilter.exists("invoices")).build(), TENANT_USER, FIXTURE);

            assertThat(error.errors()).extracting(ValidationIssue::code)
                    .containsExactly(ValidationIssueCode.ACCESS_DENIED, ValidationIssueCode.ACCESS_DENIED);
            assertThat(error.errors().get(0).details().table()).contains("tenants");
            assertThat(error.errors().get(1).details().table()).contains("invoices");
            assertThat(error.errors().get(1).details().filterIndex()).contains(0);
        }

        @Test
        @DisplayName("the right side of a column filter is checked too")
        void rightSideOfColumnFilter() {
            ValidationIssue issue = single(orders().filter(QueryColumnFilter.of("status", ComparisonOperator.EQ,
                    "regionId")).build(), TENANT_USER, ValidationIssueCode.ACCESS_DENIED);

            assertThat(issue.details().refColumn()).contains("regionId");
            assertThat(issue.message()).isEqualTo("Right column 'orders.regionId' is not allowed for the roles in context");
        }
    }

    @Nested
    class Joins {
        @Test
        @DisplayName("a join on an unknown table is UNKNOWN_TABLE, its listed columns cannot be resolved")
        void unknownJoin() {
            ValidationException error = invalid(orders().join(joinWithColumns("ghosts", "name")).build(), ADMIN, FIXTURE);

            assertThat(error.errors()).extracting(ValidationIssue::code)
                    .containsExactly(ValidationIssueCode.UNKNOWN_TABLE, ValidationIssueCode.UNKNOWN_COLUMN);
        }

        @Test
        @DisplayName("a table joined twice, or from joined to itself, is INVALID_JOIN")
        void repeatedTable() {
            ValidationException error = invalid(orders().join(QueryJoin.of("products"), QueryJoin.of("products"),
                    QueryJoin.of("orders")).build(), ADMIN, FIXTURE);

            assertThat(error.errors()).extracting(ValidationIssue::code)
                    .containsExactly(ValidationIssueCode.INVALID_JOIN, ValidationIssueCode.INVALID_JOIN);
            assertThat(error.errors().get(0).message())
                    .isEqualTo("Table 'products' is already part of the query; a table can be joined only once");
            assertThat(error.errors().get(1).details().table()).contains("orders");
        }

        @Test
        @DisplayName("a join must relate to from or an earlier join, not a later one")
        void joinOrder() {
            single(QueryDefinition.builder("products").join(QueryJoin.of("invoices"), QueryJoin.of("orders")).build(),
                    ValidationIssueCode.INVALID_JOIN);
        }
    }

    @Nested
    class Filters {
        @Test
        @DisplayName("an issue in a join's filters names the join in details.table and indexes that list")
        void joinFilterSite() {
            ValidationIssue issue = single(orders().join(joinWithFilters("products",
                    QueryFilter.of("name", FilterOperator.EQ, "x"),
                    QueryFilter.of("orders", "total", FilterOperator.GT, "abc"))).build(), ValidationIssueCode.INVALID_VALUE);

            assertThat(issue.details().table()).contains("products");
            assertThat(issue.details().column()).contains("total");
            assertThat(issue.details().filterIndex()).contains(1);
            assertThat(issue.message()).isEqualTo(
                    "Invalid value for '>' on column 'orders.total': expected decimal, got string 'abc'");
        }

        @Test
        @DisplayName("a nested condition reports the index of its top-level ancestor")
        void nestedIndex() {
            ValidationIssue issue = single(orders().filter(QueryFilter.of("status", FilterOperator.EQ, "active"),
                    QueryFilterGroup.or(QueryFilter.of("total", FilterOperator.GT, 1),
                            QueryFilterGroup.and(QueryFilter.of("id", FilterOperator.LT, UUID_1)))).build(),
                    ValidationIssueCode.INVALID_FILTER);

            assertThat(issue.details().filterIndex()).contains(1);
        }

        @Test
        @DisplayName("every issue of a query is collected, with its own index")
        void everyIssueCollected() {
            ValidationException error = invalid(orders().filter(QueryFilter.of("id", FilterOperator.GT, UUID_1),
                    QueryFilter.of("nope", FilterOperator.EQ, 1), QueryFilter.in("status", List.of()),
                    QueryExistsFilter.exists("metrics")).build(), ADMIN, FIXTURE);

            assertThat(error.getMessage()).isEqualTo("Validation failed: 4 errors");
            assertThat(error.errors()).extracting(ValidationIssue::code).containsExactly(ValidationIssueCode.INVALID_FILTER,
                    ValidationIssueCode.UNKNOWN_COLUMN, ValidationIssueCode.INVALID_VALUE, ValidationIssueCode.INVALID_EXISTS);
            assertThat(error.errors()).extracting(issue -> issue.details().filterIndex().orElseThrow())
                    .containsExactly(0, 1, 2, 3);
        }

        @Test
        @DisplayName("an empty group is INVALID_FILTER")
        void emptyGroup() {
            ValidationIssue issue = single(orders().filter(QueryFilterGroup.or()).build(), ValidationIssueCode.INVALID_FILTER);

            assertThat(issue.message()).isEqualTo("A filter group needs at least one condition");
        }

        @Test
        @DisplayName("isNull is allowed on a nullable array column, not on a non-nullable one")
        void isNullOnArrays() {
            assertThat(validate(orders().filter(QueryFilter.unary("priorities", FilterOperator.IS_NULL)).build())).isEmpty();
            single(orders().filter(QueryFilter.unary("quantity", FilterOperator.IS_NOT_NULL)).build(),
                    ValidationIssueCode.INVALID_FILTER);
        }

        @Test
        @DisplayName("malformed operands are INVALID_VALUE")
        void malformedOperands() {
            ValidationException error = invalid(orders().filter(
                    QueryFilter.of("discount", FilterOperator.IS_NULL, true),
                    QueryFilter.of("total", FilterOperator.BETWEEN, object("from", 1, "to", 2, "step", 1)),
                    QueryFilter.of("total", FilterOperator.BETWEEN, List.of(1, 2)),
                    QueryFilter.of("status", FilterOperator.LIKE, 5),
                    QueryFilter.of("status", FilterOperator.IN, "active"),
                    QueryFilter.of("status", FilterOperator.LEVENSHTEIN_LTE, object("maxDistance", 1)),
                    QueryFilter.of("priorities", FilterOperator.ARRAY_CONTAINS_ANY, Arrays.asList(1, null)),
                    QueryFilter.of("priorities", FilterOperator.ARRAY_IS_EMPTY, List.of())).build(), ADMIN, FIXTURE);

            assertThat(error.errors()).extracting(ValidationIssue::code).containsOnly(ValidationIssueCode.INVALID_VALUE);
            assertThat(error.errors()).extracting(ValidationIssue::message).containsExactly(
                    "Invalid value for 'isNull' on column 'orders.discount': the operator takes no value",
                    "Invalid value for 'between' on column 'orders.total': unexpected field 'step'",
                    "Invalid value for 'between' on column 'orders.total': expected { from: decimal, to: decimal }, got array of 2 values",
                    "Invalid value for 'like' on column 'orders.status': expected string, got number 5",
                    "Invalid value for 'in' on column 'orders.status': expected non-empty array of string without null, got string 'active'",
                    "Invalid value for 'levenshteinLte' on column 'orders.status': 'text' must be a string",
                    "Invalid value for 'arrayContainsAny' on column 'orders.priorities': element 1 is null; use isNull/isNotNull for NULL",
                    "Invalid value for 'arrayIsEmpty' on column 'orders.priorities': the operator takes no value");
        }

        @Test
        @DisplayName("the operator is judged before the value: a refused operator is not also INVALID_VALUE")
        void operatorBeforeValue() {
            ValidationIssue issue = single(orders().filter(QueryFilter.between("id", "uuid1", null)).build(),
                    ValidationIssueCode.INVALID_FILTER);

            assertThat(issue.details().expected()).contains("string, int, decimal, date or timestamp");
        }
    }

    @Nested
    class ColumnFilters {
        @Test
        @DisplayName("uuid > uuid and boolean < boolean are INVALID_FILTER; int vs decimal is compatible")
        void operatorOnColumnTypes() {
            ValidationException error = invalid(orders().filter(
                    QueryColumnFilter.of("id", ComparisonOperator.GT, "customerId"),
                    QueryColumnFilter.of("isPaid", ComparisonOperator.LT, "isPaid"),
                    QueryColumnFilter.of("quantity", ComparisonOperator.LE, "total")).build(), ADMIN, FIXTURE);

            assertThat(error.errors()).extracting(ValidationIssue::message).containsExactly(
                    "Operator '>' is not allowed between columns 'orders.id' (uuid) and 'orders.customerId' (uuid)",
                    "Operator '<' is not allowed between columns 'orders.isPaid' (boolean) and 'orders.isPaid' (boolean)");
        }

        @Test
        @DisplayName("date vs string and timestamp vs uuid are incompatible")
        void incompatibleTypes() {
            ValidationException error = invalid(QueryDefinition.builder("invoices").filter(
                    QueryColumnFilter.of("dueDate", ComparisonOperator.EQ, "status"),
                    QueryColumnFilter.of("issuedAt", ComparisonOperator.EQ, "id")).build(), ADMIN, FIXTURE);

            assertThat(error.errors()).extracting(issue -> issue.details().expected().orElseThrow())
                    .containsExactly("date or timestamp", "date or timestamp");
        }

        @Test
        @DisplayName("both qualifiers must name tables of the query")
        void qualifiers() {
            ValidationIssue issue = single(orders().filter(new QueryColumnFilter("total", Optional.empty(),
                    ComparisonOperator.GT, "price", Optional.of("products"))).build(), ValidationIssueCode.INVALID_FILTER);

            assertThat(issue.details().refTable()).contains("products");
            assertThat(issue.message()).isEqualTo("Column filter on 'products.price' names a table that is not available "
                    + "here: a filter may name 'orders' or a joined table");
        }

        @Test
        @DisplayName("inside EXISTS unqualified sides resolve against the EXISTS table")
        void insideExists() {
            assertThat(validate(orders().filter(QueryExistsFilter.exists("invoices",
                    QueryColumnFilter.of("paidAt", ComparisonOperator.GT, "issuedAt"))).build())).isEmpty();
        }
    }

    @Nested
    class Exists {
        @Test
        @DisplayName("an EXISTS on an unknown table is UNKNOWN_TABLE")
        void unknownTable() {
            ValidationIssue issue = single(orders().filter(QueryExistsFilter.exists("ghosts")).build(),
                    ValidationIssueCode.UNKNOWN_TABLE);

            assertThat(issue.details().filterIndex()).contains(0);
        }

        @Test
        @DisplayName("conditions inside EXISTS apply to its table; naming another table is INVALID_FILTER")
        void qualifierInsideExists() {
            ValidationException error = invalid(orders().filter(QueryExistsFilter.exists("invoices",
                    QueryFilter.of("amount", FilterOperator.GT, 10),
                    QueryFilter.of("invoices", "status", FilterOperator.EQ, "paid"),
                    QueryFilter.of("orders", "status", FilterOperator.EQ, "active"),
                    QueryFilter.of("total", FilterOperator.GT, 1))).build(), ADMIN, FIXTURE);

            assertThat(error.errors()).extracting(ValidationIssue::code)
                    .containsExactly(ValidationIssueCode.INVALID_FILTER, ValidationIssueCode.UNKNOWN_COLUMN);
            assertThat(error.errors().get(0).message()).endsWith(
                    "conditions inside EXISTS may only name its table 'invoices'");
            assertThat(error.errors().get(1).message()).isEqualTo("Column 'invoices.total' does not exist");
        }

        @Test
        @DisplayName("a top-level EXISTS with no relation to from nor any join is INVALID_EXISTS")
        void noParent() {
            ValidationIssue issue = single(QueryDefinition.builder("products").join(QueryJoin.of("tenants"))
                    .filter(QueryExistsFilter.exists("events")).build(), ValidationIssueCode.INVALID_EXISTS);

            assertThat(issue.message()).isEqualTo(
                    "EXISTS on 'events' has no relation to 'products' or any joined table to correlate with");
        }

        @Test
        @DisplayName("an EXISTS in a join's filters relates to that join only")
        void joinParent() {
            ValidationIssue issue = single(orders().join(joinWithFilters("products", QueryExistsFilter.exists("invoices")))
                    .build(), ValidationIssueCode.INVALID_EXISTS);

            assertThat(issue.details().table()).contains("products");
            assertThat(issue.details().filterIndex()).contains(0);
            assertThat(issue.message()).isEqualTo("EXISTS on 'invoices' has no relation to 'products' to correlate with");
        }
    }

    @Nested
    class Aggregations {
        @Test
        @DisplayName("sum/avg need numbers, min/max ordered types, '*' only count")
        void functionTypes() {
            ValidationException error = invalid(orders().aggregation(
                    QueryAggregation.of(AggregationFn.SUM, "status", "a"),
                    QueryAggregation.of(AggregationFn.AVG, "createdAt", "b"),
                    QueryAggregation.of(AggregationFn.MIN, "isPaid", "c"),
                    QueryAggregation.of(AggregationFn.MAX, "id", "d"),
                    QueryAggregation.of(AggregationFn.SUM, "*", "e"),
                    QueryAggregation.of(AggregationFn.MIN, "createdAt", "f"),
                    QueryAggregation.of(AggregationFn.MAX, "status", "g")).build(), ADMIN, FIXTURE);

            assertThat(error.errors()).extracting(ValidationIssue::code).containsOnly(ValidationIssueCode.INVALID_AGGREGATION);
            assertThat(error.errors()).extracting(issue -> issue.details().alias().orElseThrow())
                    .containsExactly("a", "b", "c", "d", "e");
            assertThat(error.errors().get(0).message()).isEqualTo("'sum' is not allowed on column 'orders.status' of type string");
            assertThat(error.errors().get(0).details().expected()).contains("int or decimal");
        }

        @Test
        @DisplayName("an aggregation names a table of the query and an existing column")
        void tableAndColumn() {
            ValidationException error = invalid(orders().aggregation(
                    new QueryAggregation("price", Optional.of("products"), AggregationFn.MAX, "maxPrice"),
                    QueryAggregation.of(AggregationFn.SUM, "ghost", "ghostSum"),
                    QueryAggregation.of(AggregationFn.SUM, "total", " ")).build(), ADMIN, FIXTURE);

            assertThat(error.errors()).extracting(ValidationIssue::code).containsExactly(
                    ValidationIssueCode.INVALID_AGGREGATION, ValidationIssueCode.UNKNOWN_COLUMN,
                    ValidationIssueCode.INVALID_AGGREGATION);
            assertThat(error.errors().get(0).details().table()).contains("products");
            assertThat(error.errors().get(2).message()).isEqualTo("An aggregation alias must not be blank");
        }

        @Test
        @DisplayName("an alias may not equal a groupBy column selected by default, nor a listed join column")
        void aliasCollisions() {
            ValidationException error = invalid(orders().join(joinWithColumns("products", "name"))
                    .groupBy(QueryGroupBy.of("status"), new QueryGroupBy("name", Optional.of("products")))
                    .aggregation(QueryAggregation.countAll("status"), QueryAggregation.countAll("name")).build(),
                    ADMIN, FIXTURE);

            assertThat(error.errors()).extracting(issue -> issue.details().alias().orElseThrow())
                    .containsExactly("status", "name");
        }
    }

    @Nested
    class Grouping {
        @Test
        @DisplayName("groupBy on a table not in the query is INVALID_GROUP_BY, on an unknown column UNKNOWN_COLUMN")
        void groupByTable() {
            ValidationException error = invalid(orders().groupBy(new QueryGroupBy("category", Optional.of("products")),
                    QueryGroupBy.of("ghost")).aggregation(QueryAggregation.countAll("cnt")).build(), ADMIN, FIXTURE);

            assertThat(error.errors()).extracting(ValidationIssue::code)
                    .containsExactly(ValidationIssueCode.INVALID_GROUP_BY, ValidationIssueCode.UNKNOWN_COLUMN);
        }

        @Test
        @DisplayName("listed join columns of a grouped query must be grouped")
        void joinColumnsGrouped() {
            ValidationIssue issue = single(orders().join(joinWithColumns("products", "name", "category"))
                    .groupBy(new QueryGroupBy("category", Optional.of("products")))
                    .aggregation(QueryAggregation.countAll("cnt")).build(), ValidationIssueCode.INVALID_GROUP_BY);

            assertThat(issue.message()).isEqualTo("Column 'products.name' is selected but not in groupBy");
        }

        @Test
        @DisplayName("an unknown listed column is only UNKNOWN_COLUMN, not also INVALID_GROUP_BY")
        void unknownColumnOnce() {
            single(orders().columns("ghost").groupBy(QueryGroupBy.of("status")).build(), ValidationIssueCode.UNKNOWN_COLUMN);
        }
    }

    @Nested
    class Having {
        @Test
        @DisplayName("values are checked against the alias type: count is int, avg decimal, min/max/sum the source type")
        void valueTypes() {
            ValidationException error = invalid(orders().groupBy(QueryGroupBy.of("status"))
                    .aggregation(QueryAggregation.countAll("cnt"),
                            QueryAggregation.of(AggregationFn.AVG, "quantity", "avgQuantity"),
                            QueryAggregation.of(AggregationFn.MAX, "createdAt", "lastAt"))
                    .having(QueryFilter.of("cnt", FilterOperator.GT, 1.5),
                            QueryFilter.of("avgQuantity", FilterOperator.GT, "abc"),
                            QueryFilter.between("lastAt", "2024-01-01", "2024-02-30"),
                            QueryFilter.of("cnt", FilterOperator.LT, 5)).build(), ADMIN, FIXTURE);

            assertThat(error.errors()).extracting(ValidationIssue::code).containsOnly(ValidationIssueCode.INVALID_VALUE);
            assertThat(error.errors()).extracting(issue -> issue.details().filterIndex().orElseThrow())
                    .containsExactly(0, 1, 2);
            assertThat(error.errors().get(0).message()).isEqualTo(
                    "Invalid value for '>' on alias 'cnt': expected int, got number 1.5");
        }

        @Test
        @DisplayName("an operator of HAVING must still suit the alias type")
        void operatorOnAliasType() {
            ValidationIssue issue = single(orders().aggregation(QueryAggregation.of(AggregationFn.MAX, "createdAt", "lastAt"))
                    .having(QueryFilter.in("lastAt", List.of("2024-01-01T00:00:00Z"))).build(),
                    ValidationIssueCode.INVALID_HAVING);

            assertThat(issue.message()).isEqualTo("Operator 'in' is not allowed on alias 'lastAt' of type timestamp");
        }

        @Test
        @DisplayName("an empty HAVING group is INVALID_HAVING")
        void emptyGroup() {
            single(orders().aggregation(QueryAggregation.countAll("cnt")).having(QueryFilterGroup.and()).build(),
                    ValidationIssueCode.INVALID_HAVING);
        }
    }

    @Nested
    class Ordering {
        @Test
        @DisplayName("a grouped query sorts by groupBy columns or aliases only")
        void groupedOrder() {
            ValidationIssue issue = single(orders().groupBy(QueryGroupBy.of("status"))
                    .aggregation(QueryAggregation.countAll("cnt"))
                    .orderBy(QueryOrderBy.asc("cnt"), QueryOrderBy.asc("status"), QueryOrderBy.desc("total")).build(),
                    ValidationIssueCode.INVALID_ORDER_BY);

            assertThat(issue.details().column()).contains("total");
        }

        @Test
        @DisplayName("a qualified name is a column even when an alias has the same name")
        void qualifiedIsAColumn() {
            single(orders().aggregation(QueryAggregation.countAll("cnt"))
                    .orderBy(new QueryOrderBy("cnt", Optional.of("orders"), SortDirection.ASC)).build(),
                    ValidationIssueCode.UNKNOWN_COLUMN);
        }
    }

    @Nested
    class PagingAndIds {
        @Test
        @DisplayName("negative offset is INVALID_LIMIT; limit 0 is fine")
        void negativeOffset() {
            single(orders().limit(0).offset(-5).build(), ValidationIssueCode.INVALID_LIMIT);
        }

        @Test
        @DisplayName("byIds elements must be of the primary key type")
        void byIdsTypes() {
            ValidationIssue issue = single(orders().byIds(UUID_1, "abc").build(), ValidationIssueCode.INVALID_BY_IDS);

            assertThat(issue.details().column()).contains("id");
            assertThat(issue.details().expected()).contains("uuid");
            assertThat(issue.message()).isEqualTo("byIds element 1 does not match the uuid primary key of 'orders': string 'abc'");
            single(orders().byIds(Arrays.asList(UUID_1, null)).build(), ValidationIssueCode.INVALID_BY_IDS);
            single(orders().byIds(7).build(), ValidationIssueCode.INVALID_BY_IDS);
        }

        @Test
        @DisplayName("byIds with aggregations is INVALID_BY_IDS")
        void byIdsWithAggregations() {
            single(orders().byIds(UUID_1).aggregation(QueryAggregation.countAll("cnt")).build(),
                    ValidationIssueCode.INVALID_BY_IDS);
        }
    }
}
