package com.mkven.multidb.executor.postgres;

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

import static com.mkven.multidb.executor.postgres.TestDatabase.SCHEMA;
import static com.mkven.multidb.spi.ExecutorReads.rows;
import static com.mkven.multidb.spi.ExecutorReads.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every column type read back as the value types of architecture.md. */
class PostgresValueTypesTest {
    private static final String COLUMNS = "s, n, big, d, b, u, dt, ts, tsl, j, s_arr, n_arr, d_arr, u_arr, dt_arr, ts_arr, b_arr";
    private static final UUID U1 = UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
    private static final UUID U2 = UUID.fromString("b1ffcd00-0d1c-4f09-8c7e-7cc0ce491b22");

    private static PostgresExecutor executor;

    @BeforeAll
    static void createTable() {
        TestDatabase.recreateSchema();
        TestDatabase.admin(
                "CREATE TABLE " + SCHEMA + ".value_types (id int4 PRIMARY KEY, s text, n int4, big int8, d numeric(12,2), b bool, u uuid,"
                        + " dt date, ts timestamptz, tsl timestamp, j jsonb, s_arr text[], n_arr int4[], d_arr numeric(12,2)[],"
                        + " u_arr uuid[], dt_arr date[], ts_arr timestamptz[], b_arr bool[])",
                "INSERT INTO " + SCHEMA + ".value_types VALUES (1, 'Zoë 日本 🚀 \"q\" ''x''', 42, 9007199254740993, 10.50, true,"
                        + " '" + U1 + "', '2024-02-29', '2024-03-01 12:34:56.123456+00', '2024-03-01 12:34:56', '{\"a\": 1}',"
                        + " ARRAY['a', 'ü', ''], ARRAY[1, -2], ARRAY[1.5, 2.25], ARRAY['" + U1 + "', '" + U2 + "']::uuid[],"
                        + " ARRAY['2024-01-01', '1999-12-31']::date[], ARRAY['2024-01-01 00:00:00+00', '2024-06-30 23:59:59.5+02']::timestamptz[],"
                        + " ARRAY[true, false])",
                "INSERT INTO " + SCHEMA + ".value_types (id) VALUES (2)",
                "INSERT INTO " + SCHEMA + ".value_types (id, s_arr, n_arr, d_arr, u_arr, dt_arr, ts_arr, b_arr) VALUES (3,"
                        + " ARRAY[NULL, 'x'], ARRAY[]::int4[], ARRAY[NULL]::numeric[], ARRAY[NULL, '" + U2 + "']::uuid[],"
                        + " ARRAY[]::date[], ARRAY[NULL]::timestamptz[], ARRAY[NULL, true])");
        executor = new PostgresExecutor(TestDatabase.config());
    }

    @AfterAll
    static void dropTable() {
        executor.close();
        TestDatabase.dropSchema();
    }

    @Test
    void everyScalarAndArrayTypeReadsAsItsValueType() {
        List<Object> row = rows(executor, "SELECT " + COLUMNS + " FROM " + SCHEMA + ".value_types WHERE id = 1", List.of()).get(0);

        assertThat(row).containsExactly(
                "Zoë 日本 🚀 \"q\" 'x'",
                42,
                9007199254740993L,
                new BigDecimal("10.50"),
                true,
                U1,
                LocalDate.of(2024, 2, 29),
                Instant.parse("2024-03-01T12:34:56.123456Z"),
                Instant.parse("2024-03-01T12:34:56Z"),
                "{\"a\": 1}",
                List.of("a", "ü", ""),
                List.of(1, -2),
                List.of(new BigDecimal("1.50"), new BigDecimal("2.25")),
                List.of(U1, U2),
                List.of(LocalDate.of(2024, 1, 1), LocalDate.of(1999, 12, 31)),
                List.of(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-06-30T21:59:59.5Z")),
                List.of(true, false));
        assertThat(row.get(1)).isExactlyInstanceOf(Integer.class);
        assertThat(row.get(2)).isExactlyInstanceOf(Long.class);
    }

    @Test
    void aDecimalKeepsItsScale() {
        BigDecimal value = (BigDecimal) single(executor, "SELECT d FROM " + SCHEMA + ".value_types WHERE id = 1");

        assertThat(value.scale()).isEqualTo(2);
        assertThat(value.toPlainString()).isEqualTo("10.50");
    }

    @Test
    void sqlNullIsNullForEveryType() {
        List<Object> row = rows(executor, "SELECT " + COLUMNS + " FROM " + SCHEMA + ".value_types WHERE id = 2", List.of()).get(0);

        assertThat(row).hasSize(17).containsOnlyNulls();
    }

    @Test
    void arraysKeepNullElementsAndEmptyArraysAreEmptyLists() {
        List<Object> row = rows(executor, "SELECT s_arr, n_arr, d_arr, u_arr, dt_arr, ts_arr, b_arr FROM " + SCHEMA + ".value_types WHERE id = 3", List.of()).get(0);

        assertThat(row).containsExactly(
                Arrays.asList(null, "x"),
                List.of(),
                Arrays.asList((Object) null),
                Arrays.asList(null, U2),
                List.of(),
                Arrays.asList((Object) null),
                Arrays.asList(null, true));
    }

    @Test
    void arrayValuesAreUnmodifiable() {
        @SuppressWarnings("unchecked")
        List<Object> tags = (List<Object>) single(executor, "SELECT s_arr FROM " + SCHEMA + ".value_types WHERE id = 1");

        assertThatThrownBy(() -> tags.add("z")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void computedValuesOfOtherTypesKeepTheirDriverType() {
        List<Object> row = rows(executor, "SELECT 1::int2, 2.5::float8, count(*), ARRAY[ARRAY[1, 2], ARRAY[3, 4]], interval '1 day',"
                + " ARRAY['{\"a\": 1}'::jsonb, NULL], ARRAY[interval '2 hours']"
                + " FROM " + SCHEMA + ".value_types", List.of()).get(0);

        assertThat(row).containsExactly(1, 2.5d, 3L, List.of(List.of(1, 2), List.of(3, 4)), "1 days",
                Arrays.asList("{\"a\": 1}", null), List.of("2 hours"));
    }

    @Test
    void datesAndTimestampsDoNotDependOnTheJvmTimeZone() {
        TimeZone original = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
        try (PostgresExecutor farAway = new PostgresExecutor(TestDatabase.config())) {
            List<Object> row = rows(farAway, "SELECT dt, ts, tsl, dt_arr, ts_arr FROM " + SCHEMA + ".value_types WHERE id = 1", List.of()).get(0);

            assertThat(row).containsExactly(
                    LocalDate.of(2024, 2, 29),
                    Instant.parse("2024-03-01T12:34:56.123456Z"),
                    Instant.parse("2024-03-01T12:34:56Z"),
                    List.of(LocalDate.of(2024, 1, 1), LocalDate.of(1999, 12, 31)),
                    List.of(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-06-30T21:59:59.5Z")));
        } finally {
            TimeZone.setDefault(original);
        }
    }
}
