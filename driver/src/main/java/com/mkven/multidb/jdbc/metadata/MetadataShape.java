package com.mkven.multidb.jdbc.metadata;

import com.mkven.multidb.jdbc.ColumnDescriptor;
import com.mkven.multidb.jdbc.InMemoryResultSet;
import com.mkven.multidb.jdbc.JdbcType;

import java.sql.ResultSet;
import java.util.List;

/**
 * The columns of every {@code DatabaseMetaData} result set, as the {@link java.sql.DatabaseMetaData} javadoc lists
 * them: names, order, and the Java type of each ({@code String} → {@code VARCHAR}, {@code int} → {@code INTEGER},
 * {@code short} → {@code SMALLINT}, {@code long} → {@code BIGINT}, {@code boolean} → {@code BOOLEAN}); a column is
 * nullable where the javadoc says "may be null". GUI tools read these by name and by position, so they are exact even
 * for the shapes that are always empty here. Where the javadoc leaves a column unnamed ("reserved for future use" in
 * {@code getProcedures}), the names are those other drivers use: {@code RESERVED1}…{@code RESERVED3}.
 */
public enum MetadataShape {
    CATALOGS(text("TABLE_CAT")),
    SCHEMAS(text("TABLE_SCHEM"), optionalText("TABLE_CATALOG")),
    TABLE_TYPES(text("TABLE_TYPE")),
    TABLES(optionalText("TABLE_CAT"), optionalText("TABLE_SCHEM"), text("TABLE_NAME"), text("TABLE_TYPE"),
            optionalText("REMARKS"), optionalText("TYPE_CAT"), optionalText("TYPE_SCHEM"), optionalText("TYPE_NAME"),
            optionalText("SELF_REFERENCING_COL_NAME"), optionalText("REF_GENERATION")),
    COLUMNS(optionalText("TABLE_CAT"), optionalText("TABLE_SCHEM"), text("TABLE_NAME"), text("COLUMN_NAME"),
            integer("DATA_TYPE"), text("TYPE_NAME"), optionalInteger("COLUMN_SIZE"), optionalInteger("BUFFER_LENGTH"),
            optionalInteger("DECIMAL_DIGITS"), optionalInteger("NUM_PREC_RADIX"), integer("NULLABLE"),
            optionalText("REMARKS"), optionalText("COLUMN_DEF"), optionalInteger("SQL_DATA_TYPE"),
            optionalInteger("SQL_DATETIME_SUB"), optionalInteger("CHAR_OCTET_LENGTH"), integer("ORDINAL_POSITION"),
            text("IS_NULLABLE"), optionalText("SCOPE_CATALOG"), optionalText("SCOPE_SCHEMA"), optionalText("SCOPE_TABLE"),
            optionalSmallint("SOURCE_DATA_TYPE"), text("IS_AUTOINCREMENT"), text("IS_GENERATEDCOLUMN")),
    PRIMARY_KEYS(optionalText("TABLE_CAT"), optionalText("TABLE_SCHEM"), text("TABLE_NAME"), text("COLUMN_NAME"),
            smallint("KEY_SEQ"), optionalText("PK_NAME")),
    /** {@code getImportedKeys}, {@code getExportedKeys} and {@code getCrossReference}. */
    KEYS(optionalText("PKTABLE_CAT"), optionalText("PKTABLE_SCHEM"), text("PKTABLE_NAME"), text("PKCOLUMN_NAME"),
            optionalText("FKTABLE_CAT"), optionalText("FKTABLE_SCHEM"), text("FKTABLE_NAME"), text("FKCOLUMN_NAME"),
            smallint("KEY_SEQ"), smallint("UPDATE_RULE"), smallint("DELETE_RULE"), optionalText("FK_NAME"),
            optionalText("PK_NAME"), smallint("DEFERRABILITY")),
    TYPE_INFO(text("TYPE_NAME"), integer("DATA_TYPE"), integer("PRECISION"), optionalText("LITERAL_PREFIX"),
            optionalText("LITERAL_SUFFIX"), optionalText("CREATE_PARAMS"), smallint("NULLABLE"), bool("CASE_SENSITIVE"),
            smallint("SEARCHABLE"), bool("UNSIGNED_ATTRIBUTE"), bool("FIXED_PREC_SCALE"), bool("AUTO_INCREMENT"),
            optionalText("LOCAL_TYPE_NAME"), smallint("MINIMUM_SCALE"), smallint("MAXIMUM_SCALE"),
            optionalInteger("SQL_DATA_TYPE"), optionalInteger("SQL_DATETIME_SUB"), optionalInteger("NUM_PREC_RADIX")),
    /** {@code getBestRowIdentifier}; {@code getVersionColumns} has the same columns, its {@code SCOPE} unused. */
    BEST_ROW_IDENTIFIER(smallint("SCOPE"), text("COLUMN_NAME"), integer("DATA_TYPE"), text("TYPE_NAME"),
            optionalInteger("COLUMN_SIZE"), optionalInteger("BUFFER_LENGTH"), optionalSmallint("DECIMAL_DIGITS"),
            smallint("PSEUDO_COLUMN")),
    VERSION_COLUMNS(optionalSmallint("SCOPE"), text("COLUMN_NAME"), integer("DATA_TYPE"), text("TYPE_NAME"),
            optionalInteger("COLUMN_SIZE"), optionalInteger("BUFFER_LENGTH"), optionalSmallint("DECIMAL_DIGITS"),
            smallint("PSEUDO_COLUMN")),
    INDEX_INFO(optionalText("TABLE_CAT"), optionalText("TABLE_SCHEM"), text("TABLE_NAME"), bool("NON_UNIQUE"),
            optionalText("INDEX_QUALIFIER"), optionalText("INDEX_NAME"), smallint("TYPE"), smallint("ORDINAL_POSITION"),
            optionalText("COLUMN_NAME"), optionalText("ASC_OR_DESC"), bigint("CARDINALITY"), bigint("PAGES"),
            optionalText("FILTER_CONDITION")),
    PROCEDURES(optionalText("PROCEDURE_CAT"), optionalText("PROCEDURE_SCHEM"), text("PROCEDURE_NAME"),
            optionalText("RESERVED1"), optionalText("RESERVED2"), optionalText("RESERVED3"), optionalText("REMARKS"),
            smallint("PROCEDURE_TYPE"), text("SPECIFIC_NAME")),
    PROCEDURE_COLUMNS(optionalText("PROCEDURE_CAT"), optionalText("PROCEDURE_SCHEM"), text("PROCEDURE_NAME"),
            text("COLUMN_NAME"), smallint("COLUMN_TYPE"), integer("DATA_TYPE"), text("TYPE_NAME"), integer("PRECISION"),
            integer("LENGTH"), optionalSmallint("SCALE"), smallint("RADIX"), smallint("NULLABLE"), optionalText("REMARKS"),
            optionalText("COLUMN_DEF"), optionalInteger("SQL_DATA_TYPE"), optionalInteger("SQL_DATETIME_SUB"),
            optionalInteger("CHAR_OCTET_LENGTH"), integer("ORDINAL_POSITION"), text("IS_NULLABLE"), text("SPECIFIC_NAME")),
    FUNCTIONS(optionalText("FUNCTION_CAT"), optionalText("FUNCTION_SCHEM"), text("FUNCTION_NAME"), optionalText("REMARKS"),
            smallint("FUNCTION_TYPE"), text("SPECIFIC_NAME")),
    FUNCTION_COLUMNS(optionalText("FUNCTION_CAT"), optionalText("FUNCTION_SCHEM"), text("FUNCTION_NAME"),
            text("COLUMN_NAME"), smallint("COLUMN_TYPE"), integer("DATA_TYPE"), text("TYPE_NAME"), integer("PRECISION"),
            integer("LENGTH"), optionalSmallint("SCALE"), smallint("RADIX"), smallint("NULLABLE"), optionalText("REMARKS"),
            optionalInteger("CHAR_OCTET_LENGTH"), integer("ORDINAL_POSITION"), text("IS_NULLABLE"), text("SPECIFIC_NAME")),
    UDTS(optionalText("TYPE_CAT"), optionalText("TYPE_SCHEM"), text("TYPE_NAME"), text("CLASS_NAME"), integer("DATA_TYPE"),
            optionalText("REMARKS"), optionalSmallint("BASE_TYPE")),
    SUPER_TYPES(optionalText("TYPE_CAT"), optionalText("TYPE_SCHEM"), text("TYPE_NAME"), optionalText("SUPERTYPE_CAT"),
            optionalText("SUPERTYPE_SCHEM"), text("SUPERTYPE_NAME")),
    SUPER_TABLES(optionalText("TABLE_CAT"), optionalText("TABLE_SCHEM"), text("TABLE_NAME"), text("SUPERTABLE_NAME")),
    ATTRIBUTES(optionalText("TYPE_CAT"), optionalText("TYPE_SCHEM"), text("TYPE_NAME"), text("ATTR_NAME"),
            integer("DATA_TYPE"), text("ATTR_TYPE_NAME"), integer("ATTR_SIZE"), optionalInteger("DECIMAL_DIGITS"),
            integer("NUM_PREC_RADIX"), integer("NULLABLE"), optionalText("REMARKS"), optionalText("ATTR_DEF"),
            optionalInteger("SQL_DATA_TYPE"), optionalInteger("SQL_DATETIME_SUB"), optionalInteger("CHAR_OCTET_LENGTH"),
            integer("ORDINAL_POSITION"), text("IS_NULLABLE"), optionalText("SCOPE_CATALOG"), optionalText("SCOPE_SCHEMA"),
            optionalText("SCOPE_TABLE"), optionalSmallint("SOURCE_DATA_TYPE")),
    COLUMN_PRIVILEGES(optionalText("TABLE_CAT"), optionalText("TABLE_SCHEM"), text("TABLE_NAME"), text("COLUMN_NAME"),
            optionalText("GRANTOR"), text("GRANTEE"), text("PRIVILEGE"), optionalText("IS_GRANTABLE")),
    TABLE_PRIVILEGES(optionalText("TABLE_CAT"), optionalText("TABLE_SCHEM"), text("TABLE_NAME"), optionalText("GRANTOR"),
            text("GRANTEE"), text("PRIVILEGE"), optionalText("IS_GRANTABLE")),
    PSEUDO_COLUMNS(optionalText("TABLE_CAT"), optionalText("TABLE_SCHEM"), text("TABLE_NAME"), text("COLUMN_NAME"),
            integer("DATA_TYPE"), optionalInteger("COLUMN_SIZE"), optionalInteger("DECIMAL_DIGITS"),
            optionalInteger("NUM_PREC_RADIX"), text("COLUMN_USAGE"), optionalText("REMARKS"),
            optionalInteger("CHAR_OCTET_LENGTH"), text("IS_NULLABLE")),
    CLIENT_INFO_PROPERTIES(text("NAME"), integer("MAX_LEN"), optionalText("DEFAULT_VALUE"), optionalText("DESCRIPTION"));

    private final List<ColumnDescriptor> columns;

    MetadataShape(ColumnDescriptor... columns) {
        this.columns = List.of(columns);
    }

    public List<ColumnDescriptor> columns() {
        return columns;
    }

    /** A result set of this shape over {@code rows}, each holding one value per column in column order. */
    public ResultSet resultSet(List<Object[]> rows) {
        return new InMemoryResultSet(columns, rows);
    }

    /** The typed empty result set: what the driver answers for things MultiDB does not have. */
    public ResultSet empty() {
        return resultSet(List.of());
    }

    private static ColumnDescriptor text(String name) {
        return ColumnDescriptor.of(name, JdbcType.VARCHAR, false);
    }

    private static ColumnDescriptor optionalText(String name) {
        return ColumnDescriptor.of(name, JdbcType.VARCHAR, true);
    }

    private static ColumnDescriptor integer(String name) {
        return ColumnDescriptor.of(name, JdbcType.INTEGER, false);
    }

    private static ColumnDescriptor optionalInteger(String name) {
        return ColumnDescriptor.of(name, JdbcType.INTEGER, true);
    }

    private static ColumnDescriptor smallint(String name) {
        return ColumnDescriptor.of(name, JdbcType.SMALLINT, false);
    }

    private static ColumnDescriptor optionalSmallint(String name) {
        return ColumnDescriptor.of(name, JdbcType.SMALLINT, true);
    }

    private static ColumnDescriptor bigint(String name) {
        return ColumnDescriptor.of(name, JdbcType.BIGINT, false);
    }

    private static ColumnDescriptor bool(String name) {
        return ColumnDescriptor.of(name, JdbcType.BOOLEAN, false);
    }
}
