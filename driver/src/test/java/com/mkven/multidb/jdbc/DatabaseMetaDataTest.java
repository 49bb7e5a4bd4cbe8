package com.mkven.multidb.jdbc;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mkven.multidb.jdbc.testing.TestConfig;
import com.mkven.multidb.json.MultiDbJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code DatabaseMetaData} through the driver, on the shared fixture (and variants of it) with scripted executors:
 * browsing needs no database. Rows are compared as {@code |}-joined {@code getString} values.
 */
class DatabaseMetaDataTest {
    private static final String TABLE_COLUMNS = "TABLE_SCHEM,TABLE_NAME";
    private static final String KEY_COLUMNS = "PKTABLE_CAT,PKTABLE_SCHEM,PKTABLE_NAME,PKCOLUMN_NAME,FKTABLE_CAT,FKTABLE_SCHEM,FKTABLE_NAME,"
            + "FKCOLUMN_NAME,KEY_SEQ,UPDATE_RULE,DELETE_RULE,FK_NAME,PK_NAME,DEFERRABILITY";

    @TempDir
    Path folder;

    private TestConfig config;

    @BeforeEach
    void writeConfig() {
        config = TestConfig.create(folder);
    }

    private Connection connect(String query) throws SQLException {
        return DriverManager.getConnection(config.jdbcUrl(query));
    }

    private Connection connect(ObjectNode document, String query) throws SQLException {
        return DriverManager.getConnection("jdbc:multidb:file:" + TestConfig.write(folder, document) + "?" + query);
    }

    /** The fixture's document with its own scripted executors. */
    private static ObjectNode fixture() {
        return TestConfig.document("scripted:" + UUID.randomUUID());
    }

    /** The given columns of every row, each row as its values joined with {@code |} ({@code null} for SQL NULL). */
    private static List<String> rows(ResultSet rows, String labels) throws SQLException {
        List<String> result = new ArrayList<>();
        try (rows) {
            while (rows.next()) {
                List<String> values = new ArrayList<>();
                for (String label : labels.split(",")) {
                    values.add(String.valueOf(rows.getString(label)));
                }
                result.add(String.join("|", values));
            }
        }
        return result;
    }

    /** Every column of every row. */
    private static List<String> rows(ResultSet rows) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        List<String> labels = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            labels.add(meta.getColumnLabel(i));
        }
        return rows(rows, String.join(",", labels));
    }

    private static ObjectNode role(ObjectNode document, String id) {
        ObjectNode role = ((ArrayNode) document.get("roles")).addObject().put("id", id);
        role.putArray("tables");
        return role;
    }

    private static void grant(ObjectNode role, String tableId, List<String> allowed, List<String> masked) {
        ObjectNode grant = ((ArrayNode) role.get("tables")).addObject().put("tableId", tableId);
        allowed.forEach(grant.putArray("allowedColumns")::add);
        masked.forEach(grant.putArray("maskedColumns")::add);
    }

    /** Two databases whose ids differ only where one has a {@code _}, with a table each; {@code ledger} has a two-column key. */
    private static ObjectNode withUnderscoreSchemas() {
        ObjectNode document = fixture();
        ObjectNode metadata = (ObjectNode) document.get("metadata");
        ArrayNode databases = (ArrayNode) metadata.get("databases");
        databases.addObject().put("id", "tenant_a").put("engine", "postgres");
        databases.addObject().put("id", "tenantXa").put("engine", "postgres");
        ArrayNode tables = (ArrayNode) metadata.get("tables");
        ObjectNode ledger = tables.addObject().put("id", "ledger").put("apiName", "ledger").put("database", "tenant_a").put("physicalName", "ledger");
        ArrayNode ledgerColumns = ledger.putArray("columns");
        ledgerColumns.addObject().put("apiName", "entryNo").put("physicalName", "entry_no").put("type", "int").put("nullable", false);
        ledgerColumns.addObject().put("apiName", "accountId").put("physicalName", "account_id").put("type", "string").put("nullable", false);
        ledgerColumns.addObject().put("apiName", "amount").put("physicalName", "amount").put("type", "decimal").put("nullable", false);
        ledger.putArray("primaryKey").add("entryNo").add("accountId");
        ObjectNode journal = tables.addObject().put("id", "journal").put("apiName", "journal").put("database", "tenantXa").put("physicalName", "journal");
        journal.putArray("columns").addObject().put("apiName", "id").put("physicalName", "id").put("type", "int").put("nullable", false);
        journal.putArray("primaryKey").add("id");
        return document;
    }

    @Test
    void adminSeesEveryTableInOneSchemaPerDatabase() throws SQLException {
        try (Connection connection = connect("roles=admin")) {
            DatabaseMetaData meta = connection.getMetaData();

            assertThat(rows(meta.getCatalogs())).containsExactly("multidb");
            assertThat(rows(meta.getSchemas())).containsExactly(
                    "ch-analytics|multidb", "iceberg-archive|multidb", "pg-main|multidb", "pg-tenant|multidb");
            assertThat(rows(meta.getTableTypes())).containsExactly("TABLE");
            assertThat(rows(meta.getTables(null, null, "%", null))).containsExactly(
                    "multidb|ch-analytics|events|TABLE|null|null|null|null|null|null",
                    "multidb|ch-analytics|metrics|TABLE|null|null|null|null|null|null",
                    "multidb|iceberg-archive|ordersArchive|TABLE|null|null|null|null|null|null",
                    "multidb|pg-main|orders|TABLE|null|null|null|null|null|null",
                    "multidb|pg-main|products|TABLE|null|null|null|null|null|null",
                    "multidb|pg-main|users|TABLE|null|null|null|null|null|null",
                    "multidb|pg-tenant|invoices|TABLE|null|null|null|null|null|null",
                    "multidb|pg-tenant|tenants|TABLE|null|null|null|null|null|null");
            assertThat(rows(meta.getColumns(null, null, "%", "%"), "TABLE_NAME")).hasSize(9 + 13 + 6 + 4 + 8 + 7 + 5 + 7);
        }
    }

    @Test
    void aTenantUserSeesItsGrantedTablesAndColumnsOnlyWithMaskedOnesMarked() throws SQLException {
        try (Connection connection = connect("roles=tenant-user")) {
            DatabaseMetaData meta = connection.getMetaData();

            assertThat(rows(meta.getSchemas())).containsExactly("pg-main|multidb");
            assertThat(rows(meta.getTables(null, null, "%", new String[] {"TABLE"}), TABLE_COLUMNS))
                    .containsExactly("pg-main|orders", "pg-main|products", "pg-main|users");
            assertThat(rows(meta.getColumns(null, null, "%", "%"), "TABLE_NAME,COLUMN_NAME,ORDINAL_POSITION,TYPE_NAME,REMARKS")).containsExactly(
                    "orders|id|1|uuid|null",
                    "orders|total|2|DECIMAL|masked (number)",
                    "orders|status|3|VARCHAR|null",
                    "orders|createdAt|4|TIMESTAMP WITH TIME ZONE|null",
                    "products|id|1|uuid|null",
                    "products|name|2|VARCHAR|null",
                    "products|category|3|VARCHAR|null",
                    "products|price|4|DECIMAL|null",
                    "users|id|1|uuid|null",
                    "users|email|2|VARCHAR|masked (email)",
                    "users|firstName|3|VARCHAR|null",
                    "users|lastName|4|VARCHAR|null");
            assertThat(rows(meta.getColumns(null, "pg-tenant", "%", "%"))).isEmpty();
            assertThat(rows(meta.getTables(null, null, "tenants", null))).isEmpty();
        }
    }

    @Test
    void userAndServiceScopesIntersect() throws SQLException {
        try (Connection connection = connect("roles=tenant-user&serviceRoles=orders-service")) {
            DatabaseMetaData meta = connection.getMetaData();

            assertThat(rows(meta.getTables(null, null, "%", null), TABLE_COLUMNS))
                    .containsExactly("pg-main|orders", "pg-main|products", "pg-main|users");
            assertThat(rows(meta.getColumns(null, null, "users", "%"), "COLUMN_NAME,ORDINAL_POSITION"))
                    .containsExactly("id|1", "firstName|2", "lastName|3");
            assertThat(rows(meta.getColumns(null, null, "orders", "%"), "COLUMN_NAME,REMARKS"))
                    .containsExactly("id|null", "total|masked (number)", "status|null", "createdAt|null");
        }
    }

    @Test
    void rolesThatGrantNothingSeeOneEmptyCatalog() throws SQLException {
        for (String roles : List.of("roles=no-access", "roles=")) {
            try (Connection connection = connect(roles)) {
                DatabaseMetaData meta = connection.getMetaData();

                assertThat(rows(meta.getCatalogs())).containsExactly("multidb");
                assertThat(rows(meta.getSchemas())).isEmpty();
                assertThat(rows(meta.getTables(null, null, null, null))).isEmpty();
                assertThat(rows(meta.getColumns(null, null, null, null))).isEmpty();
                assertThat(rows(meta.getPrimaryKeys(null, null, "%"))).isEmpty();
            }
        }
    }

    @Test
    void columnsReportTypesSizesNullabilityAndPositions() throws SQLException {
        try (Connection connection = connect("roles=admin")) {
            List<String> columns = rows(connection.getMetaData().getColumns("multidb", "pg-main", "orders", "%"));

            assertThat(columns).containsExactly(
                    "multidb|pg-main|orders|id|1111|uuid|36|null|null|null|0|null|null|null|null|null|1|NO|null|null|null|null|NO|NO",
                    "multidb|pg-main|orders|tenantId|1111|uuid|36|null|null|null|0|null|null|null|null|null|2|NO|null|null|null|null|NO|NO",
                    "multidb|pg-main|orders|customerId|1111|uuid|36|null|null|null|0|null|null|null|null|null|3|NO|null|null|null|null|NO|NO",
                    "multidb|pg-main|orders|productId|1111|uuid|36|null|null|null|1|null|null|null|null|null|4|YES|null|null|null|null|NO|NO",
                    "multidb|pg-main|orders|regionId|12|VARCHAR|2147483647|null|null|null|0|null|null|null|null|2147483647|5|NO|null|null|null|null|NO|NO",
                    "multidb|pg-main|orders|total|3|DECIMAL|null|null|null|10|0|null|null|null|null|null|6|NO|null|null|null|null|NO|NO",
                    "multidb|pg-main|orders|discount|3|DECIMAL|null|null|null|10|1|null|null|null|null|null|7|YES|null|null|null|null|NO|NO",
                    "multidb|pg-main|orders|status|12|VARCHAR|2147483647|null|null|null|0|null|null|null|null|2147483647|8|NO|null|null|null|null|NO|NO",
                    "multidb|pg-main|orders|internalNote|12|VARCHAR|2147483647|null|null|null|1|null|null|null|null|2147483647|9|YES|null|null|null|null|NO|NO",
                    "multidb|pg-main|orders|createdAt|2014|TIMESTAMP WITH TIME ZONE|35|null|6|null|0|null|null|null|null|null|10|NO|null|null|null|null|NO|NO",
                    "multidb|pg-main|orders|quantity|4|INTEGER|10|null|0|10|0|null|null|null|null|null|11|NO|null|null|null|null|NO|NO",
                    "multidb|pg-main|orders|isPaid|16|BOOLEAN|1|null|null|null|1|null|null|null|null|null|12|YES|null|null|null|null|NO|NO",
                    "multidb|pg-main|orders|priorities|2003|INTEGER ARRAY|null|null|null|null|1|null|null|null|null|null|13|YES|null|null|null|null|NO|NO");
        }
    }

    @Test
    void aMaskedColumnIsReportedByTheTypeOfItsMaskedValues() throws SQLException {
        ObjectNode document = fixture();
        grant(role(document, "masker"), "orders", List.of("id", "total", "createdAt", "quantity", "priorities"),
                List.of("total", "createdAt", "quantity", "priorities"));

        try (Connection connection = connect(document, "roles=masker")) {
            assertThat(rows(connection.getMetaData().getColumns(null, null, "orders", null), "COLUMN_NAME,ORDINAL_POSITION,DATA_TYPE,TYPE_NAME,REMARKS"))
                    .containsExactly(
                            "id|1|1111|uuid|null",
                            "total|2|3|DECIMAL|masked (number)",
                            "createdAt|3|2014|TIMESTAMP WITH TIME ZONE|masked (date)",
                            "quantity|4|12|VARCHAR|masked (full)",
                            "priorities|5|12|VARCHAR|masked (full)");
        }
    }

    @Test
    void patternsHonourPercentUnderscoreAndTheEscape() throws SQLException {
        try (Connection connection = connect(withUnderscoreSchemas(), "roles=admin")) {
            DatabaseMetaData meta = connection.getMetaData();
            String escape = meta.getSearchStringEscape();

            assertThat(rows(meta.getSchemas(null, "tenant" + escape + "_a"), "TABLE_SCHEM")).containsExactly("tenant_a");
            assertThat(rows(meta.getSchemas(null, "tenant_a"), "TABLE_SCHEM")).containsExactly("tenantXa", "tenant_a");
            assertThat(rows(meta.getSchemas("multidb", "pg-%"), "TABLE_SCHEM")).containsExactly("pg-main", "pg-tenant");
            assertThat(rows(meta.getTables(null, "tenant" + escape + "_a", "%", null), TABLE_COLUMNS)).containsExactly("tenant_a|ledger");
            assertThat(rows(meta.getTables(null, "tenant_a", "%", null), TABLE_COLUMNS)).containsExactly("tenantXa|journal", "tenant_a|ledger");
            assertThat(rows(meta.getTables(null, "pg-%", "ord%", null), TABLE_COLUMNS)).containsExactly("pg-main|orders");
            assertThat(rows(meta.getTables(null, null, "ord_rs", null), TABLE_COLUMNS)).containsExactly("pg-main|orders");
            assertThat(rows(meta.getTables(null, null, "%Archive", null), TABLE_COLUMNS)).containsExactly("iceberg-archive|ordersArchive");
            assertThat(rows(meta.getTables(null, null, "ORDERS", null))).isEmpty();
            assertThat(rows(meta.getColumns(null, null, "orders", "%At"), "COLUMN_NAME")).containsExactly("createdAt");
            assertThat(rows(meta.getColumns(null, null, "%", "id"), "TABLE_NAME")).containsExactly(
                    "events", "metrics", "ordersArchive", "orders", "products", "users", "invoices", "tenants", "journal");
            assertThat(rows(meta.getPrimaryKeys(null, "tenant_a", "%"), "TABLE_SCHEM,TABLE_NAME,COLUMN_NAME"))
                    .containsExactly("tenant_a|ledger|accountId", "tenant_a|ledger|entryNo");
        }
    }

    @Test
    void catalogsSchemasAndTypesSelectExactly() throws SQLException {
        try (Connection connection = connect("roles=admin")) {
            DatabaseMetaData meta = connection.getMetaData();

            assertThat(rows(meta.getTables("multidb", null, "orders", null))).hasSize(1);
            assertThat(rows(meta.getTables("", null, "orders", null))).as("no table is without a catalog").isEmpty();
            assertThat(rows(meta.getTables("other", null, "orders", null))).isEmpty();
            assertThat(rows(meta.getTables(null, "", "orders", null))).as("no table is without a schema").isEmpty();
            assertThat(rows(meta.getTables(null, null, "orders", new String[] {"VIEW", "SYSTEM TABLE"}))).isEmpty();
            assertThat(rows(meta.getTables(null, null, "orders", new String[] {"VIEW", "table"}))).hasSize(1);
            assertThat(rows(meta.getSchemas("other", null))).isEmpty();
            assertThat(rows(meta.getPrimaryKeys("other", null, "orders"))).isEmpty();
        }
    }

    @Test
    void sqlNamesTablesByApiNameAloneNotByTheirSchema() throws SQLException {
        try (Connection connection = connect("roles=admin"); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("SELECT id FROM \"pg-main\".orders"))
                    .isInstanceOf(SQLSyntaxErrorException.class)
                    .hasMessage("table \"pg-main\".orders is qualified with a schema: tables are named by their API names alone (line 1, column 16)")
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("42000");
        }
    }

    @Test
    void primaryKeysAreOrderedByColumnNameWithTheirPositionInTheKey() throws SQLException {
        try (Connection connection = connect(withUnderscoreSchemas(), "roles=admin")) {
            DatabaseMetaData meta = connection.getMetaData();

            assertThat(rows(meta.getPrimaryKeys(null, null, "orders"))).containsExactly("multidb|pg-main|orders|id|1|pk_orders");
            assertThat(rows(meta.getPrimaryKeys(null, "tenant_a", "ledger"))).containsExactly(
                    "multidb|tenant_a|ledger|accountId|2|pk_ledger", "multidb|tenant_a|ledger|entryNo|1|pk_ledger");
            assertThat(rows(meta.getPrimaryKeys(null, null, "%"), "TABLE_NAME")).containsExactly(
                    "events", "metrics", "ordersArchive", "orders", "products", "users", "invoices", "tenants", "journal", "ledger", "ledger");
            assertThat(rows(meta.getPrimaryKeys(null, null, null), "TABLE_NAME")).hasSize(11);
        }
    }

    @Test
    void aKeyWithAHiddenColumnIsNotReported() throws SQLException {
        ObjectNode document = fixture();
        grant(role(document, "no-ids"), "orders", List.of("status", "total"), List.of());

        try (Connection connection = connect(document, "roles=no-ids")) {
            DatabaseMetaData meta = connection.getMetaData();

            assertThat(rows(meta.getColumns(null, null, "orders", "%"), "COLUMN_NAME")).containsExactly("total", "status");
            assertThat(rows(meta.getPrimaryKeys(null, null, "orders"))).isEmpty();
            assertThat(rows(meta.getBestRowIdentifier(null, null, "orders", DatabaseMetaData.bestRowSession, true))).isEmpty();
        }
    }

    @Test
    void importedAndExportedKeysComeFromRelations() throws SQLException {
        try (Connection connection = connect("roles=admin")) {
            DatabaseMetaData meta = connection.getMetaData();

            assertThat(rows(meta.getImportedKeys(null, "pg-main", "orders"), KEY_COLUMNS)).containsExactly(
                    "multidb|pg-main|products|id|multidb|pg-main|orders|productId|1|3|3|fk_orders_productId|pk_products|7",
                    "multidb|pg-main|users|id|multidb|pg-main|orders|customerId|1|3|3|fk_orders_customerId|pk_users|7",
                    "multidb|pg-tenant|tenants|id|multidb|pg-main|orders|tenantId|1|3|3|fk_orders_tenantId|pk_tenants|7");
            assertThat(rows(meta.getExportedKeys(null, null, "orders"), KEY_COLUMNS)).containsExactly(
                    "multidb|pg-main|orders|id|multidb|ch-analytics|events|orderId|1|3|3|fk_events_orderId|pk_orders|7",
                    "multidb|pg-main|orders|id|multidb|iceberg-archive|ordersArchive|id|1|3|3|fk_ordersArchive_id|pk_orders|7",
                    "multidb|pg-main|orders|id|multidb|pg-tenant|invoices|orderId|1|3|3|fk_invoices_orderId|pk_orders|7");
            assertThat(rows(meta.getCrossReference(null, null, "orders", null, null, "invoices"), "PKTABLE_NAME,FKTABLE_NAME,FK_NAME"))
                    .containsExactly("orders|invoices|fk_invoices_orderId");
            assertThat(rows(meta.getCrossReference(null, null, "users", null, null, "%"), "FKTABLE_NAME,FK_NAME")).containsExactly(
                    "events|fk_events_userId", "ordersArchive|fk_ordersArchive_customerId", "orders|fk_orders_customerId");
            assertThat(rows(meta.getImportedKeys(null, null, "%"), "FK_NAME")).hasSize(12);
        }
    }

    @Test
    void aRelationIsReportedOnlyWhenBothSidesAreVisible() throws SQLException {
        try (Connection manager = connect("roles=regional-manager"); Connection tenantUser = connect("roles=tenant-user")) {
            // the regional manager reads orders, users and products, not tenants
            assertThat(rows(manager.getMetaData().getImportedKeys(null, null, "%"), "FK_NAME"))
                    .containsExactly("fk_orders_productId", "fk_orders_customerId");
            assertThat(rows(manager.getMetaData().getExportedKeys(null, null, "orders"))).isEmpty();
            // the tenant user does not see orders.customerId nor orders.productId
            assertThat(rows(tenantUser.getMetaData().getImportedKeys(null, null, "orders"))).isEmpty();
            assertThat(rows(tenantUser.getMetaData().getExportedKeys(null, null, "users"))).isEmpty();
        }
    }

    @Test
    void typeInfoHasARowForEveryTypeNameTheDriverReports() throws SQLException {
        try (Connection connection = connect("roles=admin")) {
            DatabaseMetaData meta = connection.getMetaData();

            List<String> types = rows(meta.getTypeInfo(), "TYPE_NAME,DATA_TYPE");
            assertThat(types).containsExactly("BIGINT|-5", "DECIMAL|3", "INTEGER|4", "SMALLINT|5", "VARCHAR|12", "BOOLEAN|16", "DATE|91",
                    "uuid|1111", "BOOLEAN ARRAY|2003", "DATE ARRAY|2003", "DECIMAL ARRAY|2003", "INTEGER ARRAY|2003",
                    "TIMESTAMP WITH TIME ZONE ARRAY|2003", "VARCHAR ARRAY|2003", "uuid ARRAY|2003", "TIMESTAMP WITH TIME ZONE|2014");
            assertThat(types).containsAll(rows(meta.getColumns(null, null, "%", "%"), "TYPE_NAME,DATA_TYPE"));
            assertThat(rows(meta.getTypeInfo())).contains(
                    "VARCHAR|12|2147483647|'|'|null|1|true|3|false|false|false|null|0|0|null|null|null",
                    "DECIMAL|3|0|null|null|null|1|false|2|false|false|false|null|0|0|null|null|10",
                    "DATE|91|10|DATE '|'|null|1|false|2|false|false|false|null|0|0|null|null|null",
                    "TIMESTAMP WITH TIME ZONE|2014|35|TIMESTAMP '|'|null|1|false|2|false|false|false|null|0|6|null|null|null",
                    "INTEGER ARRAY|2003|0|ARRAY[|]|null|1|false|0|false|false|false|null|0|0|null|null|null");
        }
    }

    @Test
    void theBestRowIdentifierIsTheUnmaskedPrimaryKey() throws SQLException {
        ObjectNode document = fixture();
        grant(role(document, "masked-ids"), "orders", List.of("id", "status"), List.of("id"));

        try (Connection admin = connect(document, "roles=admin"); Connection masked = connect(document, "roles=masked-ids")) {
            assertThat(rows(admin.getMetaData().getBestRowIdentifier("multidb", "pg-main", "orders", DatabaseMetaData.bestRowTemporary, false)))
                    .containsExactly("2|id|1111|uuid|36|null|null|1");
            // the primary key is still a primary key, but masked values tell no rows apart
            assertThat(rows(masked.getMetaData().getPrimaryKeys(null, null, "orders"), "COLUMN_NAME")).containsExactly("id");
            assertThat(rows(masked.getMetaData().getColumns(null, null, "orders", "id"), "TYPE_NAME")).containsExactly("VARCHAR");
            assertThat(rows(masked.getMetaData().getBestRowIdentifier(null, null, "orders", DatabaseMetaData.bestRowSession, true))).isEmpty();
        }
    }

    @Test
    void aReloadChangesWhatTheSameMetaDataObjectReports() throws SQLException, IOException {
        ObjectNode document = fixture();
        Path file = TestConfig.write(folder, document);
        try (Connection connection = DriverManager.getConnection("jdbc:multidb:file:" + file + "?roles=tenant-user")) {
            DatabaseMetaData meta = connection.getMetaData();
            assertThat(rows(meta.getTables(null, null, "%", null), TABLE_COLUMNS)).hasSize(3);

            for (var role : document.get("roles")) {
                if (role.get("id").asText().equals("tenant-user")) {
                    grant((ObjectNode) role, "tenants", List.of("id", "name"), List.of());
                }
            }
            Files.writeString(file, MultiDbJson.write(document), StandardCharsets.UTF_8);
            connection.unwrap(MultiDbConnection.class).reload();

            assertThat(rows(meta.getTables(null, null, "%", null), TABLE_COLUMNS))
                    .containsExactly("pg-main|orders", "pg-main|products", "pg-main|users", "pg-tenant|tenants");
            assertThat(rows(meta.getColumns(null, "pg-tenant", "tenants", "%"), "COLUMN_NAME")).containsExactly("id", "name");
        }
    }

    @Test
    void browsingAClosedConnectionFailsWith08003() throws SQLException {
        Connection connection = connect("roles=admin");
        DatabaseMetaData meta = connection.getMetaData();
        connection.close();

        assertThatThrownBy(() -> meta.getTables(null, null, "%", null))
                .isExactlyInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessage("Connection is closed")
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("08003");
        assertThatThrownBy(meta::getCatalogs).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("08003");
        assertThatThrownBy(meta::getTypeInfo).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("08003");
        assertThatThrownBy(() -> meta.getProcedures(null, null, "%")).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("08003");
        assertThatThrownBy(connection::getMetaData).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("08003");
    }

    @Test
    void metadataResultSetsAreForwardOnlyAndBelongToNoStatement() throws SQLException {
        try (Connection connection = connect("roles=admin")) {
            ResultSet tables = connection.getMetaData().getTables(null, null, "%", null);

            assertThat(tables.getStatement()).isNull();
            assertThat(tables.getType()).isEqualTo(ResultSet.TYPE_FORWARD_ONLY);
            assertThat(tables.next()).isTrue();
            assertThat(tables.getString(3)).isEqualTo("events");
            assertThatThrownBy(tables::previous).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("24000");
            tables.close();
            assertThat(tables.isClosed()).isTrue();
        }
    }

    @Test
    void theConnectionKeepsItsCatalogAndSchema() throws SQLException {
        try (Connection connection = connect("roles=admin")) {
            assertThat(connection.getCatalog()).isEqualTo("multidb");
            assertThat(connection.getSchema()).isNull();

            connection.setSchema("pg-main");
            connection.setCatalog("multidb");

            assertThat(connection.getSchema()).isEqualTo("pg-main");
            assertThat(connection.getCatalog()).isEqualTo("multidb");
        }
    }

    @Test
    void identityAndCapabilitiesTellWhatTheDriverDoes() throws SQLException {
        try (Connection connection = connect("roles=admin")) {
            DatabaseMetaData meta = connection.getMetaData();

            assertThat(meta.getDatabaseProductName()).isEqualTo("MultiDB");
            assertThat(meta.getDatabaseProductVersion()).isEqualTo(meta.getDriverVersion());
            assertThat(meta.getDriverName()).isEqualTo("MultiDB JDBC driver");
            assertThat(meta.getSearchStringEscape()).isEqualTo("\\");
            assertThat(meta.getIdentifierQuoteString()).isEqualTo("\"");
            assertThat(meta.getCatalogSeparator()).isEqualTo(".");
            assertThat(meta.getSchemaTerm()).isEqualTo("schema");
            assertThat(meta.isReadOnly()).isTrue();
            assertThat(meta.supportsTransactions()).isFalse();
            assertThat(meta.getDefaultTransactionIsolation()).isEqualTo(Connection.TRANSACTION_NONE);
            assertThat(meta.supportsBatchUpdates()).isFalse();
            assertThat(meta.supportsStoredProcedures()).isFalse();
            assertThat(meta.supportsResultSetType(ResultSet.TYPE_FORWARD_ONLY)).isTrue();
            assertThat(meta.supportsResultSetConcurrency(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_UPDATABLE)).isFalse();
            assertThat(meta.supportsSchemasInDataManipulation()).as("SQL names tables by API name alone").isFalse();
            assertThat(meta.supportsLikeEscapeClause()).isTrue();
            assertThat(meta.supportsOuterJoins()).isTrue();
            assertThat(meta.supportsGetGeneratedKeys()).isFalse();
            assertThat(meta.allTablesAreSelectable()).isTrue();
            assertThat(meta.supportsNonNullableColumns()).isTrue();
        }
    }
}
