package com.mkven.multidb.ir;

import com.mkven.multidb.metadata.ColumnType;

import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * The shape of a view that holds a table's array columns as JSON text, read by Trino in place of a ClickHouse table
 * whose arrays its connector cannot read ({@code TableMeta.trinoPhysicalName}). The dialect rebuilds the table from it,
 * {@code (SELECT "id", …, <"tags" parsed back into an array> AS "tags" FROM <view>) t0}, so every column reference of
 * the statement reads the typed array as from any other table.
 *
 * @param columns every physical column of the table, in table order
 * @param jsonArrays the array columns among them, physical name → array type
 */
public record JsonArrayView(List<String> columns, Map<String, ColumnType> jsonArrays) {
    public JsonArrayView {
        columns = List.copyOf(requireNonNull(columns, "columns is null"));
        jsonArrays = Map.copyOf(requireNonNull(jsonArrays, "jsonArrays is null"));
        for (Map.Entry<String, ColumnType> array : jsonArrays.entrySet()) {
            if (!columns.contains(array.getKey()) || !array.getValue().isArray()) {
                throw new IllegalArgumentException("%s (%s) is no array column of the view's columns %s"
                        .formatted(array.getKey(), array.getValue().wireName(), columns));
            }
        }
    }
}
