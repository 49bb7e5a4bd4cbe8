package com.mkven.multidb.tck.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mkven.multidb.json.MultiDbJson;
import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.metadata.ColumnType;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Creates the ch-analytics schema ({@code engines/clickhouse.sql}: events, metrics and the orders
 * replica) plus the copies of {@link TableCopies} and loads the seed rows, once per test JVM.
 * ClickHouse arrays cannot be NULL, so a NULL array of the seed is written as {@code []};
 * timestamps are written as UTC wall-clock time into the {@code DateTime('UTC')} columns.
 */
public final class ClickHouseSeed {
    static final String DATABASE = "ch-analytics";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Object LOCK = new Object();
    private static boolean loaded;

    private ClickHouseSeed() {}

    public static void ensureLoaded() {
        synchronized (LOCK) {
            if (loaded) {
                return;
            }
            SeedData seed = new SeedData();
            load("/engines/clickhouse.sql", seed.tablesIn(DATABASE));
            load("/engines/clickhouse-copies.sql", seed.copiesIn(DATABASE));
            loaded = true;
        }
    }

    private static void load(String ddl, List<SeedTable> tables) {
        for (String statement : SqlScript.statements(ddl)) {
            ClickHouseHttp.run(statement);
        }
        for (SeedTable table : tables) {
            StringBuilder rows = new StringBuilder();
            for (JsonNode row : table.rows()) {
                rows.append(physicalRow(table, row)).append('\n');
            }
            ClickHouseHttp.insert(table.physicalName(), rows.toString());
        }
    }

    private static String physicalRow(SeedTable table, JsonNode row) {
        ObjectNode physical = MultiDbJson.mapper().createObjectNode();
        for (ColumnMeta column : table.table().columns()) {
            physical.set(column.physicalName(), value(column, row.get(column.apiName())));
        }
        return physical.toString();
    }

    private static JsonNode value(ColumnMeta column, JsonNode value) {
        if (value == null || value.isNull()) {
            return column.type().isArray() ? MultiDbJson.mapper().createArrayNode() : MultiDbJson.mapper().nullNode();
        }
        if (column.type() == ColumnType.TIMESTAMP) {
            return MultiDbJson.mapper().getNodeFactory()
                    .textNode(OffsetDateTime.parse(value.asText()).withOffsetSameInstant(ZoneOffset.UTC).format(DATE_TIME));
        }
        return value;
    }
}
