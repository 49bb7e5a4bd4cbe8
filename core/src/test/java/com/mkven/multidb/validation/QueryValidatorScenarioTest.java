package com.mkven.multidb.validation;

import com.mkven.multidb.error.ValidationException;
import com.mkven.multidb.error.ValidationIssue;
import com.mkven.multidb.error.ValidationIssueCode;
import com.mkven.multidb.fixture.TestFixture;
import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.metadata.TableMeta;
import com.mkven.multidb.query.AggregationFn;
import com.mkven.multidb.query.ComparisonOperator;
import com.mkven.multidb.query.ContextRoles;
import com.mkven.multidb.query.ExecutionContext;
import com.mkven.multidb.query.ExistsCount;
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
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static com.mkven.multidb.validation.QueryValidation.ADMIN;
import static com.mkven.multidb.validation.QueryValidation.UUID_1;
import static com.mkven.multidb.validation.QueryValidation.UUID_2;
import static com.mkven.multidb.validation.QueryValidation.invalid;
import static com.mkven.multidb.validation.QueryValidation.object;
import static com.mkven.multidb.validation.QueryValidation.range;
import static com.mkven.multidb.validation.QueryValidation.single;
import static com.mkven.multidb.validation.QueryValidation.validate;
import static org.assertj.core.api.Assertions.assertThat;

/** The query-validation scenarios of scenarios.md §2 and the access scenarios of §4 that end in a ValidationError. */
class QueryValidatorScenarioTest {
    private static QueryDefinition.Builder orders() {
        return QueryDefinition.builder("orders");
    }

    /** orders grouped by status with {@code SUM(total) AS totalSum}, ready for a HAVING. */
    private static QueryDefinition.Builder ordersByStatus() {
        return orders().groupBy(QueryGroupBy.of("status"))
                .aggregation(QueryAggregation.of(AggregationFn.SUM, "total", "totalSum"));
    }

    private static ValidationIssue filterIssue(QueryDefinition definition, ValidationIssueCode code, String table,
            String column, String operator) {
        ValidationIssue issue = single(definition, code);
        assertThat(issue.details().table()).contains(table);
        assertThat(issue.details().column()).contains(column);
        assertThat(issue.details().operator()).contains(operator);
        assertThat(issue.details().filterIndex()).contains(0);
        return issue;
    }

    private static ValidationIssue ordersFilter(QueryFilter filter, ValidationIssueCode code) {
        return filterIssue(orders().filter(filter).build(), code, "orders", filter.column(), filter.operator().toString());
    }

    @Test
    @DisplayName("#15 role without any table is denied at table level")
    void roleWithoutTables() {
        ValidationIssue issue = single(orders().build(), ExecutionContext.ofUserRoles("no-access"),
                ValidationIssueCode.ACCESS_DENIED);
        assertThat(issue.details().table()).contains("orders");
        assertThat(issue.details().column()).isEmpty();
    }

    @Test
    @DisplayName("#17 unknown table")
    void unknownTable() {
        ValidationIssue issue = single(QueryDefinition.builder("nonexistent").build(), ValidationIssueCode.UNKNOWN_TABLE);
        assertThat(issue.details().table()).contains("nonexistent");
        assertThat(issue.message()).isEqualTo("Table 'nonexistent' does not exist");
    }

    @Test
    @DisplayName("#18 unknown column")
    void unknownColumn() {
        ValidationIssue issue = single(orders().columns("nonexistent").build(), ValidationIssueCode.UNKNOWN_COLUMN);
        assertThat(issue.details().table()).contains("orders");
        assertThat(issue.details().column()).contains("nonexistent");
        assertThat(issue.message()).isEqualTo("Column 'orders.nonexistent' does not exist");
    }

    @Test
    @DisplayName("#32 join without relation")
    void joinWithoutRelation() {
        ValidationIssue issue = single(orders().join(QueryJoin.of("metrics")).build(), ValidationIssueCode.INVALID_JOIN);
        assertThat(issue.details().table()).contains("metrics");
        assertThat(issue.message()).isEqualTo("Table 'metrics' has no relation to 'orders'");
    }

    @Test
    @DisplayName("#34 several problems in one query are all listed")
    void severalProblems() {
        ValidationException error = invalid(QueryDefinition.builder("nonexistent").columns("bad")
                .filter(QueryFilter.of("missing", FilterOperator.EQ, "x")).build(), ADMIN, QueryValidation.FIXTURE);

        assertThat(error.getMessage()).isEqualTo("Validation failed: 3 errors");
        assertThat(error.fromTable()).isEqualTo("nonexistent");
        assertThat(error.errors()).extracting(ValidationIssue::code).containsExactly(ValidationIssueCode.UNKNOWN_TABLE,
                ValidationIssueCode.UNKNOWN_COLUMN, ValidationIssueCode.UNKNOWN_COLUMN);
        assertThat(error.errors().get(1).details().column()).contains("bad");
        assertThat(error.errors().get(2).details().column()).contains("missing");
        assertThat(error.errors().get(2).details().filterIndex()).contains(0);
        assertThat(error.errors().get(2).message())
                .isEqualTo("Column 'missing' cannot be resolved: table 'nonexistent' does not exist");
    }

    @Test
    @DisplayName("#36 negative limit")
    void negativeLimit() {
        ValidationIssue issue = single(orders().limit(-1).build(), ValidationIssueCode.INVALID_LIMIT);
        assertThat(issue.details().actual()).contains("-1");
    }

    @Test
    @DisplayName("#37 byIds combined with grouping")
    void byIdsWithGroupBy() {
        ValidationIssue issue = single(QueryDefinition.builder("users").byIds(TestFixture.id("U1"))
                .groupBy(QueryGroupBy.of("role")).build(), ValidationIssueCode.INVALID_BY_IDS);
        assertThat(issue.details().table()).contains("users");
        assertThat(issue.message()).isEqualTo("byIds cannot be combined with groupBy or aggregations");
    }

    @Test
    @DisplayName("#40 selected column not grouped")
    void selectedColumnNotGrouped() {
        ValidationIssue issue = single(orders().columns("status", "total").groupBy(QueryGroupBy.of("status")).build(),
                ValidationIssueCode.INVALID_GROUP_BY);
        assertThat(issue.details().table()).contains("orders");
        assertThat(issue.details().column()).contains("total");
    }

    @Test
    @DisplayName("#41 HAVING on an alias absent from aggregations")
    void havingOnUndefinedAlias() {
        ValidationIssue issue = single(ordersByStatus().having(QueryFilter.of("bogus", FilterOperator.GT, 100)).build(),
                ValidationIssueCode.INVALID_HAVING);
        assertThat(issue.details().alias()).contains("bogus");
        assertThat(issue.details().filterIndex()).contains(0);
    }

    @Test
    @DisplayName("#42 ORDER BY on a table that is not joined")
    void orderByTableNotJoined() {
        ValidationIssue issue = single(orders().orderBy(new QueryOrderBy("category", Optional.of("products"),
                SortDirection.ASC)).build(), ValidationIssueCode.INVALID_ORDER_BY);
        assertThat(issue.details().table()).contains("products");
        assertThat(issue.details().column()).contains("category");
    }

    @Test
    @DisplayName("#43 EXISTS without relation")
    void existsWithoutRelation() {
        ValidationIssue issue = single(orders().filter(QueryExistsFilter.exists("metrics")).build(),
                ValidationIssueCode.INVALID_EXISTS);
        assertThat(issue.details().table()).contains("metrics");
        assertThat(issue.details().filterIndex()).contains(0);
    }

    @Test
    @DisplayName("#46 ordering operator on uuid")
    void greaterThanOnUuid() {
        ValidationIssue issue = ordersFilter(QueryFilter.of("id", FilterOperator.GT, UUID_1), ValidationIssueCode.INVALID_FILTER);
        assertThat(issue.message()).isEqualTo("Operator '>' is not allowed on column 'orders.id' of type uuid");
        assertThat(issue.details().expected()).contains("string, int, decimal, date or timestamp");
        assertThat(issue.details().actual()).contains("uuid");
    }

    @Test
    @DisplayName("#47 column not granted")
    void columnNotGranted() {
        ValidationIssue issue = single(orders().columns("internalNote").build(),
                ExecutionContext.ofUserRoles("tenant-user"), ValidationIssueCode.ACCESS_DENIED);
        assertThat(issue.details().table()).contains("orders");
        assertThat(issue.details().column()).contains("internalNote");
    }

    @Test
    @DisplayName("#65 empty byIds")
    void emptyByIds() {
        ValidationIssue issue = single(orders().byIds(List.of()).build(), ValidationIssueCode.INVALID_BY_IDS);
        assertThat(issue.message()).isEqualTo("byIds must not be empty");
    }

    @Test
    @DisplayName("#78 columns: [] without aggregations")
    void emptyColumnsWithoutAggregations() {
        ValidationIssue issue = single(orders().columns(List.of()).build(), ValidationIssueCode.INVALID_AGGREGATION);
        assertThat(issue.details().table()).contains("orders");
    }

    @Test
    @DisplayName("#82 unknown role id")
    void unknownRole() {
        ValidationIssue issue = single(orders().build(), ExecutionContext.ofUserRoles("nonexistent"),
                ValidationIssueCode.UNKNOWN_ROLE);
        assertThat(issue.details().role()).contains("nonexistent");
    }

    @Test
    @DisplayName("#86 EXISTS nested in a HAVING group")
    void existsInHaving() {
        ValidationIssue issue = single(ordersByStatus().having(QueryFilterGroup.or(
                QueryFilter.of("totalSum", FilterOperator.GT, 100), QueryExistsFilter.exists("invoices"))).build(),
                ValidationIssueCode.INVALID_HAVING);
        assertThat(issue.details().table()).contains("invoices");
        assertThat(issue.details().filterIndex()).contains(0);
    }

    @Test
    @DisplayName("#87 aggregation alias used twice")
    void aliasReused() {
        ValidationIssue issue = single(orders().aggregation(QueryAggregation.of(AggregationFn.SUM, "total", "x"),
                QueryAggregation.countAll("x")).build(), ValidationIssueCode.INVALID_AGGREGATION);
        assertThat(issue.details().alias()).contains("x");
    }

    @Test
    @DisplayName("#88 aggregation alias equals a selected column")
    void aliasEqualsSelectedColumn() {
        ValidationIssue issue = single(orders().columns("status").groupBy(QueryGroupBy.of("status"))
                .aggregation(QueryAggregation.of(AggregationFn.SUM, "total", "status")).build(),
                ValidationIssueCode.INVALID_AGGREGATION);
        assertThat(issue.details().alias()).contains("status");
    }

    @Test
    @DisplayName("#97 offset without limit")
    void offsetWithoutLimit() {
        ValidationIssue issue = single(orders().offset(10).build(), ValidationIssueCode.INVALID_LIMIT);
        assertThat(issue.message()).isEqualTo("offset needs a limit");
    }

    @Test
    @DisplayName("#98 filter on an unknown joined column")
    void unknownJoinedColumn() {
        ValidationIssue issue = filterIssue(orders().join(QueryJoin.of("products"))
                .filter(QueryFilter.of("products", "nonexistent", FilterOperator.EQ, "x")).build(),
                ValidationIssueCode.UNKNOWN_COLUMN, "products", "nonexistent", "=");
        assertThat(issue.message()).isEqualTo("Column 'products.nonexistent' does not exist");
    }

    @Test
    @DisplayName("#107 isNull on a non-nullable column")
    void isNullOnNonNullable() {
        ValidationIssue issue = ordersFilter(QueryFilter.unary("id", FilterOperator.IS_NULL), ValidationIssueCode.INVALID_FILTER);
        assertThat(issue.message()).isEqualTo("Operator 'isNull' needs a nullable column; column 'orders.id' is not nullable");
    }

    @Test
    @DisplayName("#109 levenshteinLte on decimal")
    void levenshteinOnDecimal() {
        ordersFilter(QueryFilter.levenshteinLte("total", "100", 1), ValidationIssueCode.INVALID_FILTER);
    }

    @Test
    @DisplayName("#116 between on boolean")
    void betweenOnBoolean() {
        ordersFilter(QueryFilter.between("isPaid", true, false), ValidationIssueCode.INVALID_FILTER);
    }

    @Test
    @DisplayName("#117 contains on decimal")
    void containsOnDecimal() {
        ordersFilter(QueryFilter.of("total", FilterOperator.CONTAINS, "100"), ValidationIssueCode.INVALID_FILTER);
    }

    @Test
    @DisplayName("#118 column filter between incompatible types")
    void columnFilterIncompatibleTypes() {
        ValidationIssue issue = filterIssue(orders().filter(QueryColumnFilter.of("total", ComparisonOperator.GT, "status"))
                .build(), ValidationIssueCode.INVALID_FILTER, "orders", "total", ">");
        assertThat(issue.details().refColumn()).contains("status");
        assertThat(issue.details().refTable()).contains("orders");
        assertThat(issue.message()).isEqualTo(
                "Columns 'orders.total' (decimal) and 'orders.status' (string) have incompatible types");
    }

    @Test
    @DisplayName("#119 column filter on a denied column")
    void columnFilterOnDeniedColumn() {
        ValidationIssue issue = single(orders().filter(QueryColumnFilter.of("internalNote", ComparisonOperator.GT, "status"))
                .build(), ExecutionContext.ofUserRoles("tenant-user"), ValidationIssueCode.ACCESS_DENIED);
        assertThat(issue.details().column()).contains("internalNote");
        assertThat(issue.details().filterIndex()).contains(0);
    }

    @Test
    @DisplayName("#120 between missing to")
    void betweenMissingTo() {
        ValidationIssue issue = ordersFilter(QueryFilter.of("total", FilterOperator.BETWEEN, object("from", 100)),
                ValidationIssueCode.INVALID_VALUE);
        assertThat(issue.message()).isEqualTo("Invalid value for 'between' on column 'orders.total': 'to' is missing");
    }

    @Test
    @DisplayName("#121 negative maxDistance")
    void negativeMaxDistance() {
        ValidationIssue issue = filterIssue(QueryDefinition.builder("users")
                .filter(QueryFilter.levenshteinLte("lastName", "x", -1)).build(),
                ValidationIssueCode.INVALID_VALUE, "users", "lastName", "levenshteinLte");
        assertThat(issue.details().actual()).contains("number -1");
    }

    @Test
    @DisplayName("#122 in with an empty list")
    void inEmptyList() {
        ordersFilter(QueryFilter.in("status", List.of()), ValidationIssueCode.INVALID_VALUE);
    }

    @Test
    @DisplayName("#123 column filter with unknown right column")
    void columnFilterUnknownRefColumn() {
        ValidationIssue issue = single(orders().filter(QueryColumnFilter.of("total", ComparisonOperator.GT, "nonexistent"))
                .build(), ValidationIssueCode.UNKNOWN_COLUMN);
        assertThat(issue.details().refColumn()).contains("nonexistent");
        assertThat(issue.details().refTable()).contains("orders");
        assertThat(issue.details().filterIndex()).contains(0);
        assertThat(issue.message()).isEqualTo("Right column 'orders.nonexistent' does not exist");
    }

    @Test
    @DisplayName("#139 table qualifier naming a table that is not in the query")
    void qualifierNotInQuery() {
        ValidationIssue issue = filterIssue(QueryDefinition.builder("users")
                .filter(QueryFilter.of("orders", "status", FilterOperator.EQ, "active")).build(),
                ValidationIssueCode.INVALID_FILTER, "orders", "status", "=");
        assertThat(issue.message()).contains("'orders.status'").contains("not available");
    }

    @Test
    @DisplayName("#140 in element of the wrong type")
    void inElementWrongType() {
        ValidationIssue issue = ordersFilter(QueryFilter.in("status", List.of(1, 2)), ValidationIssueCode.INVALID_VALUE);
        assertThat(issue.message()).isEqualTo(
                "Invalid value for 'in' on column 'orders.status': element 0 is not string: number 1");
    }

    @Test
    @DisplayName("#141 table qualifier inside HAVING")
    void tableInHaving() {
        ValidationIssue issue = single(ordersByStatus().having(QueryFilter.of("orders", "totalSum", FilterOperator.GT, 100))
                .build(), ValidationIssueCode.INVALID_HAVING);
        assertThat(issue.details().alias()).contains("totalSum");
        assertThat(issue.details().table()).contains("orders");
    }

    @Test
    @DisplayName("#143 byIds on a composite primary key")
    void byIdsOnCompositeKey() {
        TableMeta orders = QueryValidation.fixtureTable("orders");
        MetadataIndex compositePk = QueryValidation.withTable(new TableMeta(orders.id(), orders.apiName(),
                orders.database(), orders.physicalName(), orders.columns(), List.of("tenantId", "id"), orders.relations(),
                orders.trinoPhysicalName()));

        ValidationIssue issue = single(orders().byIds(1, 2).build(), ADMIN, compositePk, ValidationIssueCode.INVALID_BY_IDS);
        assertThat(issue.details().actual()).contains("tenantId, id");
    }

    @Test
    @DisplayName("#145 notBetween missing to")
    void notBetweenMissingTo() {
        ordersFilter(QueryFilter.of("total", FilterOperator.NOT_BETWEEN, object("from", 100)), ValidationIssueCode.INVALID_VALUE);
    }

    @Test
    @DisplayName("#146 notIn on timestamp")
    void notInOnTimestamp() {
        ordersFilter(QueryFilter.of("createdAt", FilterOperator.NOT_IN, List.of("2024-01-01")), ValidationIssueCode.INVALID_FILTER);
    }

    @Test
    @DisplayName("#150 null inside an in list")
    void nullInList() {
        ValidationIssue issue = ordersFilter(QueryFilter.in("status", Arrays.asList("active", null)),
                ValidationIssueCode.INVALID_VALUE);
        assertThat(issue.details().actual()).contains("null at index 1");
    }

    @Test
    @DisplayName("#151 column filter inside a HAVING group")
    void columnFilterInHaving() {
        ValidationIssue issue = single(ordersByStatus().aggregation(QueryAggregation.of(AggregationFn.AVG, "total", "avgTotal"))
                .having(QueryFilterGroup.and(QueryColumnFilter.of("totalSum", ComparisonOperator.GT, "avgTotal"))).build(),
                ValidationIssueCode.INVALID_HAVING);
        assertThat(issue.details().alias()).contains("totalSum");
        assertThat(issue.details().refColumn()).contains("avgTotal");
    }

    @Test
    @DisplayName("#153 pattern operator in HAVING")
    void patternInHaving() {
        ValidationIssue issue = single(ordersByStatus().having(QueryFilter.of("totalSum", FilterOperator.CONTAINS, "100"))
                .build(), ValidationIssueCode.INVALID_HAVING);
        assertThat(issue.details().operator()).contains("contains");
        assertThat(issue.message()).isEqualTo("Operator 'contains' is not allowed in HAVING");
    }

    @Test
    @DisplayName("#154 function operator in HAVING")
    void levenshteinInHaving() {
        ValidationIssue issue = single(ordersByStatus().having(QueryFilter.levenshteinLte("totalSum", "100", 1)).build(),
                ValidationIssueCode.INVALID_HAVING);
        assertThat(issue.details().operator()).contains("levenshteinLte");
    }

    @Test
    @DisplayName("#157 exists: false with count is valid (exists is ignored)")
    void notExistsWithCountIsValid() {
        assertThat(validate(orders().filter(new QueryExistsFilter(Optional.of(false), "invoices", List.of(),
                Optional.of(ExistsCount.of(ComparisonOperator.GE, 3)))).build())).isEmpty();
    }

    @Test
    @DisplayName("#158 negative EXISTS count")
    void negativeCount() {
        ValidationIssue issue = single(orders().filter(QueryExistsFilter.counted("invoices",
                ExistsCount.of(ComparisonOperator.GE, -1))).build(), ValidationIssueCode.INVALID_EXISTS);
        assertThat(issue.details().table()).contains("invoices");
        assertThat(issue.details().operator()).contains(">=");
        assertThat(issue.details().filterIndex()).contains(0);
    }

    @Test
    @DisplayName("#159 fractional EXISTS count")
    void fractionalCount() {
        ValidationIssue issue = single(orders().filter(QueryExistsFilter.counted("invoices",
                new ExistsCount(ComparisonOperator.GE, new BigDecimal("2.5")))).build(), ValidationIssueCode.INVALID_EXISTS);
        assertThat(issue.message()).isEqualTo("EXISTS count on 'invoices' must be a non-negative integer, got 2.5");
    }

    @Test
    @DisplayName("#165 nested EXISTS is resolved against the enclosing EXISTS table")
    void nestedExistsWrongParent() {
        ValidationIssue issue = single(orders().filter(QueryExistsFilter.exists("invoices",
                QueryExistsFilter.exists("users", QueryFilter.of("role", FilterOperator.EQ, "admin")))).build(),
                ValidationIssueCode.INVALID_EXISTS);
        assertThat(issue.details().table()).contains("users");
        assertThat(issue.message()).isEqualTo("EXISTS on 'users' has no relation to 'invoices' to correlate with");
    }

    @Test
    @DisplayName("#167 fractional maxDistance")
    void fractionalMaxDistance() {
        filterIssue(QueryDefinition.builder("users").filter(QueryFilter.of("lastName", FilterOperator.LEVENSHTEIN_LTE,
                object("text", "x", "maxDistance", new BigDecimal("1.5")))).build(),
                ValidationIssueCode.INVALID_VALUE, "users", "lastName", "levenshteinLte");
    }

    @Test
    @DisplayName("#168 between with a null lower bound")
    void betweenNullFrom() {
        ValidationIssue issue = ordersFilter(QueryFilter.between("total", null, 100), ValidationIssueCode.INVALID_VALUE);
        assertThat(issue.message()).endsWith("'from' is null");
    }

    @Test
    @DisplayName("#169 notBetween with a null upper bound")
    void notBetweenNullTo() {
        ValidationIssue issue = ordersFilter(QueryFilter.of("total", FilterOperator.NOT_BETWEEN, range(0, null)),
                ValidationIssueCode.INVALID_VALUE);
        assertThat(issue.message()).endsWith("'to' is null");
    }

    @Test
    @DisplayName("#173 array operator on a scalar column")
    void arrayOperatorOnScalar() {
        ordersFilter(QueryFilter.of("status", FilterOperator.ARRAY_CONTAINS, "active"), ValidationIssueCode.INVALID_FILTER);
    }

    @Test
    @DisplayName("#174 scalar operator on an array column")
    void scalarOperatorOnArray() {
        filterIssue(QueryDefinition.builder("events").filter(QueryFilter.of("tags", FilterOperator.EQ, "urgent")).build(),
                ValidationIssueCode.INVALID_FILTER, "events", "tags", "=");
    }

    @Test
    @DisplayName("#175 arrayContains value of the wrong element type")
    void arrayContainsWrongElement() {
        ValidationIssue issue = filterIssue(QueryDefinition.builder("events")
                .filter(QueryFilter.of("tags", FilterOperator.ARRAY_CONTAINS, 123)).build(),
                ValidationIssueCode.INVALID_VALUE, "events", "tags", "arrayContains");
        assertThat(issue.details().expected()).contains("string");
        assertThat(issue.details().actual()).contains("number 123");
    }

    @Test
    @DisplayName("#176 arrayContainsAll with an empty list")
    void arrayContainsAllEmpty() {
        filterIssue(QueryDefinition.builder("products").filter(QueryFilter.of("labels", FilterOperator.ARRAY_CONTAINS_ALL,
                List.of())).build(), ValidationIssueCode.INVALID_VALUE, "products", "labels", "arrayContainsAll");
    }

    @Test
    @DisplayName("#177 arrayContainsAny element of the wrong type")
    void arrayContainsAnyWrongElement() {
        filterIssue(QueryDefinition.builder("products").filter(QueryFilter.of("labels", FilterOperator.ARRAY_CONTAINS_ANY,
                List.of(1, 2))).build(), ValidationIssueCode.INVALID_VALUE, "products", "labels", "arrayContainsAny");
    }

    @Test
    @DisplayName("#178 array operator in HAVING")
    void arrayOperatorInHaving() {
        ValidationIssue issue = single(ordersByStatus().having(QueryFilter.unary("totalSum", FilterOperator.ARRAY_CONTAINS))
                .build(), ValidationIssueCode.INVALID_HAVING);
        assertThat(issue.details().operator()).contains("arrayContains");
    }

    @Test
    @DisplayName("#179 SUM over an array column")
    void sumOverArray() {
        ValidationIssue issue = single(QueryDefinition.builder("events")
                .aggregation(QueryAggregation.of(AggregationFn.SUM, "tags", "tagSum")).build(),
                ValidationIssueCode.INVALID_AGGREGATION);
        assertThat(issue.details().alias()).contains("tagSum");
        assertThat(issue.details().column()).contains("tags");
        assertThat(issue.details().actual()).contains("string[]");
    }

    @Test
    @DisplayName("#180 column filter on an array column")
    void columnFilterOnArray() {
        ValidationIssue issue = filterIssue(QueryDefinition.builder("events")
                .filter(QueryColumnFilter.of("tags", ComparisonOperator.GT, "type")).build(),
                ValidationIssueCode.INVALID_FILTER, "events", "tags", ">");
        assertThat(issue.message()).isEqualTo("Column filters cannot compare array column 'events.tags'");
    }

    @Test
    @DisplayName("#187 null inside arrayContainsAll")
    void nullInArrayContainsAll() {
        filterIssue(QueryDefinition.builder("products").filter(QueryFilter.of("labels", FilterOperator.ARRAY_CONTAINS_ALL,
                Arrays.asList("sale", null))).build(), ValidationIssueCode.INVALID_VALUE, "products", "labels",
                "arrayContainsAll");
    }

    @Test
    @DisplayName("#190 ordering operator on boolean")
    void greaterThanOnBoolean() {
        ordersFilter(QueryFilter.of("isPaid", FilterOperator.GT, true), ValidationIssueCode.INVALID_FILTER);
    }

    @Test
    @DisplayName("#191 in on boolean")
    void inOnBoolean() {
        ordersFilter(QueryFilter.in("isPaid", List.of(true, false)), ValidationIssueCode.INVALID_FILTER);
    }

    @Test
    @DisplayName("#192 in on date")
    void inOnDate() {
        filterIssue(QueryDefinition.builder("invoices").filter(QueryFilter.in("dueDate", List.of("2024-06-01"))).build(),
                ValidationIssueCode.INVALID_FILTER, "invoices", "dueDate", "in");
    }

    @Test
    @DisplayName("#195 between bounds of the wrong type")
    void betweenWrongType() {
        ValidationIssue issue = ordersFilter(QueryFilter.between("total", "abc", "xyz"), ValidationIssueCode.INVALID_VALUE);
        assertThat(issue.details().expected()).contains("decimal");
        assertThat(issue.details().actual()).contains("string 'abc'");
    }

    @Test
    @DisplayName("#198 array column in GROUP BY")
    void arrayInGroupBy() {
        ValidationIssue issue = single(orders().groupBy(QueryGroupBy.of("priorities"))
                .aggregation(QueryAggregation.countAll("cnt")).build(), ValidationIssueCode.INVALID_GROUP_BY);
        assertThat(issue.details().column()).contains("priorities");
    }

    @Test
    @DisplayName("#199 array column in ORDER BY")
    void arrayInOrderBy() {
        ValidationIssue issue = single(orders().orderBy(QueryOrderBy.asc("priorities")).build(),
                ValidationIssueCode.INVALID_ORDER_BY);
        assertThat(issue.details().column()).contains("priorities");
    }

    @Test
    @DisplayName("#229 notIn on date")
    void notInOnDate() {
        filterIssue(QueryDefinition.builder("invoices").filter(QueryFilter.of("dueDate", FilterOperator.NOT_IN,
                List.of("2024-06-01"))).build(), ValidationIssueCode.INVALID_FILTER, "invoices", "dueDate", "notIn");
    }

    @Test
    @DisplayName("#230 in on timestamp")
    void inOnTimestamp() {
        ordersFilter(QueryFilter.in("createdAt", List.of("2024-01-01T00:00:00Z")), ValidationIssueCode.INVALID_FILTER);
    }

    @Test
    @DisplayName("#231 between on uuid")
    void betweenOnUuid() {
        ordersFilter(QueryFilter.between("id", "uuid1", "uuid2"), ValidationIssueCode.INVALID_FILTER);
    }

    @Test
    @DisplayName("#232 notIn on boolean")
    void notInOnBoolean() {
        ordersFilter(QueryFilter.of("isPaid", FilterOperator.NOT_IN, List.of(true)), ValidationIssueCode.INVALID_FILTER);
    }

    @Test
    @DisplayName("#234 notBetween on boolean")
    void notBetweenOnBoolean() {
        ordersFilter(QueryFilter.of("isPaid", FilterOperator.NOT_BETWEEN, range(true, false)), ValidationIssueCode.INVALID_FILTER);
    }

    @Test
    @DisplayName("#235 notBetween on uuid")
    void notBetweenOnUuid() {
        ordersFilter(QueryFilter.of("id", FilterOperator.NOT_BETWEEN, range(UUID_1, UUID_2)), ValidationIssueCode.INVALID_FILTER);
    }

    @Test
    @DisplayName("#14d service scope narrows admin: other tables and columns are denied")
    void serviceScopeNarrowsAdmin() {
        ExecutionContext context = new ExecutionContext(ContextRoles.user("admin").withService("orders-service"));

        ValidationIssue events = single(QueryDefinition.builder("events").build(), context, ValidationIssueCode.ACCESS_DENIED);
        assertThat(events.details().table()).contains("events");
        ValidationIssue email = single(QueryDefinition.builder("users").columns("id", "email").build(), context,
                ValidationIssueCode.ACCESS_DENIED);
        assertThat(email.details().table()).contains("users");
        assertThat(email.details().column()).contains("email");
        assertThat(validate(orders().join(QueryJoin.of("products")).build(), context)).isEmpty();
        assertThat(validate(QueryDefinition.builder("users").columns("id", "firstName", "lastName").build(), context)).isEmpty();
    }

    @Test
    @DisplayName("#95 scopes with an empty intersection deny the table")
    void emptyIntersection() {
        ValidationIssue issue = single(QueryDefinition.builder("events").build(),
                new ExecutionContext(ContextRoles.user("analytics-reader").withService("orders-service")),
                ValidationIssueCode.ACCESS_DENIED);
        assertThat(issue.details().table()).contains("events");
    }

    @Test
    @DisplayName("#104 empty role list denies everything")
    void emptyRoleList() {
        ValidationIssue issue = single(orders().build(), ExecutionContext.ofUserRoles(), ValidationIssueCode.ACCESS_DENIED);
        assertThat(issue.details().table()).contains("orders");
    }
}
