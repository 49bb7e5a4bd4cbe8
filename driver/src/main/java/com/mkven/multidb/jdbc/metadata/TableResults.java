package com.mkven.multidb.jdbc.metadata;

import com.mkven.multidb.jdbc.MultiDbDatabaseMetaData;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** {@code getCatalogs}, {@code getSchemas}, {@code getTableTypes} and {@code getTables}. */
public final class TableResults {
    /** The one table type: MultiDB tables are read like tables whatever they are in their database. */
    public static final String TABLE = "TABLE";

    private TableResults() {}

    public static ResultSet catalogs() {
        return MetadataShape.CATALOGS.resultSet(List.<Object[]>of(new Object[] {MultiDbDatabaseMetaData.CATALOG}));
    }

    public static ResultSet tableTypes() {
        return MetadataShape.TABLE_TYPES.resultSet(List.<Object[]>of(new Object[] {TABLE}));
    }

    /** Ordered by schema, as the javadoc asks (there is one catalog). */
    public static ResultSet schemas(BrowsableMetadata metadata, String catalog, String schemaPattern) {
        List<Object[]> rows = new ArrayList<>();
        for (String schema : metadata.schemas(catalog, NamePattern.like(schemaPattern))) {
            rows.add(new Object[] {schema, MultiDbDatabaseMetaData.CATALOG});
        }
        return MetadataShape.SCHEMAS.resultSet(rows);
    }

    /**
     * Ordered by schema and name. {@code types} {@code null} means every type; otherwise {@code TABLE} must be among
     * them (in any case), or nothing matches. {@code REMARKS} stay empty: the physical location is not the roles'
     * business.
     */
    public static ResultSet tables(BrowsableMetadata metadata, String catalog, String schemaPattern, String tablePattern, String[] types) {
        List<Object[]> rows = new ArrayList<>();
        if (includesTables(types)) {
            for (VisibleTable table : metadata.tablesLike(catalog, schemaPattern, tablePattern)) {
                rows.add(new Object[] {MultiDbDatabaseMetaData.CATALOG, table.schema(), table.name(), TABLE, null, null, null, null, null, null});
            }
        }
        return MetadataShape.TABLES.resultSet(rows);
    }

    private static boolean includesTables(String[] types) {
        if (types == null) {
            return true;
        }
        for (String type : types) {
            if (TABLE.equalsIgnoreCase(type)) {
                return true;
            }
        }
        return false;
    }
}
