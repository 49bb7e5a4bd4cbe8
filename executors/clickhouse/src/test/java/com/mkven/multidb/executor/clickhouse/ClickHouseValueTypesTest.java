package com.mkven.multidb.executor.clickhouse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static com.mkven.multidb.executor.clickhouse.TestServer.admin;
import static com.mkven.multidb.spi.ExecutorReads.row;
import static com.mkven.multidb.spi.ExecutorReads.rows;
import static com.mkven.multidb.spi.ExecutorReads.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every column type of the spec comes back as its value type (architecture.md "Value types"), NULLs and arrays included. */
class ClickHouseValueTypesTest {
    private static final String TABLE = "executor_test_values";
    private static final UUID ID = UUID.fromString("550e8400-e29b-41d4-a716-446655440000");
    private static final String UNICODE = "Zoë ☃ 𝄞 'quoted' \\back\\ \"double\"";

    private static ClickHouseExecutor executor;

    @BeforeAll
    static void create() {
        admin("DROP TABLE IF EXISTS " + TABLE,
                "CREATE TABLE " + TABLE + " (id Int32, s Nullable(String), i Nullable(Int32), l Nullable(Int64), d Nullable(Decimal(12, 2)), "
                        + "big Nullable(Decimal(38, 10)), b Nullable(Bool), u Nullable(UUID), dt Nullable(Date), "
                        + "ts Nullable(DateTime64(6, 'UTC')), sec Nullable(DateTime('UTC')), lc LowCardinality(Nullable(String)), "
                        + "tags Array(String), nums Array(Nullable(Int32)), decs Array(Decimal(12, 2)), ids Array(UUID), dates Array(Date), "
                        + "times Array(DateTime64(6, 'UTC'))) ENGINE = MergeTree ORDER BY id",
                "INSERT INTO " + TABLE + " VALUES (1, 'Zoë ☃ 𝄞 \\'quoted\\' \\\\back\\\\ \"double\"', -2147483648, 9223372036854775807, "
                        + "-1234567890.50, 12345678901234567890.0123456789, true, '" + ID + "', '2024-02-29', "
                        + "'2024-01-02 03:04:05.123456', '2024-01-02 03:04:05', 'low', ['a', 'b\\'c', ''], [1, NULL, 3], [1.50, -0.05], "
                        + "['" + ID + "'], ['1970-01-01', '2149-06-06'], ['1969-07-20 20:17:40.000001'])",
                "INSERT INTO " + TABLE + " VALUES (2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, [], [], [], [], [], [])");
        executor = new ClickHouseExecutor(TestServer.config());
    }

    @AfterAll
    static void drop() {
        executor.close();
        admin("DROP TABLE IF EXISTS " + TABLE);
    }

    @Test
    void everyScalarTypeComesBackAsItsValueType() {
        List<Object> values = rows(executor, "SELECT s, i, l, d, big, b, u, dt, ts, sec, lc FROM " + TABLE + " WHERE id = 1", List.of()).get(0);

        assertThat(values).containsExactly(
                UNICODE,
                Integer.MIN_VALUE,
                Long.MAX_VALUE,
                new BigDecimal("-1234567890.50"),
                new BigDecimal("12345678901234567890.0123456789"),
                true,
                ID,
                LocalDate.of(2024, 2, 29),
                Instant.parse("2024-01-02T03:04:05.123456Z"),
                Instant.parse("2024-01-02T03:04:05Z"),
                "low");
    }

    @Test
    void decimalsKeepTheColumnsScale() {
        List<Object> values = row(executor, "SELECT d, decs FROM " + TABLE + " WHERE id = 1");

        assertThat(((BigDecimal) values.get(0)).scale()).isEqualTo(2);
        assertThat(values.get(1)).isEqualTo(List.of(new BigDecimal("1.50"), new BigDecimal("-0.05")));
        assertThat(((BigDecimal) ((List<?>) values.get(1)).get(0)).toPlainString()).isEqualTo("1.50");
    }

    @Test
    void arraysAreListsOfValueTypesWithNullElementsKept() {
        List<Object> values = row(executor, "SELECT tags, nums, ids, dates, times FROM " + TABLE + " WHERE id = 1");

        assertThat(values).containsExactly(
                List.of("a", "b'c", ""),
                Arrays.asList(1, null, 3),
                List.of(ID),
                List.of(LocalDate.of(1970, 1, 1), LocalDate.of(2149, 6, 6)),
                List.of(Instant.parse("1969-07-20T20:17:40.000001Z")));
        assertThatThrownBy(() -> ((List<?>) values.get(0)).clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullsAreNullAndEmptyArraysAreEmptyLists() {
        List<Object> values = row(executor, "SELECT * FROM " + TABLE + " WHERE id = 2");

        assertThat(values.subList(1, 12)).containsOnlyNulls().hasSize(11);
        assertThat(values.subList(12, 18)).allSatisfy(array -> assertThat((List<?>) array).isEmpty());
    }

    @Test
    void countsAndUnsignedIntegersAreLongsAndSmallIntegersAreIntegers() {
        List<Object> values = row(executor, "SELECT count(), toUInt64(42), toUInt32(4000000000), toInt8(-8), toUInt8(255), toInt16(-16), "
                + "toUInt16(65535), toInt32(7), toInt64(-7), toUInt64(18446744073709551615) FROM " + TABLE);

        assertThat(values).containsExactly(2L, 42L, 4_000_000_000L, -8, 255, -16, 65_535, 7, -7L, new BigInteger("18446744073709551615"));
    }

    @Test
    void dateTimesInAnyZoneAreInstants() {
        List<Object> values = row(executor, "SELECT toDateTime64('2024-01-02 03:04:05.5', 3, 'Europe/Berlin'), "
                + "toDateTime('2024-07-01 12:00:00', 'America/New_York'), [toDateTime('2024-01-02 03:04:05', 'Asia/Tokyo')], "
                + "toDate32('1900-01-01')");

        assertThat(values).containsExactly(
                Instant.parse("2024-01-02T02:04:05.5Z"),
                Instant.parse("2024-07-01T16:00:00Z"),
                List.of(Instant.parse("2024-01-01T18:04:05Z")),
                LocalDate.of(1900, 1, 1));
    }

    @Test
    void nestedArraysEnumsAndFloatsComeBackUnwrapped() {
        List<Object> values = row(executor, "SELECT [[1, 2], [], [3]], CAST('b', 'Enum8(''a'' = 1, ''b'' = 2)'), "
                + "[CAST('a', 'Enum16(''a'' = 1)')], toFloat64(1.5), toFixedString('ab', 2), [toUInt64(1)]");

        assertThat(values).containsExactly(List.of(List.of(1, 2), List.of(), List.of(3)), "b", List.of("a"), 1.5d, "ab", List.of(1L));
    }

    @Test
    void aLeftJoinMissIsNullBecauseEverySessionSetsJoinUseNulls() {
        Object missing = single(executor, "SELECT r.v FROM (SELECT 1 AS k) AS l LEFT JOIN (SELECT 2 AS k, toInt32(5) AS v) AS r ON l.k = r.k");

        assertThat(missing).isNull();
    }

    @Test
    void columnsAreReadByPositionEvenWhenNamesRepeat() {
        assertThat(row(executor, "SELECT 1 AS x, 'two' AS y, y AS z, x + 2 AS w")).containsExactly(1, "two", "two", 3);
        assertThat(row(executor, "SELECT t.id, u.id FROM " + TABLE + " AS t JOIN " + TABLE + " AS u ON t.id = u.id + 1"))
                .containsExactly(2, 1);
    }
}
