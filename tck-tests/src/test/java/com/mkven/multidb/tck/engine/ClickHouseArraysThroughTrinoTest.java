package com.mkven.multidb.tck.engine;

import com.mkven.multidb.engine.MultiDb;
import com.mkven.multidb.fixture.TestFixture;
import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.metadata.MetadataConfig;
import com.mkven.multidb.metadata.RelationMeta;
import com.mkven.multidb.metadata.RelationTarget;
import com.mkven.multidb.metadata.RelationType;
import com.mkven.multidb.metadata.TableMeta;
import com.mkven.multidb.query.ExecutionContext;
import com.mkven.multidb.query.FilterNode;
import com.mkven.multidb.query.FilterOperator;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.query.QueryFilter;
import com.mkven.multidb.query.QueryJoin;
import com.mkven.multidb.result.DataResult;
import com.mkven.multidb.result.Strategy;
import com.mkven.multidb.result.TableSource;
import com.mkven.multidb.result.TableUsed;
import com.mkven.multidb.spi.MetadataProvider;
import com.mkven.multidb.tck.seed.ClickHouseHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ClickHouse table with an array column of every element type, read directly (the ClickHouse dialect) and through
 * Trino federation (its view {@code trino.array_types}, arrays as JSON text): both give the rows written here, and every
 * array operator selects the same rows on both paths.
 */
class ClickHouseArraysThroughTrinoTest {
    private static final ExecutionContext ADMIN = ExecutionContext.ofUserRoles("admin");
    private static final List<String> ARRAYS = List.of("texts", "numbers", "amounts", "flags", "refs", "days", "moments");
    private static final List<Map<String, Object>> ROWS = List.of(
            row("a0000000-0000-4000-8000-000000000001", "20000000-0000-4000-8000-000000000001",
                    Arrays.asList("urgent", "it's", "back\\slash \"quoted\"", "ünïcødé ✓", null), List.of(1, -2, 2147483647),
                    List.of(new BigDecimal("1.50"), new BigDecimal("0.01")), List.of(true, false),
                    List.of(UUID.fromString("11111111-1111-4111-8111-111111111111")), List.of(LocalDate.parse("2024-01-02")),
                    List.of(Instant.parse("2024-03-15T10:05:00Z"))),
            row("a0000000-0000-4000-8000-000000000002", "20000000-0000-4000-8000-000000000002",
                    List.of("web"), List.of(7), List.of(new BigDecimal("99.99")), List.of(false),
                    List.of(UUID.fromString("22222222-2222-4222-8222-222222222222"), UUID.fromString("11111111-1111-4111-8111-111111111111")),
                    List.of(LocalDate.parse("1999-12-31"), LocalDate.parse("2024-02-29")),
                    List.of(Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2024-03-15T10:05:00Z"))),
            row("a0000000-0000-4000-8000-000000000003", "20000000-0000-4000-8000-000000000003",
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
    private static MultiDb db;

    @BeforeAll
    static void engines() {
        PostgresFixtureEngine.seed();
        for (String statement : List.of(
                "DROP VIEW IF EXISTS trino.array_types",
                "DROP TABLE IF EXISTS default.array_types",
                """
                CREATE TABLE default.array_types (id UUID, user_id UUID, texts Array(Nullable(String)), numbers Array(Int32),
                  amounts Array(Decimal(12, 2)), flags Array(Bool), refs Array(UUID), days Array(Date), moments Array(DateTime('UTC')))
                ENGINE = MergeTree ORDER BY id""",
                "CREATE DATABASE IF NOT EXISTS trino",
                """
                CREATE VIEW trino.array_types AS SELECT id, user_id, toJSONString(texts) AS texts, toJSONString(numbers) AS numbers,
                  toJSONString(amounts) AS amounts, toJSONString(flags) AS flags, toJSONString(refs) AS refs, toJSONString(days) AS days,
                  toJSONString(moments) AS moments FROM default.array_types""",
                """
                INSERT INTO default.array_types VALUES
                  ('a0000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000001',
                   ['urgent', 'it\\'s', 'back\\\\slash "quoted"', 'ünïcødé ✓', NULL], [1, -2, 2147483647], [1.50, 0.01], [true, false],
                   ['11111111-1111-4111-8111-111111111111'], ['2024-01-02'], ['2024-03-15 10:05:00']),
                  ('a0000000-0000-4000-8000-000000000002', '20000000-0000-4000-8000-000000000002',
                   ['web'], [7], [99.99], [false], ['22222222-2222-4222-8222-222222222222', '11111111-1111-4111-8111-111111111111'],
                   ['1999-12-31', '2024-02-29'], ['2000-01-01 00:00:00', '2024-03-15 10:05:00']),
                  ('a0000000-0000-4000-8000-000000000003', '20000000-0000-4000-8000-000000000003', [], [], [], [], [], [], [])""")) {
            ClickHouseHttp.run(statement);
        }
        db = PostgresFixtureEngine.builder()
                .metadataProvider(MetadataProvider.of(withArrayTypes(TestFixture.metadata())))
                .executor("pg-main", PostgresFixtureEngine.postgres("pg_main"))
                .executor("ch-analytics", PostgresFixtureEngine.clickHouse())
                .executor("trino", PostgresFixtureEngine.trino())
                .build();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void everyElementTypeReadsTheSameDirectlyAndThroughTrino() {
        DataResult direct = query(Path.DIRECT, List.of());
        DataResult federated = query(Path.TRINO, List.of());

        assertThat(direct.meta().strategy()).isEqualTo(Strategy.DIRECT);
        assertThat(federated.meta().strategy()).isEqualTo(Strategy.TRINO_CROSS_DB);
        assertThat(federated.meta().tablesUsed()).contains(new TableUsed("array-types", TableSource.ORIGINAL, "ch-analytics", "trino.array_types"));
        assertThat(comparable(direct)).containsExactlyInAnyOrderElementsOf(comparable(ROWS));
        assertThat(comparable(federated)).containsExactlyInAnyOrderElementsOf(comparable(ROWS));
    }

    static Stream<Arguments> filters() {
        List<Arguments> filters = new ArrayList<>();
        Map<String, List<Object>> probes = new LinkedHashMap<>();
        probes.put("texts", List.of("it's", "back\\slash \"quoted\"", "ünïcødé ✓", "web", "none"));
        probes.put("numbers", List.of(2147483647, 7, -2, 0));
        probes.put("amounts", List.of(new BigDecimal("1.5"), new BigDecimal("99.99"), new BigDecimal("0.01"), new BigDecimal("2")));
        probes.put("flags", List.of(true, false));
        probes.put("refs", List.of("11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222",
                "33333333-3333-4333-8333-333333333333"));
        probes.put("days", List.of("2024-01-02", "2024-02-29", "2000-01-01"));
        probes.put("moments", List.of("2024-03-15T10:05:00Z", "2000-01-01T00:00:00Z", "2024-03-15T10:05:01Z"));
        for (Map.Entry<String, List<Object>> column : probes.entrySet()) {
            String name = column.getKey();
            List<Object> values = column.getValue();
            filters.add(Arguments.of(name + " arrayContains " + values.get(0), QueryFilter.of(name, FilterOperator.ARRAY_CONTAINS, values.get(0))));
            filters.add(Arguments.of(name + " arrayContains " + values.get(values.size() - 1),
                    QueryFilter.of(name, FilterOperator.ARRAY_CONTAINS, values.get(values.size() - 1))));
            filters.add(Arguments.of(name + " arrayContainsAll " + values.subList(0, 2),
                    QueryFilter.of(name, FilterOperator.ARRAY_CONTAINS_ALL, values.subList(0, 2))));
            filters.add(Arguments.of(name + " arrayContainsAny " + values.subList(1, values.size()),
                    QueryFilter.of(name, FilterOperator.ARRAY_CONTAINS_ANY, values.subList(1, values.size()))));
            filters.add(Arguments.of(name + " arrayIsEmpty", QueryFilter.unary(name, FilterOperator.ARRAY_IS_EMPTY)));
            filters.add(Arguments.of(name + " arrayIsNotEmpty", QueryFilter.unary(name, FilterOperator.ARRAY_IS_NOT_EMPTY)));
        }
        return filters.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void everyArrayOperatorSelectsTheSameRowsOnBothPaths(String name, QueryFilter filter) {
        TreeSet<String> expected = new TreeSet<>();
        for (Map<String, Object> row : ROWS) {
            if (matches(filter, (List<?>) row.get(filter.column()))) {
                expected.add(row.get("id").toString());
            }
        }

        assertThat(ids(query(Path.DIRECT, List.of(filter)))).as("ClickHouse").isEqualTo(expected);
        assertThat(ids(query(Path.TRINO, List.of(filter)))).as("Trino").isEqualTo(expected);
    }

    /** Where the query runs: on ch-analytics, or joined with users in pg-main, which only Trino can do. */
    private enum Path {
        DIRECT, TRINO
    }

    private static DataResult query(Path path, List<QueryFilter> filters) {
        QueryDefinition.Builder query = QueryDefinition.builder("arrayTypes").filter(filters.toArray(FilterNode[]::new));
        if (path == Path.TRINO) {
            query.join(new QueryJoin("users", Optional.empty(), Optional.of(List.of("email")), List.of()));
        }
        DataResult result = (DataResult) db.query(query.build(), ADMIN);
        assertThat(result.meta().strategy()).isEqualTo(path == Path.DIRECT ? Strategy.DIRECT : Strategy.TRINO_CROSS_DB);
        return result;
    }

    /** The oracle: what each operator means on the rows written above. */
    private static boolean matches(QueryFilter filter, List<?> array) {
        List<Object> wanted = filter.value().map(value -> value instanceof List<?> list ? List.copyOf(list) : List.of(value)).orElse(List.of())
                .stream().map(ClickHouseArraysThroughTrinoTest::typed).toList();
        Predicate<Object> inArray = value -> comparableList(array).contains(comparableValue(value));
        return switch (filter.operator()) {
            case ARRAY_CONTAINS, ARRAY_CONTAINS_ANY -> wanted.stream().anyMatch(inArray);
            case ARRAY_CONTAINS_ALL -> wanted.stream().allMatch(inArray);
            case ARRAY_IS_EMPTY -> array.isEmpty();
            case ARRAY_IS_NOT_EMPTY -> !array.isEmpty();
            default -> throw new IllegalArgumentException("not an array operator: " + filter.operator());
        };
    }

    private static Object typed(Object probe) {
        if (probe instanceof String text && text.matches("\\d{4}-\\d\\d-\\d\\d")) {
            return LocalDate.parse(text);
        }
        if (probe instanceof String text && text.endsWith("Z")) {
            return Instant.parse(text);
        }
        if (probe instanceof String text && text.matches("[0-9a-f]{8}-[0-9a-f-]{27}")) {
            return UUID.fromString(text);
        }
        return probe;
    }

    private static TreeSet<String> ids(DataResult result) {
        TreeSet<String> ids = new TreeSet<>();
        result.data().forEach(row -> ids.add(row.get("id").toString()));
        return ids;
    }

    private static List<Map<String, Object>> comparable(DataResult result) {
        return comparable(result.data());
    }

    /** The array columns and id, with decimals compared by value: the view's JSON keeps no scale. */
    private static List<Map<String, Object>> comparable(List<Map<String, Object>> rows) {
        List<Map<String, Object>> comparable = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("id", row.get("id").toString());
            for (String column : ARRAYS) {
                values.put(column, comparableList((List<?>) row.get(column)));
            }
            comparable.add(values);
        }
        return comparable;
    }

    private static List<Object> comparableList(List<?> values) {
        List<Object> comparable = new ArrayList<>(values.size());
        values.forEach(value -> comparable.add(comparableValue(value)));
        return comparable;
    }

    private static Object comparableValue(Object value) {
        return value instanceof BigDecimal decimal ? decimal.stripTrailingZeros() : value;
    }

    private static Map<String, Object> row(String id, String userId, List<String> texts, List<Integer> numbers, List<BigDecimal> amounts,
            List<Boolean> flags, List<UUID> refs, List<LocalDate> days, List<Instant> moments) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", UUID.fromString(id));
        row.put("userId", UUID.fromString(userId));
        row.put("texts", texts);
        row.put("numbers", numbers);
        row.put("amounts", amounts);
        row.put("flags", flags);
        row.put("refs", refs);
        row.put("days", days);
        row.put("moments", moments);
        return row;
    }

    private static MetadataConfig withArrayTypes(MetadataConfig fixture) {
        List<ColumnMeta> columns = List.of(
                ColumnMeta.of("id", "id", ColumnType.UUID, false),
                ColumnMeta.of("userId", "user_id", ColumnType.UUID, false),
                ColumnMeta.of("texts", "texts", ColumnType.STRING_ARRAY, false),
                ColumnMeta.of("numbers", "numbers", ColumnType.INT_ARRAY, false),
                ColumnMeta.of("amounts", "amounts", ColumnType.DECIMAL_ARRAY, false),
                ColumnMeta.of("flags", "flags", ColumnType.BOOLEAN_ARRAY, false),
                ColumnMeta.of("refs", "refs", ColumnType.UUID_ARRAY, false),
                ColumnMeta.of("days", "days", ColumnType.DATE_ARRAY, false),
                ColumnMeta.of("moments", "moments", ColumnType.TIMESTAMP_ARRAY, false));
        TableMeta arrayTypes = new TableMeta("array-types", "arrayTypes", "ch-analytics", "default.array_types", columns, List.of("id"),
                List.of(new RelationMeta("userId", new RelationTarget("users", "id"), RelationType.MANY_TO_ONE)),
                Optional.of("trino.array_types"));
        List<TableMeta> tables = new ArrayList<>(fixture.tables());
        tables.add(arrayTypes);
        return new MetadataConfig(fixture.databases(), tables, fixture.caches(), fixture.externalSyncs(), fixture.trino());
    }
}
