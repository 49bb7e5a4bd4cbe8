package com.mkven.multidb.executor.trino;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;

import static com.mkven.multidb.executor.trino.TestCoordinator.SCHEMA;
import static com.mkven.multidb.executor.trino.TestCoordinator.admin;
import static com.mkven.multidb.spi.ExecutorReads.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every column type of the spec comes back as its value type (architecture.md "Value types"), NULLs and arrays included. */
class TrinoValueTypesTest {
    private static final String TABLE = SCHEMA + ".value_types";
    private static final UUID ID = UUID.fromString("550e8400-e29b-41d4-a716-446655440000");
    private static final String UNICODE = "Zoë ☃ 𝄞 'quoted' \\back\\ \"double\"";

    private static TrinoExecutor executor;

    @BeforeAll
    static void create() {
        admin("CREATE SCHEMA IF NOT EXISTS " + SCHEMA,
                "DROP TABLE IF EXISTS " + TABLE,
                "CREATE TABLE " + TABLE + " (id integer, s varchar, i integer, l bigint, d decimal(12, 2), big decimal(38, 10), b boolean, "
                        + "u uuid, dt date, ts timestamp(6), tstz timestamp(6) with time zone, tags array(varchar), nums array(integer), "
                        + "decs array(decimal(12, 2)), ids array(uuid), dates array(date), times array(timestamp(6) with time zone))",
                "INSERT INTO " + TABLE + " VALUES (1, 'Zoë ☃ 𝄞 ''quoted'' \\back\\ \"double\"', -2147483648, 9223372036854775807, "
                        + "-1234567890.50, 12345678901234567890.0123456789, true, UUID '" + ID + "', DATE '2024-02-29', "
                        + "TIMESTAMP '2024-01-02 03:04:05.123456', TIMESTAMP '2024-01-02 04:04:05.123456 +01:00', ARRAY['a', 'b''c', ''], "
                        + "ARRAY[1, NULL, 3], ARRAY[1.50, -0.05], ARRAY[UUID '" + ID + "'], ARRAY[DATE '1970-01-01', DATE '9999-12-31'], "
                        + "ARRAY[TIMESTAMP '1969-07-20 20:17:40.000001 UTC'])",
                "INSERT INTO " + TABLE + " VALUES (2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
                        + "NULL, NULL)");
        executor = new TrinoExecutor(TestCoordinator.config());
    }

    @AfterAll
    static void drop() {
        executor.close();
        admin("DROP TABLE IF EXISTS " + TABLE, "DROP SCHEMA IF EXISTS " + SCHEMA);
    }

    @Test
    void everyScalarTypeComesBackAsItsValueType() {
        assertThat(row(executor, "SELECT s, i, l, d, big, b, u, dt, ts, tstz FROM " + TABLE + " WHERE id = 1")).containsExactly(
                UNICODE,
                Integer.MIN_VALUE,
                Long.MAX_VALUE,
                new BigDecimal("-1234567890.50"),
                new BigDecimal("12345678901234567890.0123456789"),
                true,
                ID,
                LocalDate.of(2024, 2, 29),
                Instant.parse("2024-01-02T03:04:05.123456Z"),
                Instant.parse("2024-01-02T03:04:05.123456Z"));
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
                List.of(LocalDate.of(1970, 1, 1), LocalDate.of(9999, 12, 31)),
                List.of(Instant.parse("1969-07-20T20:17:40.000001Z")));
        assertThatThrownBy(() -> ((List<?>) values.get(0)).clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullsAreNullIncludingNullArrays() {
        List<Object> values = row(executor, "SELECT * FROM " + TABLE + " WHERE id = 2");

        assertThat(values.subList(1, values.size())).hasSize(16).containsOnlyNulls();
    }

    /**
     * Even when the default zone changes after the driver was loaded. Array elements of type date
     * (and timestamp without zone) are the exception: the driver only hands them over as JDBC
     * objects made in the zone it saw when it was loaded (README, "Engine quirks").
     */
    @Test
    void scalarValuesDoNotDependOnTheJvmTimeZone() {
        TimeZone original = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
        try {
            assertThat(row(executor, "SELECT dt, ts, tstz, times FROM " + TABLE + " WHERE id = 1")).containsExactly(
                    LocalDate.of(2024, 2, 29),
                    Instant.parse("2024-01-02T03:04:05.123456Z"),
                    Instant.parse("2024-01-02T03:04:05.123456Z"),
                    List.of(Instant.parse("1969-07-20T20:17:40.000001Z")));
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void smallIntegersAreIntegersAndTimestampsInAnyZoneAreInstants() {
        assertThat(row(executor, "SELECT TINYINT '-8', SMALLINT '-16', count(*), TIMESTAMP '2024-01-02 03:04:05.5 Europe/Berlin', "
                + "ARRAY[TIMESTAMP '2024-01-02 03:04:05 Asia/Tokyo'], ARRAY[SMALLINT '1'], ARRAY[TIMESTAMP '2024-01-02 03:04:05.123456']"))
                .containsExactly(-8, -16, 1L, Instant.parse("2024-01-02T02:04:05.5Z"), List.of(Instant.parse("2024-01-01T18:04:05Z")),
                        List.of(1), List.of(Instant.parse("2024-01-02T03:04:05.123456Z")));
    }

    @Test
    void nestedArraysJsonAndFloatsComeBackUnwrapped() {
        assertThat(row(executor, "SELECT ARRAY[ARRAY[1, 2], ARRAY[], ARRAY[3]], ARRAY[ARRAY[UUID '" + ID + "']], JSON '{\"a\":1}', "
                + "DOUBLE '1.5', REAL '2.5', CAST(NULL AS array(varchar))"))
                .containsExactly(List.of(List.of(1, 2), List.of(), List.of(3)), List.of(List.of(ID)), "{\"a\":1}", 1.5d, 2.5f, null);
    }

    @Test
    void columnsAreReadByPositionEvenWhenNamesRepeat() {
        assertThat(row(executor, "SELECT 1 AS x, 'two' AS x, 3 AS \"X\"")).containsExactly(1, "two", 3);
    }
}
