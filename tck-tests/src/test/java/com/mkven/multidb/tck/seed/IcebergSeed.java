package com.mkven.multidb.tck.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.metadata.ColumnType;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.StringJoiner;

/**
 * Creates the iceberg-archive schema ({@code engines/iceberg.sql}) through Trino and loads
 * {@code orders_archive} and the orders replica {@code orders_current}, once per test JVM. One
 * INSERT per table with typed literals: every Iceberg INSERT writes files and a snapshot, so row
 * by row would be slow, and the values are the project's own seed, not user input.
 */
public final class IcebergSeed {
    static final String DATABASE = "iceberg-archive";
    static final String CATALOG = "iceberg_archive";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final Object LOCK = new Object();
    private static boolean loaded;

    private IcebergSeed() {}

    public static void ensureLoaded() {
        synchronized (LOCK) {
            if (loaded) {
                return;
            }
            SeedData seed = new SeedData();
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                for (String ddl : SqlScript.statements("/engines/iceberg.sql")) {
                    statement.execute(ddl);
                }
                for (SeedTable table : seed.tablesIn(DATABASE)) {
                    statement.execute(insert(table));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot seed Iceberg through Trino on port " + EngineEnvironment.trinoPort()
                        + " (is it running? scripts/engines up trino): " + e.getMessage(), e);
            }
            loaded = true;
        }
    }

    /** A Trino JDBC connection as the test user, in UTC. */
    public static Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", "multidb-tests");
        properties.setProperty("timezone", "UTC");
        return DriverManager.getConnection("jdbc:trino://127.0.0.1:" + EngineEnvironment.trinoPort(), properties);
    }

    private static String insert(SeedTable table) {
        StringJoiner columns = new StringJoiner(", ");
        table.table().columns().forEach(column -> columns.add(column.physicalName()));
        StringJoiner rows = new StringJoiner(",\n");
        for (JsonNode row : table.rows()) {
            StringJoiner values = new StringJoiner(", ", "(", ")");
            for (ColumnMeta column : table.table().columns()) {
                values.add(literal(column.type(), row.get(column.apiName())));
            }
            rows.add(values.toString());
        }
        return "INSERT INTO %s.%s (%s) VALUES %s".formatted(CATALOG, table.physicalName(), columns, rows);
    }

    /** A Trino literal of the column's Iceberg type (fixture.md §11.2); NULLs typed so an all-NULL column still inserts. */
    private static String literal(ColumnType type, JsonNode value) {
        if (value == null || value.isNull()) {
            return "CAST(NULL AS " + trinoType(type) + ")";
        }
        if (type.isArray()) {
            StringJoiner elements = new StringJoiner(", ", "ARRAY[", "]");
            ColumnType element = type.elementType().orElseThrow();
            value.forEach(item -> elements.add(literal(element, item)));
            return "CAST(" + elements + " AS " + trinoType(type) + ")";
        }
        return switch (type) {
            case STRING -> quoted(value.asText());
            case INT -> Integer.toString(value.asInt());
            case DECIMAL -> "CAST(" + quoted(value.asText()) + " AS decimal(12,2))";
            case BOOLEAN -> Boolean.toString(value.asBoolean());
            case UUID -> "UUID " + quoted(value.asText());
            case DATE -> "DATE " + quoted(value.asText());
            case TIMESTAMP -> "TIMESTAMP " + quoted(OffsetDateTime.parse(value.asText()).withOffsetSameInstant(ZoneOffset.UTC).format(TIMESTAMP) + " UTC");
            case STRING_ARRAY, INT_ARRAY, DECIMAL_ARRAY, BOOLEAN_ARRAY, UUID_ARRAY, DATE_ARRAY, TIMESTAMP_ARRAY ->
                    throw new IllegalArgumentException("arrays are handled above: " + type);
        };
    }

    private static String trinoType(ColumnType type) {
        if (type.isArray()) {
            return "array(" + trinoType(type.elementType().orElseThrow()) + ")";
        }
        return switch (type) {
            case STRING -> "varchar";
            case INT -> "integer";
            case DECIMAL -> "decimal(12,2)";
            case BOOLEAN -> "boolean";
            case UUID -> "uuid";
            case DATE -> "date";
            case TIMESTAMP -> "timestamp(6) with time zone";
            case STRING_ARRAY, INT_ARRAY, DECIMAL_ARRAY, BOOLEAN_ARRAY, UUID_ARRAY, DATE_ARRAY, TIMESTAMP_ARRAY ->
                    throw new IllegalArgumentException("arrays are handled above: " + type);
        };
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
