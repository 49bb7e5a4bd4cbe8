package com.mkven.multidb.tck.contract;

import com.mkven.multidb.engine.MultiDb;
import com.mkven.multidb.error.ExecutionDetails;
import com.mkven.multidb.error.MultiDbException;
import com.mkven.multidb.error.PlannerException;
import com.mkven.multidb.error.QueryExecutionException;
import com.mkven.multidb.error.ValidationException;
import com.mkven.multidb.error.ValidationIssue;
import com.mkven.multidb.json.MultiDbJson;
import com.mkven.multidb.query.ContextRoles;
import com.mkven.multidb.query.ExecutionContext;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.result.CountResult;
import com.mkven.multidb.result.DataResult;
import com.mkven.multidb.result.DebugLogEntry;
import com.mkven.multidb.result.DialectName;
import com.mkven.multidb.result.QueryResult;
import com.mkven.multidb.result.ResultColumn;
import com.mkven.multidb.result.SqlResult;
import com.mkven.multidb.result.Strategy;
import com.mkven.multidb.result.TableSource;
import com.mkven.multidb.result.TableUsed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static com.mkven.multidb.fixture.TestFixture.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The contract suite (runtime.md §12, scenarios.md §10), written once and run per implementation by a subclass that
 * starts it. Every query runs twice, on the implementation and on a reference engine in this JVM with the same
 * configuration ({@link ContractFixture}), and the two outcomes must be the same ({@link SameOutcome}); the tests
 * then pin what the seed data says the outcome is. Each implementation is started once per class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class QueryContractSuite {
    static final ExecutionContext ADMIN = ExecutionContext.ofUserRoles("admin");
    static final ExecutionContext TENANT_USER = ExecutionContext.ofUserRoles("tenant-user");
    static final ExecutionContext ANALYTICS_READER = ExecutionContext.ofUserRoles("analytics-reader");
    static final ExecutionContext ORDERS_SERVICE = new ExecutionContext(ContextRoles.service("orders-service"));

    private MultiDb reference;
    private QueryContract contract;

    /** Starts the implementation under test over {@link ContractFixture}'s configuration. */
    protected abstract QueryContract start() throws Exception;

    /** Stops what {@link #start()} started. */
    protected abstract void stop() throws Exception;

    @BeforeAll
    final void startImplementations() throws Exception {
        ContractFixture.seed();
        reference = ContractFixture.engine();
        contract = start();
    }

    @AfterAll
    final void stopImplementations() throws Exception {
        try {
            stop();
        } finally {
            reference.close();
        }
    }

    /** A definition from JSON written with single quotes. */
    private static QueryDefinition definition(String json) {
        return MultiDbJson.read(json.replace('\'', '"'), QueryDefinition.class);
    }

    /** The implementation's result, after checking that it is the reference's. */
    private QueryResult query(String json, ExecutionContext context) {
        QueryDefinition definition = definition(json);
        QueryResult expected = reference.query(definition, context);
        QueryResult actual = contract.query(definition, context);
        SameOutcome.assertSameResult(actual, expected, !definition.orderBy().isEmpty());
        return actual;
    }

    private DataResult data(String json, ExecutionContext context) {
        QueryResult result = query(json, context);
        assertThat(result).isInstanceOf(DataResult.class);
        return (DataResult) result;
    }

    /** The implementation's error, after checking that it is the reference's. */
    private MultiDbException failure(String json, ExecutionContext context) {
        QueryDefinition definition = definition(json);
        MultiDbException expected = catchThrowableOfType(MultiDbException.class, () -> reference.query(definition, context));
        MultiDbException actual = catchThrowableOfType(MultiDbException.class, () -> contract.query(definition, context));
        assertThat(expected).as("the reference engine's error").isNotNull();
        assertThat(actual).as("the implementation's error").isNotNull();
        SameOutcome.assertSameError(actual, expected);
        return actual;
    }

    private static List<Object> column(DataResult result, String key) {
        List<Object> values = new ArrayList<>();
        result.data().forEach(row -> values.add(row.get(key)));
        return values;
    }

    private static List<String> issueCodes(MultiDbException error) {
        assertThat(error).isInstanceOf(ValidationException.class);
        return ((ValidationException) error).errors().stream().map(ValidationIssue::code).map(Enum::name).toList();
    }

    private static UUID uuid(String label) {
        return UUID.fromString(id(label));
    }

    // scenarios.md §10 — the shared scenarios of runtime.md §12

    @Test
    @DisplayName("#219 simple select: kind data, one meta column per requested column, the same meta.columns")
    void simpleSelect() {
        DataResult result = data("{'from':'orders','columns':['id','status']}", ADMIN);

        assertThat(result.meta().columns()).extracting(ResultColumn::apiName).containsExactly("id", "status");
        assertThat(result.data()).hasSize(7).allSatisfy(row -> assertThat(row).containsOnlyKeys("id", "status"));
    }

    @Test
    @DisplayName("#220 filter and join: the active orders with their product, same rows and structure")
    void filterAndJoin() {
        DataResult result = data("{'from':'orders','columns':['id','status'],'joins':[{'table':'products','columns':['name']}],"
                + "'filters':[{'column':'status','operator':'=','value':'active'}],'orderBy':[{'column':'id','direction':'asc'}]}", ADMIN);

        assertThat(result.meta().columns()).extracting(ResultColumn::apiName).containsExactly("id", "status", "name");
        assertThat(column(result, "id")).containsExactly(uuid("O1"), uuid("O4"));
        assertThat(column(result, "name")).containsExactly("Laptop Pro", "Oak Desk");
    }

    @Test
    @DisplayName("#221 aggregation: SUM(total) per status, identical values")
    void aggregation() {
        DataResult result = data("{'from':'orders','groupBy':[{'column':'status'}],"
                + "'aggregations':[{'column':'total','fn':'sum','alias':'totalSum'}],'orderBy':[{'column':'status','direction':'asc'}]}", ADMIN);

        assertThat(column(result, "status")).containsExactly("active", "cancelled", "pending", "shipped");
        assertThat(column(result, "totalSum")).usingElementComparator(SameOutcome::compareNumbers)
                .containsExactly(new BigDecimal("1275.50"), new BigDecimal("5.00"), new BigDecimal("480.00"), new BigDecimal("400.00"));
    }

    @Test
    @DisplayName("#222 validation error: an unknown table is a ValidationError with the same code")
    void unknownTable() {
        MultiDbException error = failure("{'from':'nope'}", ADMIN);

        assertThat(error.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(issueCodes(error)).contains("UNKNOWN_TABLE");
    }

    @Test
    @DisplayName("#223 access denied: tenant-user asking for internalNote is a ValidationError with ACCESS_DENIED")
    void restrictedColumn() {
        MultiDbException error = failure("{'from':'orders','columns':['id','internalNote']}", TENANT_USER);

        assertThat(issueCodes(error)).containsExactly("ACCESS_DENIED");
    }

    @Test
    @DisplayName("#224 count mode: kind count with the seed's 7 orders")
    void countMode() {
        QueryResult result = query("{'from':'orders','executeMode':'count'}", ADMIN);

        assertThat(result).isInstanceOfSatisfying(CountResult.class, count -> assertThat(count.count()).isEqualTo(7));
        assertThat(result.meta().columns()).isEmpty();
    }

    @Test
    @DisplayName("#225 sql-only mode: kind sql with the same params")
    void sqlOnlyMode() {
        QueryResult result = query("{'from':'orders','columns':['id'],'filters':[{'column':'status','operator':'=','value':'active'}],"
                + "'executeMode':'sql-only'}", ADMIN);

        assertThat(result).isInstanceOfSatisfying(SqlResult.class, sql -> {
            assertThat(sql.params()).containsExactly("active");
            assertThat(sql.sql()).startsWith("SELECT");
        });
        assertThat(result.meta().timing().executionMs()).isEmpty();
    }

    @Test
    @DisplayName("#236 debug mode: debugLog entries each with timestamp, phase and message")
    void debugMode() {
        DataResult result = data("{'from':'orders','columns':['id','status'],'debug':true}", ADMIN);

        assertThat(result.debugLog()).isPresent();
        assertThat(result.debugLog().get()).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.timestamp()).isPositive();
            assertThat(entry.phase()).isNotNull();
            assertThat(entry.message()).isNotBlank();
        });
    }

    @Test
    @DisplayName("#237 masking flags in meta: for tenant-user total is masked and id is not")
    void maskingFlags() {
        DataResult result = data("{'from':'orders','columns':['id','total']}", TENANT_USER);

        assertThat(result.meta().columns()).extracting(ResultColumn::apiName, ResultColumn::masked)
                .containsExactly(tuple("id", false), tuple("total", true));
    }

    @Test
    @DisplayName("#238 byIds: orders O1 and O2 come back with the requested columns")
    void byIds() {
        DataResult result = data("{'from':'orders','columns':['id','status'],'byIds':['%s','%s']}".formatted(id("O1"), id("O2")), ADMIN);

        assertThat(result.meta().columns()).extracting(ResultColumn::apiName).containsExactly("id", "status");
        assertThat(column(result, "id")).containsExactlyInAnyOrder(uuid("O1"), uuid("O2"));
    }

    // every executeMode, on more than one shape

    @Test
    void everyValueTypeComesBackAsTheJavaApiTypes() {
        DataResult result = data("{'from':'orders','orderBy':[{'column':'id','direction':'asc'}]}", ADMIN);

        Map<String, Object> first = result.data().get(0);
        assertThat(first.get("id")).isEqualTo(uuid("O1"));
        assertThat(first.get("total")).isInstanceOf(BigDecimal.class);
        assertThat(first.get("createdAt")).isEqualTo(Instant.parse("2024-03-15T10:00:00Z"));
        assertThat(first.get("quantity")).isEqualTo(1);
        assertThat(first.get("isPaid")).isEqualTo(true);
        assertThat(first.get("priorities")).isEqualTo(List.of(1, 2, 3));
        assertThat(first.get("discount")).isNull();
        assertThat(column(result, "priorities")).containsExactly(List.of(1, 2, 3), List.of(1), List.of(), null, List.of(2, 3), List.of(3), List.of(2));
    }

    @Test
    void anEmptyResultStillDescribesItsColumns() {
        DataResult result = data("{'from':'orders','columns':['id','total'],'filters':[{'column':'status','operator':'=','value':'nope'}]}", ADMIN);

        assertThat(result.data()).isEmpty();
        assertThat(result.meta().columns()).extracting(ResultColumn::apiName).containsExactly("id", "total");
    }

    @Test
    void countHonoursFiltersAndIgnoresGrouping() {
        QueryResult result = query("{'from':'orders','columns':['status'],'groupBy':[{'column':'status'}],"
                + "'aggregations':[{'column':'*','fn':'count','alias':'n'}],"
                + "'filters':[{'column':'status','operator':'in','value':['active','shipped']}],'executeMode':'count','debug':true}", ADMIN);

        assertThat(result).isInstanceOfSatisfying(CountResult.class, count -> assertThat(count.count()).isEqualTo(4));
        assertThat(result.debugLog()).isPresent();
    }

    @Test
    void sqlOnlyDescribesThePlanAndTheColumnsWithoutRunningAnything() {
        QueryResult result = query("{'from':'orders','columns':['id','total'],'filters':[{'column':'total','operator':'between',"
                + "'value':{'from':100,'to':500}}],'executeMode':'sql-only'}", TENANT_USER);

        assertThat(result.meta().strategy()).isEqualTo(Strategy.DIRECT);
        assertThat(result.meta().dialect()).contains(DialectName.POSTGRES);
        assertThat(result.meta().tablesUsed()).containsExactly(new TableUsed("orders", TableSource.ORIGINAL, "pg-main", "public.orders"));
        assertThat(result.meta().columns()).extracting(ResultColumn::masked).containsExactly(false, true);
        assertThat(((SqlResult) result).params()).usingElementComparator(SameOutcome::compareNumbers).containsExactly(100, 500);
    }

    // joins

    @Test
    void aLeftJoinKeepsOrdersWithoutAProductAndQualifiesCollidingKeys() {
        DataResult result = data("{'from':'orders','columns':['id'],'joins':[{'table':'products','columns':['id','name']}],"
                + "'orderBy':[{'column':'id','direction':'asc'}]}", ADMIN);

        assertThat(result.meta().columns()).extracting(ResultColumn::apiName).containsExactly("orders.id", "products.id", "name");
        assertThat(column(result, "name")).containsExactly("Laptop Pro", "Phone X", null, "Oak Desk", "Mesh Chair", null, "Gel Pen");
    }

    @Test
    void anInnerJoinDropsOrdersWithoutAProduct() {
        DataResult result = data("{'from':'orders','columns':['id'],'joins':[{'table':'products','type':'inner','columns':['category']}]}", ADMIN);

        assertThat(column(result, "id")).containsExactlyInAnyOrder(uuid("O1"), uuid("O2"), uuid("O4"), uuid("O5"), uuid("O7"));
    }

    @Test
    void aColumnComparedWithAColumnOfAJoinedTable() {
        DataResult result = data("{'from':'orders','columns':['id'],'joins':[{'table':'products','columns':[]}],"
                + "'filters':[{'column':'total','operator':'<','refColumn':'price','refTable':'products'}]}", ADMIN);

        assertThat(column(result, "id")).containsExactlyInAnyOrder(uuid("O2"), uuid("O4"));
    }

    @Test
    void aJoinOnAReplicaRunsMaterializedOnTheDatabaseHoldingIt() {
        DataResult result = data("{'from':'orders','columns':['id'],'joins':[{'table':'tenants','columns':['name']}],"
                + "'filters':[{'column':'status','operator':'=','value':'shipped'}],'orderBy':[{'column':'id','direction':'asc'}]}", ADMIN);

        assertThat(result.meta().strategy()).isEqualTo(Strategy.MATERIALIZED);
        assertThat(result.meta().targetDatabase()).isEqualTo("pg-main");
        assertThat(result.meta().tablesUsed()).extracting(TableUsed::source).containsExactlyInAnyOrder(TableSource.ORIGINAL, TableSource.MATERIALIZED);
        assertThat(column(result, "name")).containsExactly("Acme Corp", "Globex");
    }

    // aggregations

    @Test
    void aggregationsWithHavingAndOrderingByAnAlias() {
        DataResult result = data("{'from':'orders','groupBy':[{'column':'status'}],'aggregations':[{'column':'*','fn':'count','alias':'n'},"
                + "{'column':'total','fn':'sum','alias':'totalSum'}],'having':[{'column':'totalSum','operator':'>','value':300}],"
                + "'orderBy':[{'column':'totalSum','direction':'desc'}]}", ADMIN);

        assertThat(column(result, "status")).containsExactly("active", "pending", "shipped");
        assertThat(column(result, "n")).usingElementComparator(SameOutcome::compareNumbers).containsExactly(2, 1, 2);
    }

    @Test
    void aggregationsOverTheWholeTableKeepTheirPrecision() {
        DataResult result = data("{'from':'orders','columns':[],'aggregations':[{'column':'total','fn':'min','alias':'least'},"
                + "{'column':'total','fn':'max','alias':'most'},{'column':'total','fn':'avg','alias':'mean'},"
                + "{'column':'discount','fn':'sum','alias':'discounts'}]}", ADMIN);

        Map<String, Object> row = result.data().get(0);
        assertThat(SameOutcome.compareNumbers(row.get("least"), BigDecimal.ZERO)).isZero();
        assertThat(SameOutcome.compareNumbers(row.get("most"), new BigDecimal("1200"))).isZero();
        assertThat(((BigDecimal) row.get("mean")).setScale(6, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("308.642857");
        assertThat(row.get("discounts")).isNull();
    }

    // ordering, paging, distinct

    @Test
    void orderingAndPaging() {
        DataResult result = data("{'from':'orders','columns':['id','total'],'orderBy':[{'column':'total','direction':'desc'}],'limit':2,'offset':1}", ADMIN);

        assertThat(column(result, "id")).containsExactly(uuid("O5"), uuid("O2"));
    }

    @Test
    void distinctValues() {
        DataResult result = data("{'from':'products','columns':['category'],'distinct':true,'orderBy':[{'column':'category','direction':'asc'}]}", ADMIN);

        assertThat(column(result, "category")).containsExactly("electronics", "furniture", "office");
    }

    // filters

    @Test
    void filterGroupsWithOrAndNot() {
        DataResult result = data("{'from':'orders','columns':['id'],'filters':[{'logic':'or','conditions':["
                + "{'column':'status','operator':'=','value':'cancelled'},{'column':'total','operator':'>','value':1000}]},"
                + "{'logic':'and','not':true,'conditions':[{'column':'regionId','operator':'=','value':'us-east'}]}]}", ADMIN);

        assertThat(column(result, "id")).containsExactlyInAnyOrder(uuid("O1"), uuid("O6"));
    }

    @Test
    void patternAndArrayOperators() {
        DataResult emails = data("{'from':'users','columns':['id'],'filters':[{'column':'email','operator':'iendsWith','value':'example.com'}]}", ADMIN);
        DataResult priorities = data("{'from':'orders','columns':['id'],'filters':[{'column':'priorities','operator':'arrayContains','value':2}]}", ADMIN);

        assertThat(column(emails, "id")).containsExactlyInAnyOrder(uuid("U1"), uuid("U2"), uuid("U4"));
        assertThat(column(priorities, "id")).containsExactlyInAnyOrder(uuid("O1"), uuid("O5"), uuid("O7"));
    }

    @Test
    void existsNotExistsAndCountedExists() {
        DataResult buyers = data("{'from':'users','columns':['id'],'filters':[{'table':'orders'}]}", ADMIN);
        DataResult idle = data("{'from':'users','columns':['id'],'filters':[{'table':'orders','exists':false}]}", ADMIN);
        DataResult regulars = data("{'from':'users','columns':['id'],'filters':[{'table':'orders','count':{'operator':'>=','value':2}}]}", ADMIN);

        assertThat(column(buyers, "id")).containsExactlyInAnyOrder(uuid("U1"), uuid("U2"), uuid("U3"), uuid("U4"), uuid("U5"));
        assertThat(column(idle, "id")).containsExactly(uuid("U6"));
        assertThat(column(regulars, "id")).containsExactlyInAnyOrder(uuid("U1"), uuid("U2"));
    }

    // roles and masking

    @Test
    void maskedValuesAreTheSameEverywhere() {
        DataResult orders = data("{'from':'orders','columns':['id','total']}", TENANT_USER);
        DataResult users = data("{'from':'users','columns':['firstName','email'],'orderBy':[{'column':'firstName','direction':'asc'}]}", TENANT_USER);

        assertThat(column(orders, "total")).allSatisfy(total -> assertThat(SameOutcome.compareNumbers(total, BigDecimal.ZERO)).isZero());
        assertThat(column(users, "firstName")).containsExactly("Alice", "Bob", "Carl", "Dana", "Jane", "John");
        assertThat(column(users, "email")).containsExactly("A***@***.COM", "t***@***.com", "***", "***", "t***@***.com", "a***@***.com");
    }

    @Test
    void serviceRolesAloneDecideWhatIsSelected() {
        DataResult result = data("{'from':'users'}", ORDERS_SERVICE);

        assertThat(result.meta().columns()).extracting(ResultColumn::apiName).containsExactly("id", "firstName", "lastName");
        assertThat(result.data()).hasSize(6);
    }

    // the cache

    @Test
    void byIdsServedByTheRedisCache() {
        DataResult result = data("{'from':'users','columns':['id','firstName'],'byIds':['%s','%s']}".formatted(id("U1"), id("U2")), ADMIN);

        assertThat(result.meta().strategy()).isEqualTo(Strategy.CACHE);
        assertThat(result.meta().targetDatabase()).isEqualTo("redis-main");
        assertThat(result.meta().dialect()).isEmpty();
        assertThat(column(result, "firstName")).containsExactly("John", "Jane");
    }

    @Test
    void byIdsPartlyInTheCacheReadsTheRestFromTheDatabase() {
        DataResult result = data("{'from':'users','columns':['id','firstName'],'byIds':['%s','%s']}".formatted(id("U4"), id("U1")), ADMIN);

        assertThat(result.meta().strategy()).isEqualTo(Strategy.CACHE);
        assertThat(result.meta().tablesUsed()).extracting(TableUsed::source).contains(TableSource.CACHE);
        assertThat(column(result, "firstName")).containsExactly("Alice", "John");
    }

    @Test
    void byIdsInCountAndSqlOnlyModeGoToTheDatabase() {
        String ids = "'byIds':['%s','%s','%s']".formatted(id("U1"), id("U2"), id("UX"));

        QueryResult count = query("{'from':'users'," + ids + ",'executeMode':'count'}", ADMIN);
        QueryResult sql = query("{'from':'users','columns':['id']," + ids + ",'executeMode':'sql-only'}", ADMIN);

        assertThat(((CountResult) count).count()).isEqualTo(2);
        assertThat(sql.meta().strategy()).isEqualTo(Strategy.DIRECT);
    }

    // every class of error

    @Test
    void everyValidationIssueIsReportedInOrder() {
        MultiDbException error = failure("{'from':'orders','columns':['nope','total'],'filters':[{'column':'quantity','operator':'=','value':'many'}],"
                + "'limit':-1}", ADMIN);

        assertThat(issueCodes(error)).containsExactly("UNKNOWN_COLUMN", "INVALID_VALUE", "INVALID_LIMIT");
        assertThat(((ValidationException) error).fromTable()).isEqualTo("orders");
    }

    @Test
    void aTableTheRolesCannotReadIsAccessDenied() {
        MultiDbException error = failure("{'from':'invoices'}", TENANT_USER);

        assertThat(issueCodes(error)).containsExactly("ACCESS_DENIED");
    }

    @Test
    void aJoinAcrossDatabasesWithoutTrinoIsAPlannerError() {
        MultiDbException error = failure("{'from':'orders','columns':['id'],'joins':[{'table':'invoices','columns':['amount']}]}", ADMIN);

        assertThat(error).isInstanceOf(PlannerException.class);
        assertThat(error.code()).isEqualTo("TRINO_DISABLED");
    }

    @Test
    void aFreshnessNoReplicaMeetsIsAPlannerError() {
        MultiDbException error = failure("{'from':'orders','columns':['id'],'joins':[{'table':'tenants','columns':['name']}],"
                + "'freshness':'realtime'}", ADMIN);

        assertThat(error).isInstanceOf(PlannerException.class);
        assertThat(error.code()).isEqualTo("FRESHNESS_UNMET");
    }

    @Test
    void aDatabaseWithoutExecutorIsAnExecutionError() {
        MultiDbException error = failure("{'from':'events','columns':['id']}", ANALYTICS_READER);

        assertThat(error).isInstanceOfSatisfying(QueryExecutionException.class, failed ->
                assertThat(failed.details()).isEqualTo(new ExecutionDetails.ExecutorMissing("ch-analytics")));
    }

    @Test
    void aStatementTheDatabaseRefusesIsQueryFailedWithItsSql() {
        // PostgreSQL text cannot hold a NUL character: the statement is valid for MultiDB and fails in the database
        MultiDbException error = failure("{'from':'orders','columns':['id'],'filters':[{'column':'status','operator':'=','value':'a\\u0000b'}]}", ADMIN);

        assertThat(error).isInstanceOfSatisfying(QueryExecutionException.class, failed -> {
            assertThat(failed.code()).isEqualTo("QUERY_FAILED");
            assertThat(failed.details()).isInstanceOfSatisfying(ExecutionDetails.QueryFailed.class,
                    details -> assertThat(details.sql()).startsWith("SELECT"));
        });
    }

    @Test
    void theDebugLogOfACountFollowsThePhasesOfTheEngine() {
        QueryResult result = query("{'from':'orders','executeMode':'count','debug':true}", ADMIN);

        assertThat(result.debugLog().orElseThrow()).extracting(DebugLogEntry::phase).isNotEmpty();
        assertThat(query("{'from':'orders','executeMode':'count'}", ADMIN).debugLog()).isEmpty();
    }
}
