package com.mkven.multidb.jdbc.metadata;

import com.mkven.multidb.jdbc.ColumnDescriptor;
import com.mkven.multidb.jdbc.JdbcType;
import com.mkven.multidb.metadata.ColumnType;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code getTypeInfo}: one row per type name the driver reports in a result set — the value types of
 * architecture.md, an array type per element type ({@code INTEGER ARRAY}, …), {@code BIGINT} (counts) and
 * {@code SMALLINT} (DatabaseMetaData's own short columns) — so a tool can look up every {@code TYPE_NAME} that
 * {@code getColumns} gives. Nothing can be created: {@code CREATE_PARAMS} is empty and nothing auto-increments.
 */
public final class TypeInfoResults {
    private TypeInfoResults() {}

    /** Ordered by {@code DATA_TYPE}, then by name. */
    public static ResultSet typeInfo() {
        List<Object[]> rows = new ArrayList<>();
        for (ColumnDescriptor type : reportedTypes()) {
            Integer size = TypeFacts.columnSize(type);
            rows.add(new Object[] {
                type.typeName(), type.sqlType(), size == null ? 0 : size, TypeFacts.literalPrefix(type), TypeFacts.literalSuffix(type),
                null, (short) DatabaseMetaData.typeNullable, TypeFacts.caseSensitive(type), TypeFacts.searchable(type),
                false, false, false, null, (short) 0, TypeFacts.maximumScale(type), null, null, TypeFacts.radix(type)
            });
        }
        return MetadataShape.TYPE_INFO.resultSet(rows);
    }

    private static List<ColumnDescriptor> reportedTypes() {
        Map<String, ColumnDescriptor> types = new LinkedHashMap<>();
        for (ColumnType columnType : ColumnType.values()) {
            add(types, JdbcType.of(columnType), columnType.isArray());
        }
        add(types, JdbcType.BIGINT, false);
        add(types, JdbcType.SMALLINT, false);
        List<ColumnDescriptor> sorted = new ArrayList<>(types.values());
        sorted.sort(Comparator.comparingInt(ColumnDescriptor::sqlType).thenComparing(ColumnDescriptor::typeName));
        return sorted;
    }

    private static void add(Map<String, ColumnDescriptor> types, JdbcType type, boolean array) {
        ColumnDescriptor descriptor = new ColumnDescriptor(type.typeName(), type.typeName(), "", type, array, ResultSetMetaData.columnNullable, false);
        types.putIfAbsent(descriptor.typeName(), descriptor);
    }
}
