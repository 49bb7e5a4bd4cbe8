package com.mkven.multidb.executor.postgres;

import com.mkven.multidb.spi.ExecutionOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static com.mkven.multidb.executor.postgres.TestDatabase.SCHEMA;
import static com.mkven.multidb.spi.ExecutorReads.rows;
import static com.mkven.multidb.spi.ExecutorReads.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Values bound for {@code $n} placeholders, never rendered into the SQL text. */
class PostgresParametersTest {
    private static final UUID U1 = UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
    private static final UUID U2 = UUID.fromString("b1ffcd00-0d1c-4f09-8c7e-7cc0ce491b22");
    private static final UUID U3 = UUID.fromString("c2000000-0000-4000-8000-000000000033");
    private static final String ITEMS = SCHEMA + ".items";

    private static PostgresExecutor executor;

    @BeforeAll
    static void createTable() {
        TestDatabase.recreateSchema();
        TestDatabase.admin(
                "CREATE TABLE " + ITEMS + " (id uuid PRIMARY KEY, name text, qty int4, price numeric(12,2), active bool, day date,"
                        + " at timestamptz, tags text[], days date[])",
                "INSERT INTO " + ITEMS + " VALUES"
                        + " ('" + U1 + "', 'Zoë', 1, 9.99, true, '2024-01-01', '2024-01-01 10:00:00+00', ARRAY['a', 'b'], ARRAY['2024-01-01']::date[]),"
                        + " ('" + U2 + "', 'it''s', 2, 100.00, false, '2024-02-01', '2024-02-01 10:00:00+00', ARRAY['b'], ARRAY[]::date[]),"
                        + " ('" + U3 + "', NULL, 3, NULL, NULL, NULL, NULL, NULL, NULL)");
        executor = new PostgresExecutor(TestDatabase.config());
    }

    @AfterAll
    static void dropTable() {
        executor.close();
        TestDatabase.dropSchema();
    }

    @Test
    void everyValueTypeBindsAndComesBackEqual() {
        Instant at = Instant.parse("2024-03-01T12:34:56.123456Z");
        List<Object> row = rows(executor, "SELECT $1::text, $2::int4, $3::int8, $4::numeric, $5::bool, $6::uuid, $7::date, $8::timestamptz",
                List.of("Zoë 日本 🚀", 7, 9007199254740993L, new BigDecimal("12.30"), true, U1, LocalDate.of(2024, 2, 29), at)).get(0);

        assertThat(row).containsExactly("Zoë 日本 🚀", 7, 9007199254740993L, new BigDecimal("12.30"), true, U1, LocalDate.of(2024, 2, 29), at);
    }

    @Test
    void parametersCompareWithColumnsOfTheirType() {
        assertThat(single(executor, "SELECT name FROM " + ITEMS + " WHERE id = $1", U2)).isEqualTo("it's");
        assertThat(single(executor, "SELECT qty FROM " + ITEMS + " WHERE price = $1", new BigDecimal("9.99"))).isEqualTo(1);
        assertThat(single(executor, "SELECT qty FROM " + ITEMS + " WHERE active = $1", false)).isEqualTo(2);
        assertThat(single(executor, "SELECT qty FROM " + ITEMS + " WHERE day = $1", LocalDate.of(2024, 2, 1))).isEqualTo(2);
        assertThat(single(executor, "SELECT qty FROM " + ITEMS + " WHERE at > $1", Instant.parse("2024-01-15T00:00:00Z"))).isEqualTo(2);
        assertThat(single(executor, "SELECT qty FROM " + ITEMS + " WHERE qty = $1", 3L)).isEqualTo(3);
    }

    @Test
    void aStringBindsUntypedSoTheServerReadsItAsTheColumnsType() {
        assertThat(single(executor, "SELECT qty FROM " + ITEMS + " WHERE id = $1", U2.toString())).isEqualTo(2);
        assertThat(single(executor, "SELECT qty FROM " + ITEMS + " WHERE day = $1", "2024-02-01")).isEqualTo(2);
    }

    @Test
    void aNullParameterIsSqlNull() {
        assertThat(single(executor, "SELECT $1::int4 IS NULL", (Object) null)).isEqualTo(true);
        assertThat(single(executor, "SELECT count(*) FROM " + ITEMS + " WHERE name = $1", (Object) null)).isEqualTo(0L);
    }

    @Test
    void stringsThatLookLikeSqlStayData() {
        String tricky = "it's \\ $1 ? \"x\" '); DROP TABLE items; --";

        assertThat(single(executor, "SELECT $1::text", tricky)).isEqualTo(tricky);
        assertThat(single(executor, "SELECT $1", tricky)).isEqualTo(tricky);
    }

    @Test
    void uuidListsMatchWithAnyOfAUuidArrayCast() {
        assertThat(ids("SELECT qty FROM " + ITEMS + " WHERE id = ANY($1::uuid[]) ORDER BY qty", List.of(U1, U3))).containsExactly(1, 3);
        assertThat(ids("SELECT qty FROM " + ITEMS + " WHERE id = ANY($1::uuid[]) ORDER BY qty", List.of(U2.toString()))).containsExactly(2);
        assertThat(ids("SELECT qty FROM " + ITEMS + " WHERE id <> ALL($1::uuid[]) ORDER BY qty", List.of(U1))).containsExactly(2, 3);
    }

    @Test
    void numberListsOfMixedWidthsBind() {
        assertThat(ids("SELECT qty FROM " + ITEMS + " WHERE qty = ANY($1::integer[]) ORDER BY qty", List.of(1, 3L))).containsExactly(1, 3);
        assertThat(ids("SELECT qty FROM " + ITEMS + " WHERE price = ANY($1::numeric[]) ORDER BY qty", List.of(new BigDecimal("100"), 7))).containsExactly(2);
    }

    @Test
    void textDateBooleanAndTimestampLists() {
        assertThat(ids("SELECT qty FROM " + ITEMS + " WHERE tags @> $1::text[] ORDER BY qty", List.of("b"))).containsExactly(1, 2);
        assertThat(ids("SELECT qty FROM " + ITEMS + " WHERE name = ANY($1::text[]) ORDER BY qty", List.of("Zoë", "it's"))).containsExactly(1, 2);
        assertThat(ids("SELECT qty FROM " + ITEMS + " WHERE days && $1::date[] ORDER BY qty", List.of(LocalDate.of(2024, 1, 1)))).containsExactly(1);
        assertThat(ids("SELECT qty FROM " + ITEMS + " WHERE active = ANY($1::boolean[]) ORDER BY qty", List.of(true))).containsExactly(1);
        assertThat(ids("SELECT qty FROM " + ITEMS + " WHERE at = ANY($1::timestamptz[]) ORDER BY qty",
                List.of(Instant.parse("2024-02-01T10:00:00Z")))).containsExactly(2);
    }

    @Test
    void emptyListsAndNullElementsBind() {
        assertThat(ids("SELECT qty FROM " + ITEMS + " WHERE id = ANY($1::uuid[])", List.of())).isEmpty();
        assertThat(ids("SELECT qty FROM " + ITEMS + " WHERE id = ANY($1::uuid[]) ORDER BY qty", Arrays.asList(null, U2))).containsExactly(2);
        assertThat(single(executor, "SELECT $1::integer[]", Arrays.asList(1, null))).isEqualTo(Arrays.asList(1, null));
        assertThat(single(executor, "SELECT $1::text[]", List.of("a,b", "{c}", "\"d\"", "NULL", "", " e ")))
                .isEqualTo(List.of("a,b", "{c}", "\"d\"", "NULL", "", " e "));
    }

    @Test
    void aPlaceholderCanRepeatAndAppearOutOfOrder() {
        assertThat(rows(executor, "SELECT $2::text, $1::int4 + $1::int4", List.of(21, "x"))).containsExactly(List.of("x", 42));
    }

    @Test
    void aQuestionMarkOperatorIsNotAParameter() {
        assertThat(single(executor, "SELECT $1::jsonb ? 'a'", "{\"a\": 1}")).isEqualTo(true);
    }

    @Test
    void anUnsupportedParameterTypeIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> executor.execute("SELECT $1", List.of(1.5d), ExecutionOptions.defaults()))
                .withMessage("unsupported parameter type java.lang.Double for $1");
    }

    @Test
    void aListMixingTypesIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> executor.execute("SELECT $1::text[]", List.of(List.of("a", 1)), ExecutionOptions.defaults()))
                .withMessage("array parameter $1 mixes text and int4 elements");
    }

    @Test
    void aNestedListIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> executor.execute("SELECT $1::int4[]", List.of(List.of(List.of(1))), ExecutionOptions.defaults()))
                .withMessage("array parameter $1 holds a nested list: only one-dimensional arrays are supported");
    }

    @Test
    void anUnsupportedElementTypeIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> executor.execute("SELECT $1::float8[]", List.of(List.of(1.5f)), ExecutionOptions.defaults()))
                .withMessage("unsupported element type java.lang.Float in array parameter $1");
    }

    @Test
    void parametersThatDoNotMatchThePlaceholdersAreRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> executor.execute("SELECT $1, $2", List.of(1), ExecutionOptions.defaults()))
                .withMessage("SQL uses $2 but 1 parameter(s) were given");
    }

    @Test
    void aRefusedParameterReturnsTheConnection() {
        try (PostgresExecutor one = new PostgresExecutor(TestDatabase.config().withMaxPoolSize(1).withConnectTimeoutMs(500))) {
            for (int i = 0; i < 3; i++) {
                assertThatIllegalArgumentException().isThrownBy(() -> one.execute("SELECT $1", List.of(1.5d), ExecutionOptions.defaults()));
            }
            assertThat(single(one, "SELECT 1")).isEqualTo(1);
        }
    }

    private static List<Object> ids(String sql, List<?> list) {
        return rows(executor, sql, List.of(list)).stream().map(row -> row.get(0)).toList();
    }
}
