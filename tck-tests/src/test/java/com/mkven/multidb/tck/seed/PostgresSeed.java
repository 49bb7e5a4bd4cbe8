package com.mkven.multidb.tck.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.metadata.ColumnType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * Creates the fixture schema in {@code pg_main} and {@code pg_tenant} and loads the seed rows,
 * once per test JVM (the DDL drops and recreates, so a run starts from the seed every time), plus
 * the test-only copies of {@link TableCopies} that pg_main holds.
 */
public final class PostgresSeed {
    private static final Object LOCK = new Object();
    private static boolean loaded;

    private PostgresSeed() {}

    /** Loads both fixture databases unless this JVM already did. */
    public static void ensureLoaded() {
        synchronized (LOCK) {
            if (loaded) {
                return;
            }
            SeedData seed = new SeedData();
            load("pg_main", "pg-main", seed);
            load("pg_tenant", "pg-tenant", seed);
            loaded = true;
        }
    }

    public static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(EngineEnvironment.postgresUrl(database), "postgres", "");
    }

    private static void load(String database, String databaseId, SeedData seed) {
        try (Connection connection = connect(database)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(ddl("/fixture/postgres-" + database + ".sql"));
            }
            for (SeedTable table : seed.tablesIn(databaseId)) {
                insert(connection, table);
            }
            List<SeedTable> copies = seed.copiesIn(databaseId);
            if (!copies.isEmpty()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(ddl("/engines/postgres-" + database + "-copies.sql"));
                }
                for (SeedTable table : copies) {
                    insert(connection, table);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot seed PostgreSQL database " + database + " on port " + EngineEnvironment.postgresPort()
                    + " (is it running? scripts/engines up pg): " + e.getMessage(), e);
        }
    }

    private static void insert(Connection connection, SeedTable table) throws SQLException {
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

    private static void bind(Connection connection, PreparedStatement statement, int index, ColumnType type, JsonNode value) throws SQLException {
        if (value == null || value.isNull()) {
            statement.setNull(index, type.isArray() ? Types.ARRAY : Types.OTHER);
            return;
        }
        if (type.isArray()) {
            ColumnType element = type.elementType().orElseThrow();
            List<Object> elements = new ArrayList<>();
            value.forEach(item -> elements.add(item.isNull() ? null : scalar(element, item)));
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
            default -> throw new IllegalArgumentException("not a scalar type: " + type);
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
            default -> throw new IllegalArgumentException("not a scalar type: " + element);
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

    static String ddl(String resource) {
        try (InputStream in = PostgresSeed.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing DDL resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
