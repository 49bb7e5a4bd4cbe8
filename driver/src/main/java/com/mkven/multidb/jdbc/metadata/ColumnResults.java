package com.mkven.multidb.jdbc.metadata;

import com.mkven.multidb.jdbc.ColumnDescriptor;
import com.mkven.multidb.jdbc.MultiDbDatabaseMetaData;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;

/** {@code getColumns} and {@code getBestRowIdentifier}, from the visible columns typed as the roles receive them. */
public final class ColumnResults {
    private ColumnResults() {}

    /**
     * Ordered by schema, table and ordinal position. Nothing is generated, auto-incremented or defaulted: MultiDB only
     * reads. {@code REMARKS} says when and how the roles mask a column.
     */
    public static ResultSet columns(BrowsableMetadata metadata, String catalog, String schemaPattern, String tablePattern, String columnPattern) {
        NamePattern columnNames = NamePattern.like(columnPattern);
        List<Object[]> rows = new ArrayList<>();
        for (VisibleTable table : metadata.tablesLike(catalog, schemaPattern, tablePattern)) {
            for (VisibleColumn column : table.columns()) {
                if (columnNames.matches(column.name())) {
                    rows.add(row(table, column));
                }
            }
        }
        return MetadataShape.COLUMNS.resultSet(rows);
    }

    /**
     * The visible primary key, valid for the session, unless the roles mask one of its columns (masked values do not
     * tell rows apart) or {@code nullable} is false and one of them may be NULL; otherwise no rows.
     */
    public static ResultSet bestRowIdentifier(BrowsableMetadata metadata, String catalog, String schema, String table, boolean nullable) {
        List<Object[]> rows = new ArrayList<>();
        for (VisibleTable visible : metadata.tablesNamed(catalog, schema, table)) {
            List<VisibleColumn> key = keyColumns(visible);
            if (!key.isEmpty() && key.stream().allMatch(column -> column.mask().isEmpty() && (nullable || !isNullable(column.column())))) {
                for (VisibleColumn column : key) {
                    ColumnDescriptor type = column.column();
                    Integer digits = TypeFacts.decimalDigits(type);
                    rows.add(new Object[] {(short) DatabaseMetaData.bestRowSession, column.name(), type.sqlType(), type.typeName(),
                            TypeFacts.columnSize(type), null, digits == null ? null : digits.shortValue(), (short) DatabaseMetaData.bestRowNotPseudo});
                }
            }
        }
        return MetadataShape.BEST_ROW_IDENTIFIER.resultSet(rows);
    }

    private static List<VisibleColumn> keyColumns(VisibleTable table) {
        List<VisibleColumn> key = new ArrayList<>();
        for (String name : table.primaryKey()) {
            table.columns().stream().filter(column -> column.name().equals(name)).findFirst().ifPresent(key::add);
        }
        return key;
    }

    private static Object[] row(VisibleTable table, VisibleColumn column) {
        ColumnDescriptor type = column.column();
        boolean nullable = isNullable(type);
        return new Object[] {
            MultiDbDatabaseMetaData.CATALOG, table.schema(), table.name(), column.name(),
            type.sqlType(), type.typeName(), TypeFacts.columnSize(type), null, TypeFacts.decimalDigits(type), TypeFacts.radix(type),
            nullable ? DatabaseMetaData.columnNullable : DatabaseMetaData.columnNoNulls,
            column.remarks().orElse(null), null, null, null, TypeFacts.charOctetLength(type), column.ordinal(),
            nullable ? "YES" : "NO", null, null, null, null, "NO", "NO"
        };
    }

    private static boolean isNullable(ColumnDescriptor column) {
        return column.nullability() != ResultSetMetaData.columnNoNulls;
    }
}
