package com.mkven.multidb.executor.clickhouse;

import com.clickhouse.client.api.data_formats.ClickHouseBinaryFormatReader;
import com.clickhouse.client.api.metadata.TableSchema;
import com.clickhouse.data.ClickHouseColumn;

import java.util.List;

/**
 * Reads one column of the current row: arrays through client-v2's list view (its own array
 * holder is an internal class), everything else as client-v2 decodes it, then converted.
 */
record ColumnReader(boolean array, ValueConverter converter) {
    private static final ColumnReader[] NO_COLUMNS = {};

    /** A result without a header (a statement that returns nothing) has no columns. */
    static ColumnReader[] forSchema(TableSchema schema) {
        if (schema == null) {
            return NO_COLUMNS;
        }
        List<ClickHouseColumn> columns = schema.getColumns();
        ColumnReader[] readers = new ColumnReader[columns.size()];
        for (int i = 0; i < readers.length; i++) {
            ClickHouseColumn column = columns.get(i);
            readers[i] = new ColumnReader(column.isArray(), ValueConverter.forColumn(column));
        }
        return readers;
    }

    /** @param column 1-based, as client-v2 counts */
    Object read(ClickHouseBinaryFormatReader reader, int column) {
        Object value = array ? reader.getList(column) : reader.readValue(column);
        return value == null ? null : converter.convert(value);
    }
}
