package com.mkven.multidb.executor.clickhouse;

import com.mkven.multidb.spi.ExecutionOptions;
import com.mkven.multidb.spi.ExecutorException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
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
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Values reach the server as query parameters of the placeholders' types, never as SQL text (decisions.md §15). */
class ClickHouseParametersTest {
    private static final String TABLE = "executor_test_params";
    private static final UUID ID = UUID.fromString("550e8400-e29b-41d4-a716-446655440000");

    private static ClickHouseExecutor executor;

    @BeforeAll
    static void create() {
        admin("DROP TABLE IF EXISTS " + TABLE,
                "CREATE TABLE " + TABLE + " (id Int32, name String, total Decimal(12, 2), ts DateTime64(6, 'UTC')) ENGINE = MergeTree ORDER BY id",
                "INSERT INTO " + TABLE + " VALUES (1, 'alice', 10.50, '2024-01-02 03:04:05.000001'), (2, 'bob', 10.51, '2024-01-02 03:04:05.000002')");
        executor = new ClickHouseExecutor(TestServer.config());
    }

    @AfterAll
    static void drop() {
        executor.close();
        admin("DROP TABLE IF EXISTS " + TABLE);
    }

    @Test
    void everyValueTypeBindsToItsPlaceholderType() {
        Instant instant = Instant.parse("2024-01-02T03:04:05.123456Z");
        List<Object> values = row(executor, "SELECT {p1:String}, {p2:Int32}, {p3:Int64}, {p4:Decimal(38, 2)}, {p5:Bool}, {p6:UUID}, "
                        + "{p7:Date}, {p8:DateTime64(6, 'UTC')}, {p9:Nullable(String)}, {p10:Array(String)}, {p11:Array(Int32)}, {p12:UInt64}",
                "text", 42, Long.MIN_VALUE, new BigDecimal("-12.34"), false, ID, LocalDate.of(2024, 2, 29), instant, null,
                List.of("a", "b"), List.of(1, 2), 7L);

        assertThat(values).containsExactly("text", 42, Long.MIN_VALUE, new BigDecimal("-12.34"), false, ID, LocalDate.of(2024, 2, 29),
                instant, null, List.of("a", "b"), List.of(1, 2), 7L);
    }

    @Test
    void aDecimal38Placeholder2KeepsTwoDecimalsExactly() {
        BigDecimal huge = new BigDecimal("123456789012345678901234567890123456.78");

        assertThat(row(executor, "SELECT {p1:Decimal(38, 2)}, {p2:Decimal(38, 2)}, {p3:Decimal(38, 2)}",
                huge, new BigDecimal("1E+3"), new BigDecimal("0.10")))
                .containsExactly(huge, new BigDecimal("1000.00"), new BigDecimal("0.10"));
        assertThat(single(executor, "SELECT id FROM " + TABLE + " WHERE total = {p1:Decimal(38, 2)}", new BigDecimal("10.51"))).isEqualTo(2);
    }

    @Test
    void aDateTime64Placeholder6KeepsMicroseconds() {
        Instant micro = Instant.parse("2024-01-02T03:04:05.000002Z");

        assertThat(single(executor, "SELECT {p1:DateTime64(6, 'UTC')}", micro)).isEqualTo(micro);
        assertThat(single(executor, "SELECT id FROM " + TABLE + " WHERE ts = {p1:DateTime64(6, 'UTC')}", micro)).isEqualTo(2);
        assertThat(single(executor, "SELECT count() FROM " + TABLE + " WHERE ts > {p1:DateTime64(6, 'UTC')}",
                Instant.parse("2024-01-02T03:04:05.000001Z"))).isEqualTo(1L);
    }

    @Test
    void instantsMeanTheSameMomentWhateverZoneThePlaceholderOrTheSessionHas() {
        Instant instant = Instant.parse("2024-01-02T03:04:05Z");
        try (ClickHouseExecutor tokyo = new ClickHouseExecutor(ClickHouseExecutorConfig.of(
                TestServer.URL + "?clickhouse_setting_session_timezone=Asia/Tokyo"))) {
            assertThat(single(tokyo, "SELECT timezone()")).isEqualTo("Asia/Tokyo");

            assertThat(row(tokyo, "SELECT {p1:DateTime}, {p2:DateTime64(3)}, {p3:DateTime64(6, 'America/New_York')}, {p4:DateTime64(6, 'UTC')}",
                    instant, instant, instant, Instant.parse("1950-06-01T12:00:00.25Z")))
                    .containsExactly(instant, instant, instant, Instant.parse("1950-06-01T12:00:00.25Z"));
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "it's",
            "'); DROP TABLE executor_test_params; --",
            "back\\slash \\' \\\\ \\N",
            "tab\tnew\nline\r",
            "{p2:String} ? $1 :name %s",
            "Zoë ☃ 𝄞 ∑ 中文",
            "nul\0byte",
            ""})
    void injectionAttemptsAndAwkwardTextStayData(String text) {
        assertThat(row(executor, "SELECT {p1:String}, length({p1:String}), {p2:String}", text, "second"))
                .containsExactly(text, (long) text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, "second");
        assertThat(rows(executor, "SELECT id FROM " + TABLE + " WHERE name = {p1:String}", List.of(text))).isEmpty();
        assertThat(single(executor, "SELECT count() FROM " + TABLE)).isEqualTo(2L);
    }

    @Test
    void awkwardTextInsideAnArrayStaysData() {
        List<String> texts = List.of("a'b", "c\\d", "t\tn\nx", "]'), ['", "☃", "\\N");

        assertThat(single(executor, "SELECT {p1:Array(String)}", texts)).isEqualTo(texts);
        assertThat(single(executor, "SELECT {p1:Array(Nullable(String))}", Arrays.asList("x", null))).isEqualTo(Arrays.asList("x", null));
    }

    @Test
    void arraysOfEveryElementTypeBind() {
        List<Object> values = row(executor, "SELECT {p1:Array(Decimal(38, 2))}, {p2:Array(UUID)}, {p3:Array(Date)}, "
                        + "{p4:Array(DateTime64(6, 'UTC'))}, {p5:Array(Bool)}, {p6:Array(Int64)}",
                List.of(new BigDecimal("1.25"), new BigDecimal("1E+3")), List.of(ID), List.of(LocalDate.of(2024, 1, 2)),
                List.of(Instant.parse("2024-01-02T03:04:05.000001Z")), List.of(true, false), List.of());

        assertThat(values).containsExactly(List.of(new BigDecimal("1.25"), new BigDecimal("1000.00")), List.of(ID),
                List.of(LocalDate.of(2024, 1, 2)), List.of(Instant.parse("2024-01-02T03:04:05.000001Z")), List.of(true, false), List.of());
    }

    @Test
    void inTupleWithOnePlaceholderPerElementWorks() {
        assertThat(rows(executor, "SELECT id FROM " + TABLE + " WHERE name IN tuple({p1:String}, {p2:String}) ORDER BY id",
                List.of("bob", "alice"))).containsExactly(List.of(1), List.of(2));
    }

    @Test
    void aValueThatDoesNotParseAsThePlaceholderTypeIsTheServersError() {
        ExecutorException failure = catchThrowableOfType(ExecutorException.class,
                () -> executor.execute("SELECT {p1:Int32}", List.of("x"), ExecutionOptions.defaults()));

        assertThat(failure.vendorCode()).isPresent();
        assertThat(failure).hasMessageContaining("p1");
    }

    @Test
    void aPlaceholderWithoutAValueIsTheServersError() {
        ExecutorException failure = catchThrowableOfType(ExecutorException.class,
                () -> executor.execute("SELECT {p1:Int32}, {p2:Int32}", List.of(1), ExecutionOptions.defaults()));

        assertThat(failure.vendorCode()).contains(456);
        assertThat(failure).hasMessageContaining("p2");
    }

    @Test
    void anUnsupportedValueIsRefusedBeforeAnythingIsSent() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> executor.execute("SELECT {p1:Float64}", List.of(1.5d), ExecutionOptions.defaults()))
                .withMessage("unsupported parameter type java.lang.Double for {p1}");
    }
}
