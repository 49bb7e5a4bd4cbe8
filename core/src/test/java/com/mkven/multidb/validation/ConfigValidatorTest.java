package com.mkven.multidb.validation;

import com.mkven.multidb.error.ConfigException;
import com.mkven.multidb.error.ConfigIssue;
import com.mkven.multidb.error.ConfigIssueCode;
import com.mkven.multidb.error.ErrorCode;
import com.mkven.multidb.fixture.TestFixture;
import com.mkven.multidb.metadata.CacheEngine;
import com.mkven.multidb.metadata.CacheMeta;
import com.mkven.multidb.metadata.CachedTableMeta;
import com.mkven.multidb.metadata.ColumnGrant;
import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.metadata.DatabaseEngine;
import com.mkven.multidb.metadata.DatabaseMeta;
import com.mkven.multidb.metadata.ExternalSync;
import com.mkven.multidb.metadata.Lag;
import com.mkven.multidb.metadata.MetadataConfig;
import com.mkven.multidb.metadata.RelationMeta;
import com.mkven.multidb.metadata.RelationTarget;
import com.mkven.multidb.metadata.RelationType;
import com.mkven.multidb.metadata.RoleMeta;
import com.mkven.multidb.metadata.SyncMethod;
import com.mkven.multidb.metadata.TableGrant;
import com.mkven.multidb.metadata.TableMeta;
import com.mkven.multidb.metadata.TableRoleAccess;
import com.mkven.multidb.metadata.TrinoSettings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.mkven.multidb.validation.ConfigVariants.addTable;
import static com.mkven.multidb.validation.ConfigVariants.changeTable;
import static com.mkven.multidb.validation.ConfigVariants.plus;
import static com.mkven.multidb.validation.ConfigVariants.table;
import static com.mkven.multidb.validation.ConfigVariants.withApiName;
import static com.mkven.multidb.validation.ConfigVariants.withCaches;
import static com.mkven.multidb.validation.ConfigVariants.withColumns;
import static com.mkven.multidb.validation.ConfigVariants.withDatabase;
import static com.mkven.multidb.validation.ConfigVariants.withDatabases;
import static com.mkven.multidb.validation.ConfigVariants.withId;
import static com.mkven.multidb.validation.ConfigVariants.withPrimaryKey;
import static com.mkven.multidb.validation.ConfigVariants.withRelations;
import static com.mkven.multidb.validation.ConfigVariants.withSyncs;
import static com.mkven.multidb.validation.ConfigVariants.withTrinoPhysicalName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigValidatorTest {
    private static final MetadataConfig BASE = TestFixture.metadata();

    @Nested
    class ValidConfigs {
        @Test
        void baseFixtureWithRolesIsValid() {
            assertThat(ConfigValidator.validateConfig(TestFixture.metadata(), TestFixture.roles())).isEmpty();
        }

        @Test
        void baseFixtureWithoutRolesIsValid() {
            assertThat(ConfigValidator.validateConfig(TestFixture.metadata())).isEmpty();
        }

        @Test
        void emptyConfigIsValid() {
            MetadataConfig empty = new MetadataConfig(List.of(), List.of(), List.of(), List.of(), Optional.empty());
            assertThat(ConfigValidator.validateConfig(empty)).isEmpty();
        }

        @Test
        void variantsOfOtherScenariosStayValidConfigs() {
            // V-noTrino and V-noCatalog fail queries in the planner (#19, #56), not the config.
            MetadataConfig noTrino = new MetadataConfig(BASE.databases(), BASE.tables(), BASE.caches(),
                    BASE.externalSyncs(), Optional.of(new TrinoSettings(false)));
            List<DatabaseMeta> databases = new ArrayList<>();
            for (DatabaseMeta database : BASE.databases()) {
                databases.add(database.id().equals("pg-tenant")
                        ? new DatabaseMeta("pg-tenant", DatabaseEngine.POSTGRES, Optional.empty())
                        : database);
            }
            MetadataConfig noCatalog = withDatabases(BASE, databases);
            MetadataConfig compositePk = changeTable(BASE, "orders", orders -> withPrimaryKey(orders, List.of("tenantId", "id")));

            assertThat(ConfigValidator.validateConfig(noTrino, TestFixture.roles())).isEmpty();
            assertThat(ConfigValidator.validateConfig(noCatalog, TestFixture.roles())).isEmpty();
            assertThat(ConfigValidator.validateConfig(compositePk, TestFixture.roles())).isEmpty();
        }

        @Test
        void tableWithoutPrimaryKeyIsValid() {
            MetadataConfig noKey = changeTable(BASE, "metrics", metrics -> withPrimaryKey(metrics, List.of()));
            assertThat(ConfigValidator.validateConfig(noKey, TestFixture.roles())).isEmpty();
        }
    }

    @Nested
    class Scenarios {
        @Test
        @DisplayName("#49 table apiName breaks format")
        void tableApiNameBreaksFormat() {
            MetadataConfig metadata = changeTable(BASE, "orders", orders -> withApiName(orders, "Order_Items"));

            ConfigIssue issue = onlyIssue(metadata);

            assertThat(issue.code()).isEqualTo(ConfigIssueCode.INVALID_API_NAME);
            assertThat(issue.message()).isEqualTo("Table apiName 'Order_Items' must match ^[a-z][a-zA-Z0-9]*$");
            assertThat(issue.details().entity()).contains("orders");
            assertThat(issue.details().field()).contains("apiName");
            assertThat(issue.details().expected()).contains("^[a-z][a-zA-Z0-9]*$");
            assertThat(issue.details().actual()).contains("Order_Items");
        }

        @Test
        @DisplayName("#50 two tables share an apiName")
        void twoTablesShareAnApiName() {
            MetadataConfig metadata = changeTable(BASE, "products", products -> withApiName(products, "orders"));

            ConfigIssue issue = onlyIssue(metadata);

            assertThat(issue.code()).isEqualTo(ConfigIssueCode.DUPLICATE_API_NAME);
            assertThat(issue.message()).isEqualTo("Table apiName 'orders' of table 'products' is already used by table 'orders'");
            assertThat(issue.details().entity()).contains("products");
            assertThat(issue.details().field()).contains("apiName");
            assertThat(issue.details().actual()).contains("orders");
        }

        @Test
        @DisplayName("#51 table on unknown database")
        void tableOnUnknownDatabase() {
            MetadataConfig metadata = changeTable(BASE, "tenants", tenants -> withDatabase(tenants, "pg-other"));

            ConfigIssue issue = onlyIssue(metadata);

            assertThat(issue.code()).isEqualTo(ConfigIssueCode.INVALID_REFERENCE);
            assertThat(issue.message()).isEqualTo("Table 'tenants' names unknown database 'pg-other'");
            assertThat(issue.details().database()).contains("pg-other");
            assertThat(issue.details().entity()).contains("tenants");
            assertThat(issue.details().field()).contains("database");
            assertThat(issue.details().expected()).contains("one of [pg-main, pg-tenant, ch-analytics, iceberg-archive]");
        }

        @Test
        @DisplayName("#52 relation to unknown table")
        void relationToUnknownTable() {
            MetadataConfig metadata = changeTable(BASE, "invoices", invoices -> withRelations(invoices, List.of(
                    new RelationMeta("orderId", new RelationTarget("invoiceLines", "id"), RelationType.MANY_TO_ONE))));

            ConfigIssue issue = onlyIssue(metadata);

            assertThat(issue.code()).isEqualTo(ConfigIssueCode.INVALID_RELATION);
            assertThat(issue.message())
                    .isEqualTo("Relation of table 'invoices' on column 'orderId' references unknown table 'invoiceLines'");
            assertThat(issue.details().entity()).contains("invoices");
            assertThat(issue.details().field()).contains("references.table");
            assertThat(issue.details().actual()).contains("invoiceLines");
        }

        @Test
        @DisplayName("#80 errors collected, not first-fail")
        void errorsAreCollectedNotFirstFail() {
            MetadataConfig metadata = changeTable(BASE, "users", users -> withApiName(users, "Order_Items"));
            metadata = changeTable(metadata, "products", products -> withApiName(products, "orders"));
            metadata = changeTable(metadata, "tenants", tenants -> withDatabase(tenants, "pg-other"));

            ConfigException error = ConfigValidator.validateConfig(metadata, TestFixture.roles()).orElseThrow();

            assertThat(error.getMessage()).isEqualTo("Config invalid: 3 errors");
            assertThat(error.errorCode()).contains(ErrorCode.CONFIG_INVALID);
            assertThat(error.httpStatus()).isEqualTo(400);
            assertThat(error.errors()).extracting(ConfigIssue::code).containsExactly(
                    ConfigIssueCode.INVALID_API_NAME,
                    ConfigIssueCode.DUPLICATE_API_NAME,
                    ConfigIssueCode.INVALID_REFERENCE);
        }

        @Test
        @DisplayName("#81 sync with dangling reference: unknown source table")
        void syncWithUnknownSourceTable() {
            MetadataConfig metadata = withSyncs(BASE, plus(BASE.externalSyncs(), new ExternalSync(
                    "carts", "ch-analytics", "default.carts_replica", SyncMethod.DEBEZIUM, Lag.SECONDS)));

            ConfigIssue issue = onlyIssue(metadata);

            assertThat(issue.code()).isEqualTo(ConfigIssueCode.INVALID_SYNC);
            assertThat(issue.message()).isEqualTo("External sync 'carts -> ch-analytics' names unknown source table 'carts'");
            assertThat(issue.details().entity()).contains("carts -> ch-analytics");
            assertThat(issue.details().field()).contains("sourceTable");
            assertThat(issue.details().actual()).contains("carts");
        }

        @Test
        @DisplayName("#81 sync with dangling reference: unknown target database")
        void syncWithUnknownTargetDatabase() {
            MetadataConfig metadata = withSyncs(BASE, plus(BASE.externalSyncs(), new ExternalSync(
                    "orders", "ch-other", "default.orders_replica", SyncMethod.DEBEZIUM, Lag.SECONDS)));

            ConfigIssue issue = onlyIssue(metadata);

            assertThat(issue.code()).isEqualTo(ConfigIssueCode.INVALID_SYNC);
            assertThat(issue.message()).isEqualTo("External sync 'orders -> ch-other' names unknown target database 'ch-other'");
            assertThat(issue.details().database()).contains("ch-other");
            assertThat(issue.details().field()).contains("targetDatabase");
        }

        @Test
        @DisplayName("#89 broken cache config: unknown table")
        void cacheOnUnknownTable() {
            MetadataConfig metadata = withCaches(BASE, List.of(
                    new CacheMeta("redis-main", CacheEngine.REDIS, List.of(cached("carts", "carts:{id}")))));

            ConfigIssue issue = onlyIssue(metadata);

            assertThat(issue.code()).isEqualTo(ConfigIssueCode.INVALID_CACHE);
            assertThat(issue.message()).isEqualTo("Cache 'redis-main' holds unknown table 'carts'");
            assertThat(issue.details().cacheId()).contains("redis-main");
            assertThat(issue.details().entity()).contains("carts");
            assertThat(issue.details().field()).contains("tableId");
        }

        @Test
        @DisplayName("#89 broken cache config: keyPattern placeholder is not a PK column")
        void cacheKeyPlaceholderIsNotAPrimaryKeyColumn() {
            MetadataConfig metadata = withCaches(BASE, List.of(
                    new CacheMeta("redis-main", CacheEngine.REDIS, List.of(cached("users", "users:{email}")))));

            ConfigIssue issue = onlyIssue(metadata);

            assertThat(issue.code()).isEqualTo(ConfigIssueCode.INVALID_CACHE);
            assertThat(issue.message()).isEqualTo(
                    "Key pattern 'users:{email}' of table 'users' in cache 'redis-main' uses placeholder '{email}', "
                            + "which is not a primary-key column");
            assertThat(issue.details().cacheId()).contains("redis-main");
            assertThat(issue.details().field()).contains("keyPattern");
            assertThat(issue.details().expected()).contains("one of [id]");
            assertThat(issue.details().actual()).contains("email");
        }

        @Test
        @DisplayName("#96 duplicate column apiName in one table")
        void duplicateColumnApiNameInOneTable() {
            MetadataConfig metadata = changeTable(BASE, "orders", orders -> withColumns(orders,
                    plus(orders.columns(), ColumnMeta.of("status", "status_copy", ColumnType.STRING, true))));

            ConfigIssue issue = onlyIssue(metadata);

            assertThat(issue.code()).isEqualTo(ConfigIssueCode.DUPLICATE_API_NAME);
            assertThat(issue.message())
                    .isEqualTo("Column apiName 'status' appears more than once in table 'orders' (columns[7] and columns[13])");
            assertThat(issue.details().entity()).contains("orders.status");
            assertThat(issue.details().field()).contains("apiName");
        }
    }

    @Nested
    class ApiNameRules {
        @Test
        void columnApiNameBreaksFormat() {
            MetadataConfig metadata = changeTable(BASE, "users", users -> withColumns(users,
                    plus(users.columns(), ColumnMeta.of("middle_name", "middle_name", ColumnType.STRING, true))));

            ConfigIssue issue = onlyIssue(metadata);

            assertThat(issue.code()).isEqualTo(ConfigIssueCode.INVALID_API_NAME);
            assertThat(issue.message()).isEqualTo("Column apiName 'middle_name' of table 'users' must match ^[a-z][a-zA-Z0-9]*$");
            assertThat(issue.details().entity()).contains("users.middle_name");
            assertThat(issue.details().actual()).contains("middle_name");
        }

        @Test
        void tableApiNameIsAReservedWord() {
            MetadataConfig metadata = changeTable(BASE, "orders", orders -> withApiName(orders, "order"));

            ConfigIssue issue = onlyIssue(metadata);

            assertThat(issue.code()).isEqualTo(ConfigIssueCode.INVALID_API_NAME);
            assertThat(issue.message()).isEqualTo("Table apiName 'order' is a reserved word");
            assertThat(issue.details().expected()).contains("not a reserved word");
        }

        @Test
        void columnApiNameIsAReservedWord() {
            MetadataConfig metadata = changeTable(BASE, "metrics", metrics -> withColumns(metrics,
                    plus(metrics.columns(), ColumnMeta.of("count", "cnt", ColumnType.INT, false))));

            ConfigIssue issue = onlyIssue(metadata);

            assertThat(issue.code()).isEqualTo(ConfigIssueCode.INVALID_API_NAME);
            assertThat(issue.message()).isEqualTo("Column apiName 'count' of table 'metrics' is a reserved word");
        }

        @Test
        void tableApiNameIsTooLong() {
            String longName = "o" + "x".repeat(64);
            MetadataConfig metadata = changeTable(BASE, "orders", orders -> withApiName(orders, longName));

            ConfigIssue issue = onlyIssue(metadata);

            assertThat(issue.code()).isEqualTo(ConfigIssueCode.INVALID_API_NAME);
            assertThat(issue.message()).isEqualTo("Table apiName '" + longName + "' must be 1 to 64 characters long (has 65)");
            assertThat(issue.details().expected()).contains("1 to 64 characters");
        }

        @Test
        void threeTablesWithOneApiNameGiveOneIssuePerRepeat() {
            MetadataConfig metadata = changeTable(BASE, "products", products -> withApiName(products, "orders"));
            metadata = changeTable(metadata, "tenants", tenants -> withApiName(tenants, "orders"));

            assertThat(issues(metadata)).extracting(ConfigIssue::message).containsExactly(
                    "Table apiName 'orders' of table 'products' is already used by table 'orders'",
                    "Table apiName 'orders' of table 'tenants' is already used by table 'orders'");
        }
    }

    @Nested
    class UniqueIds {
        @Test
        void duplicateDatabaseId() {
            MetadataConfig metadata = withDatabases(BASE, plus(BASE.databases(),
                    DatabaseMeta.of("pg-main", DatabaseEngine.POSTGRES, "pg_main_2")));

            ConfigIssue issue = onlyIssue(metadata);

            assertThat(issue.code()).isEqualTo(ConfigIssueCode.INVALID_REFERENCE);
            assertThat(issue.message()).isEqualTo("Database id 'pg-main' is declared more than once (databases[0] and databases[4])");
            assertThat(issue.details().entity()).contains("pg-main");
            assertThat(issue.details().field()).contains("id");
            assertThat(issue.details().database()).contains("pg-main");
        }

        @Test
        void duplicateTableId() {
            MetadataConfig metadata = addTable(BASE, withApiName(table(BASE, "orders"), "ordersCopy"));

            ConfigIssue issue = onlyIssue(metadata);

            assertThat(issue.code()).isEqualTo(ConfigIssueCode.INVALID_REFERENCE);
            assertThat(issue.message()).isEqualTo("Table id 'orders' is declared more than once (tables[1] and tables[8])");
            assertThat(issue.details().entity()).contains("orders");
            assertThat(issue.details().field()).contains("id");
        }

        @Test
        void duplicateCacheId() {
            CacheMeta second = new CacheMeta("redis-main", CacheEngine.REDIS, List.of(cached("orders", "orders:{id}")));
            MetadataConfig metadata = withCaches(BASE, plus(BASE.caches(), second));

            ConfigIssue issue = onlyIssue(metadata);

            assertThat(issue.code()).isEqualTo(ConfigIssueCode.INVALID_REFERENCE);
            assertThat(issue.message()).isEqualTo("Cache id 'redis-main' is declared more than once (caches[0] and caches[1])");
            assertThat(issue.details().entity()).contains("redis-main");
            assertThat(issue.details().field()).contains("id");
        }

        @Test
        void duplicateRoleId() {
            List<RoleMeta> roles = plus(TestFixture.roles(), new RoleMeta("admin", TableGrant.of(List.of())));

            ConfigIssue issue = onlyIssue(BASE, roles);

            assertThat(issue.code()).isEqualTo(ConfigIssueCode.INVALID_REFERENCE);
            assertThat(issue.message()).isEqualTo("Role id 'admin' is declared more than once (roles[0] and roles[7])");
            assertThat(issue.details().entity()).contains("admin");
            assertThat(issue.details().field()).contains("id");
        }
    }

    @Nested
    class DatabasesAndTables {
        @Test
        void icebergDatabaseWithoutTrinoCatalog() {
            List<DatabaseMeta> databases = new ArrayList<>();
            for (DatabaseMeta database : BASE.databases()) {
                databases.add(database.engine() == DatabaseEngine.ICEBERG
                        ? new DatabaseMeta(database.id(), DatabaseEngine.ICEBERG, Optional.empty())
                        : database);
            }

            ConfigIssue issue = onlyIssue(withDatabases(BASE, databases));

            assertThat(issue.code()).isEqualTo(ConfigIssueCode.INVALID_REFERENCE);
            assertThat(issue.message()).isEqualTo(
                    "Database 'iceberg-archive' has engine iceberg but no trinoCatalog; Iceberg is only reachable through Trino");
            assertThat(issue.details().database()).contains("iceberg-archive");
            assertThat(issue.details().field()).contains("trinoCatalog");
        }

        @Test
        void icebergDatabaseWithBlankTrinoCatalog() {
            MetadataConfig metadata = withDatabases(BASE, plus(BASE.databases(),
                    DatabaseMeta.of("iceberg-lake", DatabaseEngine.ICEBERG, " ")));

            assertThat(onlyIssue(metadata).details().database()).contains("iceberg-lake");
        }

        @Test
        void tableWithoutColumns() {
            TableMeta auditLog = new TableMeta(
                    "audit-log", "auditLog", "pg-main", "public.audit_log", List.of(), List.of(), List.of(), Optional.empty());

            ConfigIssue issue = onlyIssue(addTable(BASE, auditLog));

            assertThat(issue.code()).isEqualTo(ConfigIssueCode.INVALID_REFERENCE);
            assertThat(issue.message()).isEqualTo("Table 'audit-log' declares no columns");
            assertThat(issue.details().entity()).contains("audit-log");
            assertThat(issue.details().field()).contains("columns");
        }

        @Test
        void primaryKeyNamesMissingColumn() {
            MetadataConfig metadata = changeTable(BASE, "orders", orders -> withPrimaryKey(orders, List.of("orderId")));

            ConfigIssue issue = onlyIssue(metadata);

            assertThat(issue.code()).isEqualTo(ConfigIssueCode.INVALID_REFERENCE);
            assertThat(issue.message()).isEqualTo("Primary key of table 'orders' names unknown column 'orderId'");
            assertThat(issue.details().entity()).contains("orders");
            assertThat(issue.details().field()).contains("primaryKey");
            assertThat(issue.details().actual()).contains("orderId");
        }

        @Test
        void primaryKeyNamesAColumnTwice() {
            MetadataConfig metadata = changeTable(BASE, "orders", orders -> withPrimaryKey(orders, List.of("id", "id")));

            ConfigIssue issue = onlyIssue(metadata);

            assertThat(issue.code()).isEqualTo(ConfigIssueCode.INVALID_REFERENCE);
            assertThat(issue.message()).isEqualTo("Primary key of table 'orders' names column 'id' more than once");
        }
    }

    /** {@code trinoPhysicalName}: the view Trino reads a ClickHouse table with arrays through. */
    @Nested
    class TrinoViews {
        @Test
        void clickHouseTableWithArraysNeedsAViewWhenTrinoIsOn() {
            MetadataConfig metadata = changeTable(BASE, "events", events -> withTrinoPhysicalName(events, Optional.empty()));

            ConfigIssue issue = onlyIssue(metadata);

            assertThat(issue.code()).isEqualTo(ConfigIssueCode.INVALID_REFERENCE);
            assertThat(issue.message()).isEqualTo("Table 'events' has array columns [tags] that Trino's clickhouse connector cannot "
                    + "read; set trinoPhysicalName to a ClickHouse view holding them as JSON text (toJSONString)");
            assertThat(issue.details().entity()).contains("events");
            assertThat(issue.details().field()).contains("trinoPhysicalName");
            assertThat(issue.details().database()).contains("ch-analytics");
            assertThat(issue.details().expected()).contains("a view such as trino.events");
        }

        @Test
        void noViewIsNeededWhenTrinoIsOffOrTheDatabaseHasNoCatalog() {
            MetadataConfig withoutViews = changeTable(changeTable(BASE, "events", events -> withTrinoPhysicalName(events, Optional.empty())),
                    "metrics", metrics -> withTrinoPhysicalName(metrics, Optional.empty()));
            MetadataConfig trinoOff = new MetadataConfig(withoutViews.databases(), withoutViews.tables(), withoutViews.caches(),
                    withoutViews.externalSyncs(), Optional.of(new TrinoSettings(false)));

            assertThat(ConfigValidator.validateConfig(trinoOff, List.of())).isEmpty();
            assertThat(ConfigValidator.validateConfig(withoutClickHouseCatalog(withoutViews), List.of())).isEmpty();
        }

        @Test
        void aViewOnADatabaseWithoutCatalogIsNeverRead() {
            ConfigException error = ConfigValidator.validateConfig(withoutClickHouseCatalog(BASE), List.of()).orElseThrow();

            assertThat(error.errors()).extracting(ConfigIssue::message).containsExactly(
                    "Table 'events' names a trinoPhysicalName, but its database 'ch-analytics' has no trinoCatalog, so Trino never reads it",
                    "Table 'metrics' names a trinoPhysicalName, but its database 'ch-analytics' has no trinoCatalog, so Trino never reads it");
            assertThat(error.errors().get(0).details().actual()).contains("trino.events");
        }

        @ParameterizedTest(name = "trinoPhysicalName \"{0}\" is refused")
        @ValueSource(strings = {"", " ", ".events", "trino.", "trino..events"})
        void aViewNameMustBeATableName(String view) {
            MetadataConfig metadata = changeTable(BASE, "events", events -> withTrinoPhysicalName(events, Optional.of(view)));

            ConfigIssue issue = onlyIssue(metadata);

            assertThat(issue.message()).isEqualTo("Table 'events' has trinoPhysicalName '%s', which is no table name".formatted(view));
            assertThat(issue.details().field()).contains("trinoPhysicalName");
        }

        @Test
        void anyTableTrinoReadsMayNameAView() {
            MetadataConfig metadata = changeTable(BASE, "orders", orders -> withTrinoPhysicalName(orders, Optional.of("trino_views.orders")));

            assertThat(ConfigValidator.validateConfig(metadata, List.of())).isEmpty();
        }

        private static MetadataConfig withoutClickHouseCatalog(MetadataConfig metadata) {
            List<DatabaseMeta> databases = new ArrayList<>();
            for (DatabaseMeta database : metadata.databases()) {
                databases.add(database.id().equals("ch-analytics") ? new DatabaseMeta(database.id(), database.engine(), Optional.empty()) : database);
            }
            return withDatabases(metadata, databases);
        }
    }

    @Nested
    class Relations {
        @Test
        void relationColumnMissingOnOwningTable() {
            MetadataConfig metadata = changeTable(BASE, "invoices", invoices -> withRelations(invoices, List.of(
                    new RelationMeta("orderNo", new RelationTarget("orders", "id"), RelationType.MANY_TO_ONE))));

            ConfigIssue issue = onlyIssue(metadata);

            assertThat(issue.code()).isEqualTo(ConfigIssueCode.INVALID_RELATION);
            assertThat(issue.message())
                    .isEqualTo("Relation of table 'invoices' on column 'orderNo' names a column that table 'invoices' does not have");
            assertThat(issue.details().field()).contains("column");
            assertThat(issue.details().actual()).contains("orderNo");
        }

        @Test
        void relationReferencesMissingColumn() {
            MetadataConfig metadata = changeTable(BASE, "invoices", invoices -> withRelations(invoices, List.of(
                    new RelationMeta("orderId", new RelationTarget("orders", "number"), RelationType.MANY_TO_ONE))));

            ConfigIssue issue = onlyIssue(metadata);

            assertThat(issue.code()).isEqualTo(ConfigIssueCode.INVALID_RELATION);
            assertThat(issue.message())
                    .isEqualTo("Relation of table 'invoices' on column 'orderId' references unknown column 'number' of table 'orders'");
            assertThat(issue.details().field()).contains("references.column");
            assertThat(issue.details().actual()).contains("number");
        }

        @Test
        void relationWithBothEndsBrokenReportsBoth() {
            MetadataConfig metadata = changeTable(BASE, "invoices", invoices -> withRelations(invoices, List.of(
                    new RelationMeta("orderNo", new RelationTarget("invoiceLines", "id"), RelationType.MANY_TO_ONE))));

            assertThat(issues(metadata)).extracting(issue -> issue.details().field().orElseThrow())
                    .containsExactly("column", "references.table");
        }
    }

    @Nested
    class Caches {
        @Test
        void keyPatternWithoutPlaceholder() {
            MetadataConfig metadata = withCaches(BASE, List.of(
                    new CacheMeta("redis-main", CacheEngine.REDIS, List.of(cached("users", "users")))));

            ConfigIssue issue = onlyIssue(metadata);

            assertThat(issue.code()).isEqualTo(ConfigIssueCode.INVALID_CACHE);
            assertThat(issue.message())
                    .isEqualTo("Key pattern 'users' of table 'users' in cache 'redis-main' has no {placeholder} for the primary key");
            assertThat(issue.details().cacheId()).contains("redis-main");
            assertThat(issue.details().actual()).contains("users");
        }

        @Test
        void cachedColumnsNameMissingColumn() {
            CachedTableMeta products = new CachedTableMeta("products", "products:{id}", Optional.of(List.of("id", "colour")));
            MetadataConfig metadata = withCaches(BASE, List.of(new CacheMeta("redis-main", CacheEngine.REDIS, List.of(products))));

            ConfigIssue issue = onlyIssue(metadata);

            assertThat(issue.code()).isEqualTo(ConfigIssueCode.INVALID_CACHE);
            assertThat(issue.message()).isEqualTo("Cache 'redis-main' lists unknown column 'colour' of table 'products'");
            assertThat(issue.details().cacheId()).contains("redis-main");
            assertThat(issue.details().field()).contains("columns");
            assertThat(issue.details().actual()).contains("colour");
        }

        @Test
        void sameTableTwiceInOneCache() {
            MetadataConfig metadata = withCaches(BASE, List.of(new CacheMeta("redis-main", CacheEngine.REDIS,
                    List.of(cached("users", "users:{id}"), cached("users", "people:{id}")))));

            ConfigIssue issue = onlyIssue(metadata);

            assertThat(issue.code()).isEqualTo(ConfigIssueCode.INVALID_CACHE);
            assertThat(issue.message()).isEqualTo("Cache 'redis-main' holds table 'users' more than once (tables[0] and tables[1])");
            assertThat(issue.details().cacheId()).contains("redis-main");
        }

        @Test
        void unknownTableWithoutPlaceholderReportsBoth() {
            MetadataConfig metadata = withCaches(BASE, List.of(
                    new CacheMeta("redis-main", CacheEngine.REDIS, List.of(cached("carts", "carts")))));

            assertThat(issues(metadata)).extracting(issue -> issue.details().field().orElseThrow())
                    .containsExactly("tableId", "keyPattern");
        }
    }

    @Nested
    class Roles {
        @Test
        void grantOnUnknownTable() {
            List<RoleMeta> roles = plus(TestFixture.roles(), new RoleMeta("viewer", TableGrant.of(List.of(
                    new TableRoleAccess("carts", ColumnGrant.all(), List.of())))));

            ConfigIssue issue = onlyIssue(BASE, roles);

            assertThat(issue.code()).isEqualTo(ConfigIssueCode.INVALID_REFERENCE);
            assertThat(issue.message()).isEqualTo("Role 'viewer' grants unknown table 'carts'");
            assertThat(issue.details().entity()).contains("viewer");
            assertThat(issue.details().field()).contains("tableId");
            assertThat(issue.details().actual()).contains("carts");
        }

        @Test
        void allowedColumnsNameUnknownColumn() {
            List<RoleMeta> roles = plus(TestFixture.roles(), new RoleMeta("viewer", TableGrant.of(List.of(
                    new TableRoleAccess("users", ColumnGrant.of(List.of("id", "nickname")), List.of())))));

            ConfigIssue issue = onlyIssue(BASE, roles);

            assertThat(issue.code()).isEqualTo(ConfigIssueCode.INVALID_REFERENCE);
            assertThat(issue.message()).isEqualTo("Role 'viewer' allows unknown column 'nickname' of table 'users'");
            assertThat(issue.details().entity()).contains("viewer");
            assertThat(issue.details().field()).contains("allowedColumns");
            assertThat(issue.details().actual()).contains("nickname");
        }

        @Test
        void maskedColumnsNameUnknownColumn() {
            List<RoleMeta> roles = plus(TestFixture.roles(), new RoleMeta("viewer", TableGrant.of(List.of(
                    new TableRoleAccess("users", ColumnGrant.all(), List.of("ssn"))))));

            ConfigIssue issue = onlyIssue(BASE, roles);

            assertThat(issue.code()).isEqualTo(ConfigIssueCode.INVALID_REFERENCE);
            assertThat(issue.message()).isEqualTo("Role 'viewer' masks unknown column 'ssn' of table 'users'");
            assertThat(issue.details().field()).contains("maskedColumns");
            assertThat(issue.details().actual()).contains("ssn");
        }

        @Test
        void rolesAreOnlyCheckedWhenGiven() {
            List<RoleMeta> roles = List.of(new RoleMeta("viewer", TableGrant.of(List.of(
                    new TableRoleAccess("carts", ColumnGrant.all(), List.of())))));

            assertThat(ConfigValidator.validateConfig(BASE)).isEmpty();
            assertThat(ConfigValidator.validateConfig(BASE, roles)).isPresent();
        }
    }

    @Test
    void nullArgumentsAreRejected() {
        assertThatThrownBy(() -> ConfigValidator.validateConfig(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ConfigValidator.validateConfig(BASE, null)).isInstanceOf(NullPointerException.class);
    }

    private static CachedTableMeta cached(String tableId, String keyPattern) {
        return new CachedTableMeta(tableId, keyPattern, Optional.empty());
    }

    private static ConfigIssue onlyIssue(MetadataConfig metadata) {
        return onlyIssue(metadata, TestFixture.roles());
    }

    private static ConfigIssue onlyIssue(MetadataConfig metadata, List<RoleMeta> roles) {
        List<ConfigIssue> issues = issues(metadata, roles);
        assertThat(issues).hasSize(1);
        return issues.get(0);
    }

    private static List<ConfigIssue> issues(MetadataConfig metadata) {
        return issues(metadata, TestFixture.roles());
    }

    private static List<ConfigIssue> issues(MetadataConfig metadata, List<RoleMeta> roles) {
        Optional<ConfigException> error = ConfigValidator.validateConfig(metadata, roles);
        assertThat(error).as("config error").isPresent();
        return error.get().errors();
    }
}
