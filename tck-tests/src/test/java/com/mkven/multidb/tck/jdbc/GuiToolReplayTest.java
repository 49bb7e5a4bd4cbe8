package com.mkven.multidb.tck.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calls a generic GUI tool (DBeaver's generic JDBC support) makes on connect, while browsing the navigator and
 * when it opens a table, replayed in that order on the seeded PostgreSQL. Every call must succeed: a tool shows an
 * error dialog for any exception, even from a call whose answer it does not need.
 */
class GuiToolReplayTest {
    @TempDir
    static Path folder;

    private static Path config;
    private static ExecutorService networkTimeouts;

    @BeforeAll
    static void seed() {
        JdbcFixture.seed();
        config = JdbcFixture.write(folder, JdbcFixture.document());
        networkTimeouts = Executors.newSingleThreadExecutor();
    }

    @AfterAll
    static void stop() {
        networkTimeouts.shutdownNow();
    }

    /** What the tool showed: the navigator tree, the open table's properties tabs and its data grid. */
    private record Shown(List<String> schemas, List<String> tables, List<String> columns, List<String> primaryKey,
            List<String> references, List<String> referencedBy, List<String> grid) {}

    /** Connects like the tool's connection dialog: URL from the template, user and password as properties. */
    private static Connection connect(String roles) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", "ann");
        properties.setProperty("password", "");
        return DriverManager.getConnection(JdbcFixture.url(config, roles), properties);
    }

    private static Shown replay(String roles, String schema, String table) throws SQLException {
        try (Connection connection = connect(roles)) {
            // connect: identify the server and learn its SQL dialect
            DatabaseMetaData meta = connection.getMetaData();
            assertThat(meta.getDatabaseProductName()).isEqualTo("MultiDB");
            assertThat(meta.getDatabaseProductVersion()).isNotBlank();
            assertThat(meta.getDriverName()).isEqualTo("MultiDB JDBC driver");
            assertThat(meta.getDriverVersion()).isEqualTo(meta.getDatabaseProductVersion());
            meta.getDatabaseMajorVersion();
            meta.getDatabaseMinorVersion();
            meta.getJDBCMajorVersion();
            assertThat(meta.getSearchStringEscape()).isEqualTo("\\");
            assertThat(meta.getIdentifierQuoteString()).isEqualTo("\"");
            assertThat(meta.getSQLKeywords()).isNotNull();
            assertThat(meta.getNumericFunctions()).isNotNull();
            assertThat(meta.getStringFunctions()).isNotNull();
            assertThat(meta.getSystemFunctions()).isNotNull();
            assertThat(meta.getTimeDateFunctions()).isNotNull();
            assertThat(meta.getCatalogSeparator()).isEqualTo(".");
            assertThat(meta.getCatalogTerm()).isEqualTo("catalog");
            assertThat(meta.getSchemaTerm()).isEqualTo("schema");
            assertThat(meta.getExtraNameCharacters()).isEmpty();
            meta.supportsCatalogsInDataManipulation();
            meta.supportsSchemasInDataManipulation();
            meta.supportsSchemasInTableDefinitions();
            meta.storesLowerCaseIdentifiers();
            meta.storesUpperCaseIdentifiers();
            meta.storesMixedCaseIdentifiers();
            meta.supportsMixedCaseQuotedIdentifiers();
            meta.supportsBatchUpdates();
            meta.supportsTransactions();
            meta.getMaxTableNameLength();
            meta.getDefaultTransactionIsolation();
            assertThat(meta.isReadOnly()).isTrue();
            connection.setReadOnly(true);
            connection.setAutoCommit(true);
            connection.getTransactionIsolation();
            connection.setClientInfo("ApplicationName", "GUI tool replay");
            assertThat(connection.getClientInfo().getProperty("ApplicationName")).isEqualTo("GUI tool replay");
            assertThat(connection.isValid(5)).isTrue();
            connection.setNetworkTimeout(networkTimeouts, 20_000);
            assertThat(connection.getNetworkTimeout()).isEqualTo(20_000);
            assertThat(rows(meta.getTypeInfo(), "TYPE_NAME")).contains("VARCHAR", "uuid", "DECIMAL", "TIMESTAMP WITH TIME ZONE");
            assertThat(rows(meta.getClientInfoProperties(), "NAME")).isEmpty();

            // navigator: catalogs, then schemas, then the tables of the schema the user expands
            String catalog = connection.getCatalog();
            assertThat(rows(meta.getCatalogs(), "TABLE_CAT")).containsExactly(catalog);
            List<String> schemas = rows(meta.getSchemas(catalog, null), "TABLE_SCHEM");
            assertThat(rows(meta.getSchemas(), "TABLE_SCHEM")).isEqualTo(schemas);
            assertThat(rows(meta.getTableTypes(), "TABLE_TYPE")).containsExactly("TABLE");
            List<String> tables = rows(meta.getTables(catalog, schema, "%", null), "TABLE_NAME");
            assertThat(rows(meta.getTables(catalog, schema, "%", new String[] {"TABLE", "VIEW"}), "TABLE_NAME")).isEqualTo(tables);
            assertThat(rows(meta.getProcedures(catalog, schema, "%"), "PROCEDURE_NAME")).isEmpty();
            assertThat(rows(meta.getFunctions(catalog, schema, "%"), "FUNCTION_NAME")).isEmpty();
            assertThat(rows(meta.getUDTs(catalog, schema, "%", null), "TYPE_NAME")).isEmpty();
            // some tools ask for every key of the schema at once, with "%" as the table
            assertThat(rows(meta.getPrimaryKeys(catalog, schema, "%"), "TABLE_NAME")).containsAll(tables);
            assertThat(rows(meta.getImportedKeys(catalog, schema, "%"), "FK_NAME")).isNotNull();

            // open a table: its columns, keys, references and indexes, then its data
            List<String> columns = rows(meta.getColumns(catalog, schema, table, "%"), "COLUMN_NAME", "TYPE_NAME", "IS_NULLABLE", "REMARKS");
            List<String> primaryKey = rows(meta.getPrimaryKeys(catalog, schema, table), "COLUMN_NAME", "PK_NAME");
            List<String> references = rows(meta.getImportedKeys(catalog, schema, table), "FK_NAME", "PKTABLE_NAME");
            List<String> referencedBy = rows(meta.getExportedKeys(catalog, schema, table), "FK_NAME", "FKTABLE_NAME");
            assertThat(rows(meta.getIndexInfo(catalog, schema, table, false, true), "INDEX_NAME")).isEmpty();
            assertThat(rows(meta.getTablePrivileges(catalog, schema, table), "PRIVILEGE")).isEmpty();
            assertThat(rows(meta.getBestRowIdentifier(catalog, schema, table, DatabaseMetaData.bestRowTransaction, true), "COLUMN_NAME"))
                    .isEqualTo(primaryKey.stream().map(key -> key.substring(0, key.indexOf('|'))).toList());
            return new Shown(schemas, tables, columns, primaryKey, references, referencedBy, grid(connection, table));
        }
    }

    /** The data tab: the first 200 rows, read through the result set's own metadata. */
    private static List<String> grid(Connection connection, String table) throws SQLException {
        List<String> grid = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            statement.setMaxRows(200);
            statement.setFetchSize(200);
            try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                ResultSetMetaData meta = rows.getMetaData();
                List<String> header = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    header.add(meta.getColumnLabel(i) + ":" + meta.getColumnTypeName(i));
                    meta.getColumnClassName(i);
                    meta.getPrecision(i);
                    meta.getScale(i);
                    meta.isNullable(i);
                    meta.isAutoIncrement(i);
                    meta.getTableName(i);
                    meta.getSchemaName(i);
                    meta.getCatalogName(i);
                }
                grid.add(String.join(" ", header));
                while (rows.next()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        rows.getObject(i);
                        values.add(rows.getString(i));
                    }
                    grid.add(String.join(" | ", values));
                }
            }
        }
        return grid;
    }

    private static List<String> rows(ResultSet rows, String... labels) throws SQLException {
        List<String> result = new ArrayList<>();
        try (rows) {
            while (rows.next()) {
                List<String> values = new ArrayList<>();
                for (String label : labels) {
                    values.add(String.valueOf(rows.getString(label)));
                }
                result.add(String.join("|", values));
            }
        }
        return result;
    }

    @Test
    void anAdminBrowsesEveryDatabaseAndOpensOrders() throws SQLException {
        Shown shown = replay("roles=admin", "pg-main", "orders");

        assertThat(shown.schemas()).containsExactly("ch-analytics", "iceberg-archive", "pg-main", "pg-tenant");
        assertThat(shown.tables()).containsExactly("orders", "products", "users");
        assertThat(shown.columns()).hasSize(13).startsWith("id|uuid|NO|null", "tenantId|uuid|NO|null")
                .contains("total|DECIMAL|NO|null", "priorities|INTEGER ARRAY|YES|null");
        assertThat(shown.primaryKey()).containsExactly("id|pk_orders");
        assertThat(shown.references()).containsExactly(
                "fk_orders_productId|products", "fk_orders_customerId|users", "fk_orders_tenantId|tenants");
        assertThat(shown.referencedBy()).containsExactly(
                "fk_events_orderId|events", "fk_ordersArchive_id|ordersArchive", "fk_invoices_orderId|invoices");
        assertThat(shown.grid()).hasSize(1 + 7);
        assertThat(shown.grid().get(0)).startsWith("id:uuid tenantId:uuid customerId:uuid").contains("total:DECIMAL", "priorities:INTEGER ARRAY");
        assertThat(shown.grid()).anyMatch(row -> row.startsWith("40000000-0000-4000-8000-000000000001 | ") && row.contains("| 1200.00 |"));
    }

    @Test
    void aTenantUserBrowsesOnlyWhatItsRolesGrantAndSeesMaskedValues() throws SQLException {
        Shown shown = replay("roles=tenant-user", "pg-main", "users");

        assertThat(shown.schemas()).containsExactly("pg-main");
        assertThat(shown.tables()).containsExactly("orders", "products", "users");
        assertThat(shown.columns()).containsExactly(
                "id|uuid|NO|null", "email|VARCHAR|NO|masked (email)", "firstName|VARCHAR|NO|null", "lastName|VARCHAR|NO|null");
        assertThat(shown.primaryKey()).containsExactly("id|pk_users");
        // users.tenantId → tenants and orders.customerId → users are hidden: no relation is half shown
        assertThat(shown.references()).isEmpty();
        assertThat(shown.referencedBy()).isEmpty();
        assertThat(shown.grid().get(0)).isEqualTo("id:uuid email:VARCHAR firstName:VARCHAR lastName:VARCHAR");
        assertThat(shown.grid()).hasSize(1 + 6).anyMatch(row -> row.endsWith(" | a***@***.com | John | Smith"))
                .noneMatch(row -> row.contains("example.com"));
    }

    @Test
    void aRoleThatReadsNothingStillConnectsAndBrowsesAnEmptyTree() throws SQLException {
        try (Connection connection = connect("roles=no-access")) {
            DatabaseMetaData meta = connection.getMetaData();

            assertThat(rows(meta.getCatalogs(), "TABLE_CAT")).containsExactly("multidb");
            assertThat(rows(meta.getSchemas(), "TABLE_SCHEM")).isEmpty();
            assertThat(rows(meta.getTables("multidb", null, "%", null), "TABLE_NAME")).isEmpty();
            assertThat(rows(meta.getPrimaryKeys("multidb", null, "%"), "TABLE_NAME")).isEmpty();
        }
    }
}
