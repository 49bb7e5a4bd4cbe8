package com.mkven.multidb.jdbc.remote;

import com.mkven.multidb.error.MultiDbException;
import com.mkven.multidb.json.MultiDbJson;
import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.result.DataResult;
import com.mkven.multidb.result.QueryResult;
import com.mkven.multidb.result.QueryResultMeta;
import com.mkven.multidb.result.ResultColumn;
import com.mkven.multidb.result.Strategy;
import com.mkven.multidb.result.Timing;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rows read over HTTP carry the same Java values as in-process rows. */
class RemoteValuesTest {
    private static final UUID ID = UUID.fromString("40000000-0000-4000-8000-000000000001");

    @Test
    void aRowSurvivesTheRoundTripThroughJsonWithItsJavaTypes() {
        QueryResultMeta meta = meta(List.of(
                column("id", ColumnType.UUID, false), column("total", ColumnType.DECIMAL, false),
                column("price", ColumnType.DECIMAL, false), column("createdAt", ColumnType.TIMESTAMP, false),
                column("dueDate", ColumnType.DATE, false), column("priorities", ColumnType.INT_ARRAY, false),
                column("tags", ColumnType.UUID_ARRAY, false), column("isPaid", ColumnType.BOOLEAN, false),
                column("quantity", ColumnType.INT, false), column("note", ColumnType.STRING, false),
                column("discount", ColumnType.DECIMAL, false)));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", ID);
        row.put("total", new BigDecimal("1200.50"));
        row.put("price", new BigDecimal("10"));
        row.put("createdAt", Instant.parse("2024-03-15T10:00:00.123Z"));
        row.put("dueDate", LocalDate.parse("2024-04-15"));
        row.put("priorities", List.of(1, 2));
        row.put("tags", List.of(ID));
        row.put("isPaid", true);
        row.put("quantity", 3);
        row.put("note", "x");
        row.put("discount", null);
        DataResult inProcess = new DataResult(List.of(row), meta, Optional.empty());

        QueryResult remote = RemoteValues.typed(MultiDbJson.read(MultiDbJson.write(inProcess), QueryResult.class));

        assertThat(remote).isEqualTo(inProcess);
        assertThat(((DataResult) remote).data().get(0).keySet()).containsExactlyElementsOf(row.keySet());
    }

    @Test
    void maskTextInAMaskedColumnStaysAString() {
        QueryResultMeta meta = meta(List.of(column("id", ColumnType.UUID, true), column("total", ColumnType.DECIMAL, true),
                column("createdAt", ColumnType.DATE, true), column("tags", ColumnType.INT_ARRAY, true)));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", "4000****");
        row.put("total", "***");
        row.put("createdAt", LocalDate.parse("2024-01-01"));
        row.put("tags", "***");
        DataResult inProcess = new DataResult(List.of(row), meta, Optional.empty());

        assertThat(RemoteValues.typed(MultiDbJson.read(MultiDbJson.write(inProcess), QueryResult.class))).isEqualTo(inProcess);
    }

    @Test
    void anUnmaskedValueOfTheWrongTypeIsAnInvalidResponse() {
        String body = "{\"kind\":\"data\",\"data\":[{\"id\":\"not-a-uuid\"}],\"meta\":" + MultiDbJson.write(
                meta(List.of(column("id", ColumnType.UUID, false)))) + "}";
        ScriptedTransport transport = new ScriptedTransport().answer(200, body);
        MultiDbClient client = MultiDbClient.builder(URI.create("http://127.0.0.1:1")).transport(transport).build();

        assertThatThrownBy(() -> client.query(com.mkven.multidb.query.QueryDefinition.builder("orders").build(),
                com.mkven.multidb.query.ExecutionContext.ofUserRoles("admin")))
                .isExactlyInstanceOf(MultiDbException.class)
                .hasMessageContaining("column 'id' of type uuid holds not-a-uuid")
                .satisfies(e -> assertThat(((MultiDbException) e).code()).isEqualTo("INVALID_RESPONSE"));
    }

    @Test
    void nullsInArraysSurvive() {
        QueryResultMeta meta = meta(List.of(column("tags", ColumnType.STRING_ARRAY, false)));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("tags", Arrays.asList("a", null));
        DataResult inProcess = new DataResult(List.of(row), meta, Optional.empty());

        assertThat(RemoteValues.typed(MultiDbJson.read(MultiDbJson.write(inProcess), QueryResult.class))).isEqualTo(inProcess);
    }

    private static ResultColumn column(String name, ColumnType type, boolean masked) {
        return new ResultColumn(name, type, true, "orders", masked);
    }

    private static QueryResultMeta meta(List<ResultColumn> columns) {
        return new QueryResultMeta(Strategy.DIRECT, "pg-main", Optional.empty(), List.of(), columns,
                new Timing(0.1, 0.1, Optional.of(1.0)));
    }
}
