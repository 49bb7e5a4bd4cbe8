package com.mkven.multidb.server.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.metadata.ColumnType;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * Writes seed rows into a PostgreSQL table whose columns are the physical columns of a fixture table, converting
 * each JSON value to the Java type pgjdbc binds for the column's logical type (uuid, numeric, timestamptz, arrays).
 */
public final class PostgresRowWriter {
    private PostgresRowWriter() {}

    /** One batched {@code INSERT} of every row; the table must exist. */
    public static void insert(Connection connection, FixtureTable table) throws SQLException {
        List<ColumnMeta> columns = table.table().columns();
        StringJoiner names = new StringJoiner(", ");
        StringJoiner marks = new StringJoiner(", ");
        for (ColumnMeta column : columns) {
            names.add(quoted(column.physicalName()));
            marks.add("?");
        }
        String sql = "INSERT INTO %s (%s) VALUES (%s)".formatted(qualified(table.physicalName()), names, marks);
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (JsonNode row : table.rows()) {
                for (int i = 0; i < columns.size(); i++) {
                    bind(connection, insert, i + 1, columns.get(i).type(), row.get(columns.get(i).apiName()));
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void bind(Connection connection, PreparedStatement statement, int index, ColumnType type, JsonNode value)
            throws SQLException {
        if (value == null || value.isNull()) {
            statement.setNull(index, type.isArray() ? Types.ARRAY : Types.OTHER);
            return;
        }
        if (type.isArray()) {
            ColumnType element = type.elementType().orElseThrow();
            List<Object> elements = new ArrayList<>();
            for (JsonNode item : value) {
                elements.add(item.isNull() ? null : scalar(element, item));
            }
            Array array = connection.createArrayOf(postgresType(element), elements.toArray());
            statement.setArray(index, array);
            return;
        }
        statement.setObject(index, scalar(type, value));
    }

    private static Object scalar(ColumnType type, JsonNode value) {
        return switch (type) {
            case STRING -> value.asText();
            case INT -> value.asInt();
            case DECIMAL -> new BigDecimal(value.asText());
            case BOOLEAN -> value.asBoolean();
            case UUID -> UUID.fromString(value.asText());
            case DATE -> LocalDate.parse(value.asText());
            case TIMESTAMP -> OffsetDateTime.parse(value.asText());
            case STRING_ARRAY, INT_ARRAY, DECIMAL_ARRAY, BOOLEAN_ARRAY, UUID_ARRAY, DATE_ARRAY, TIMESTAMP_ARRAY ->
                    throw new IllegalArgumentException("not a scalar type: " + type);
        };
    }

    private static String postgresType(ColumnType element) {
        return switch (element) {
            case STRING -> "text";
            case INT -> "integer";
            case DECIMAL -> "numeric";
            case BOOLEAN -> "boolean";
            case UUID -> "uuid";
            case DATE -> "date";
            case TIMESTAMP -> "timestamptz";
            case STRING_ARRAY, INT_ARRAY, DECIMAL_ARRAY, BOOLEAN_ARRAY, UUID_ARRAY, DATE_ARRAY, TIMESTAMP_ARRAY ->
                    throw new IllegalArgumentException("not a scalar type: " + element);
        };
    }

    private static String qualified(String physicalName) {
        StringJoiner parts = new StringJoiner(".");
        for (String part : physicalName.split("\\.")) {
            parts.add(quoted(part));
        }
        return parts.toString();
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
