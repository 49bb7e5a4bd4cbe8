package com.mkven.multidb.jdbc;

import com.mkven.multidb.jdbc.testing.TestConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code DatabaseMetaData} result set has exactly the javadoc's columns, in its order and with its Java types.
 * The table below is copied from the {@link DatabaseMetaData} javadoc, not from the driver, so the two can disagree.
 */
class DatabaseMetaDataShapesTest {
    /** The javadoc's Java types as the JDBC types a result set reports for them. */
    private static final Map<String, Integer> JAVA_TYPES = Map.of(
            "String", Types.VARCHAR, "int", Types.INTEGER, "short", Types.SMALLINT, "long", Types.BIGINT, "boolean", Types.BOOLEAN);

    private static final String KEY_COLUMNS = "PKTABLE_CAT:String PKTABLE_SCHEM:String PKTABLE_NAME:String PKCOLUMN_NAME:String "
            + "FKTABLE_CAT:String FKTABLE_SCHEM:String FKTABLE_NAME:String FKCOLUMN_NAME:String KEY_SEQ:short UPDATE_RULE:short "
            + "DELETE_RULE:short FK_NAME:String PK_NAME:String DEFERRABILITY:short";
    private static final String ROW_ID_COLUMNS = "SCOPE:short COLUMN_NAME:String DATA_TYPE:int TYPE_NAME:String COLUMN_SIZE:int "
            + "BUFFER_LENGTH:int DECIMAL_DIGITS:short PSEUDO_COLUMN:short";

    /** A DatabaseMetaData call. */
    private interface Call {
        ResultSet on(DatabaseMetaData meta) throws SQLException;
    }

    @TempDir
    Path folder;

    private Connection connection;

    @BeforeEach
    void connect() throws SQLException {
        connection = DriverManager.getConnection(TestConfig.create(folder).jdbcUrl("roles=admin"));
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    static Stream<Arguments> javadoc() {
        return Stream.of(
                shape("getCatalogs", meta -> meta.getCatalogs(), "TABLE_CAT:String", true),
                shape("getSchemas", meta -> meta.getSchemas(), "TABLE_SCHEM:String TABLE_CATALOG:String", true),
                shape("getSchemas(catalog, pattern)", meta -> meta.getSchemas("multidb", "%"), "TABLE_SCHEM:String TABLE_CATALOG:String", true),
                shape("getTableTypes", meta -> meta.getTableTypes(), "TABLE_TYPE:String", true),
                shape("getTables", meta -> meta.getTables(null, null, "%", null),
                        "TABLE_CAT:String TABLE_SCHEM:String TABLE_NAME:String TABLE_TYPE:String REMARKS:String TYPE_CAT:String "
                                + "TYPE_SCHEM:String TYPE_NAME:String SELF_REFERENCING_COL_NAME:String REF_GENERATION:String", true),
                shape("getColumns", meta -> meta.getColumns(null, null, "orders", "%"),
                        "TABLE_CAT:String TABLE_SCHEM:String TABLE_NAME:String COLUMN_NAME:String DATA_TYPE:int TYPE_NAME:String "
                                + "COLUMN_SIZE:int BUFFER_LENGTH:int DECIMAL_DIGITS:int NUM_PREC_RADIX:int NULLABLE:int REMARKS:String "
                                + "COLUMN_DEF:String SQL_DATA_TYPE:int SQL_DATETIME_SUB:int CHAR_OCTET_LENGTH:int ORDINAL_POSITION:int "
                                + "IS_NULLABLE:String SCOPE_CATALOG:String SCOPE_SCHEMA:String SCOPE_TABLE:String SOURCE_DATA_TYPE:short "
                                + "IS_AUTOINCREMENT:String IS_GENERATEDCOLUMN:String", true),
                shape("getPrimaryKeys", meta -> meta.getPrimaryKeys(null, null, "orders"),
                        "TABLE_CAT:String TABLE_SCHEM:String TABLE_NAME:String COLUMN_NAME:String KEY_SEQ:short PK_NAME:String", true),
                shape("getImportedKeys", meta -> meta.getImportedKeys(null, null, "orders"), KEY_COLUMNS, true),
                shape("getExportedKeys", meta -> meta.getExportedKeys(null, null, "orders"), KEY_COLUMNS, true),
                shape("getCrossReference", meta -> meta.getCrossReference(null, null, "users", null, null, "orders"), KEY_COLUMNS, true),
                shape("getTypeInfo", meta -> meta.getTypeInfo(),
                        "TYPE_NAME:String DATA_TYPE:int PRECISION:int LITERAL_PREFIX:String LITERAL_SUFFIX:String CREATE_PARAMS:String "
                                + "NULLABLE:short CASE_SENSITIVE:boolean SEARCHABLE:short UNSIGNED_ATTRIBUTE:boolean FIXED_PREC_SCALE:boolean "
                                + "AUTO_INCREMENT:boolean LOCAL_TYPE_NAME:String MINIMUM_SCALE:short MAXIMUM_SCALE:short SQL_DATA_TYPE:int "
                                + "SQL_DATETIME_SUB:int NUM_PREC_RADIX:int", true),
                shape("getBestRowIdentifier", meta -> meta.getBestRowIdentifier(null, null, "orders", DatabaseMetaData.bestRowSession, true),
                        ROW_ID_COLUMNS, true),
                shape("getVersionColumns", meta -> meta.getVersionColumns(null, null, "orders"), ROW_ID_COLUMNS, false),
                shape("getIndexInfo", meta -> meta.getIndexInfo(null, null, "orders", false, true),
                        "TABLE_CAT:String TABLE_SCHEM:String TABLE_NAME:String NON_UNIQUE:boolean INDEX_QUALIFIER:String "
                                + "INDEX_NAME:String TYPE:short ORDINAL_POSITION:short COLUMN_NAME:String ASC_OR_DESC:String "
                                + "CARDINALITY:long PAGES:long FILTER_CONDITION:String", false),
                // the javadoc leaves three columns unnamed ("reserved for future use"): named as other drivers name them
                shape("getProcedures", meta -> meta.getProcedures(null, null, "%"),
                        "PROCEDURE_CAT:String PROCEDURE_SCHEM:String PROCEDURE_NAME:String RESERVED1:String RESERVED2:String "
                                + "RESERVED3:String REMARKS:String PROCEDURE_TYPE:short SPECIFIC_NAME:String", false),
                shape("getProcedureColumns", meta -> meta.getProcedureColumns(null, null, "%", "%"),
                        "PROCEDURE_CAT:String PROCEDURE_SCHEM:String PROCEDURE_NAME:String COLUMN_NAME:String COLUMN_TYPE:short "
                                + "DATA_TYPE:int TYPE_NAME:String PRECISION:int LENGTH:int SCALE:short RADIX:short NULLABLE:short "
                                + "REMARKS:String COLUMN_DEF:String SQL_DATA_TYPE:int SQL_DATETIME_SUB:int CHAR_OCTET_LENGTH:int "
                                + "ORDINAL_POSITION:int IS_NULLABLE:String SPECIFIC_NAME:String", false),
                shape("getFunctions", meta -> meta.getFunctions(null, null, "%"),
                        "FUNCTION_CAT:String FUNCTION_SCHEM:String FUNCTION_NAME:String REMARKS:String FUNCTION_TYPE:short "
                                + "SPECIFIC_NAME:String", false),
                shape("getFunctionColumns", meta -> meta.getFunctionColumns(null, null, "%", "%"),
                        "FUNCTION_CAT:String FUNCTION_SCHEM:String FUNCTION_NAME:String COLUMN_NAME:String COLUMN_TYPE:short "
                                + "DATA_TYPE:int TYPE_NAME:String PRECISION:int LENGTH:int SCALE:short RADIX:short NULLABLE:short "
                                + "REMARKS:String CHAR_OCTET_LENGTH:int ORDINAL_POSITION:int IS_NULLABLE:String SPECIFIC_NAME:String", false),
                shape("getUDTs", meta -> meta.getUDTs(null, null, "%", null),
                        "TYPE_CAT:String TYPE_SCHEM:String TYPE_NAME:String CLASS_NAME:String DATA_TYPE:int REMARKS:String "
                                + "BASE_TYPE:short", false),
                shape("getSuperTypes", meta -> meta.getSuperTypes(null, null, "%"),
                        "TYPE_CAT:String TYPE_SCHEM:String TYPE_NAME:String SUPERTYPE_CAT:String SUPERTYPE_SCHEM:String "
                                + "SUPERTYPE_NAME:String", false),
                shape("getSuperTables", meta -> meta.getSuperTables(null, null, "%"),
                        "TABLE_CAT:String TABLE_SCHEM:String TABLE_NAME:String SUPERTABLE_NAME:String", false),
                shape("getAttributes", meta -> meta.getAttributes(null, null, "%", "%"),
                        "TYPE_CAT:String TYPE_SCHEM:String TYPE_NAME:String ATTR_NAME:String DATA_TYPE:int ATTR_TYPE_NAME:String "
                                + "ATTR_SIZE:int DECIMAL_DIGITS:int NUM_PREC_RADIX:int NULLABLE:int REMARKS:String ATTR_DEF:String "
                                + "SQL_DATA_TYPE:int SQL_DATETIME_SUB:int CHAR_OCTET_LENGTH:int ORDINAL_POSITION:int IS_NULLABLE:String "
                                + "SCOPE_CATALOG:String SCOPE_SCHEMA:String SCOPE_TABLE:String SOURCE_DATA_TYPE:short", false),
                shape("getColumnPrivileges", meta -> meta.getColumnPrivileges(null, null, "orders", "%"),
                        "TABLE_CAT:String TABLE_SCHEM:String TABLE_NAME:String COLUMN_NAME:String GRANTOR:String GRANTEE:String "
                                + "PRIVILEGE:String IS_GRANTABLE:String", false),
                shape("getTablePrivileges", meta -> meta.getTablePrivileges(null, null, "%"),
                        "TABLE_CAT:String TABLE_SCHEM:String TABLE_NAME:String GRANTOR:String GRANTEE:String PRIVILEGE:String "
                                + "IS_GRANTABLE:String", false),
                shape("getPseudoColumns", meta -> meta.getPseudoColumns(null, null, "%", "%"),
                        "TABLE_CAT:String TABLE_SCHEM:String TABLE_NAME:String COLUMN_NAME:String DATA_TYPE:int COLUMN_SIZE:int "
                                + "DECIMAL_DIGITS:int NUM_PREC_RADIX:int COLUMN_USAGE:String REMARKS:String CHAR_OCTET_LENGTH:int "
                                + "IS_NULLABLE:String", false),
                shape("getClientInfoProperties", meta -> meta.getClientInfoProperties(),
                        "NAME:String MAX_LEN:int DEFAULT_VALUE:String DESCRIPTION:String", false));
    }

    private static Arguments shape(String method, Call call, String columns, boolean hasRows) {
        return Arguments.of(method, call, List.of(columns.split(" ")), hasRows);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("javadoc")
    void everyResultSetHasTheJavadocColumns(String method, Call call, List<String> columns, boolean hasRows) throws SQLException {
        try (ResultSet rows = call.on(connection.getMetaData())) {
            ResultSetMetaData meta = rows.getMetaData();
            List<String> actual = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                actual.add(meta.getColumnLabel(i) + ":" + javaType(meta.getColumnType(i)));
                assertThat(meta.getColumnName(i)).isEqualTo(meta.getColumnLabel(i));
            }

            assertThat(actual).containsExactlyElementsOf(columns);
            // what MultiDB does not have is a typed empty result, never an exception
            assertThat(rows.next()).isEqualTo(hasRows);
        }
    }

    @Test
    void theTableCoversEveryMethodReturningAResultSet() {
        long methods = Stream.of(DatabaseMetaData.class.getMethods())
                .filter(method -> method.getReturnType() == ResultSet.class)
                .map(method -> method.getName())
                .distinct()
                .count();

        assertThat(javadoc().map(arguments -> ((String) arguments.get()[0]).replaceAll("\\(.*", "")).distinct().count()).isEqualTo(methods);
    }

    private static String javaType(int sqlType) {
        return JAVA_TYPES.entrySet().stream().filter(entry -> entry.getValue() == sqlType).map(Map.Entry::getKey).findFirst()
                .orElse("type " + sqlType);
    }
}
