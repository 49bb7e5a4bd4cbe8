package com.mkven.multidb.executor.trino;

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

import static com.mkven.multidb.spi.ExecutorReads.row;
import static com.mkven.multidb.spi.ExecutorReads.rows;
import static com.mkven.multidb.spi.ExecutorReads.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Values reach Trino as the driver's typed literals of {@code EXECUTE IMMEDIATE … USING}, never as
 * part of the SQL we generate (decisions.md platform mapping).
 */
class TrinoParametersTest {
    private static final UUID ID = UUID.fromString("550e8400-e29b-41d4-a716-446655440000");
    private static final String NAMES = "(VALUES (1, 'alice'), (2, 'bob')) AS t(id, name)";

    private static TrinoExecutor executor;

    @BeforeAll
    static void open() {
        executor = new TrinoExecutor(TestCoordinator.config());
    }

    @AfterAll
    static void close() {
        executor.close();
    }

    @Test
    void everyValueTypeBindsWithItsType() {
        Instant instant = Instant.parse("2024-01-02T03:04:05.123456Z");
        List<Object> values = row(executor, "SELECT ?, ?, ?, ?, ?, CAST(? AS uuid), ?, ?, ?, "
                        + "typeof(?), typeof(?), typeof(?), typeof(?), typeof(?), typeof(?), typeof(?)",
                "text", 42, Long.MIN_VALUE, new BigDecimal("-12.34"), false, ID, LocalDate.of(2024, 2, 29), instant, null,
                "text", 42, Long.MIN_VALUE, new BigDecimal("-12.34"), false, LocalDate.of(2024, 2, 29), instant);

        assertThat(values).containsExactly("text", 42, Long.MIN_VALUE, new BigDecimal("-12.34"), false, ID, LocalDate.of(2024, 2, 29),
                instant, null, "varchar(4)", "integer", "bigint", "decimal(4,2)", "boolean", "date", "timestamp(6) with time zone");
    }

    @Test
    void decimalsKeepTheirDigitsAndANegativeScaleIsNormalised() {
        BigDecimal huge = new BigDecimal("123456789012345678901234567890123456.78");

        assertThat(row(executor, "SELECT ?, ?, ?", huge, new BigDecimal("1E+3"), new BigDecimal("0.10")))
                .containsExactly(huge, new BigDecimal("1000"), new BigDecimal("0.10"));
    }

    @Test
    void instantsKeepMicrosecondsWhateverTheJvmZone() {
        Instant micro = Instant.parse("1969-07-20T20:17:40.000001Z");

        assertThat(single(executor, "SELECT ?", micro)).isEqualTo(micro);
        assertThat(single(executor, "SELECT ? = TIMESTAMP '1969-07-20 21:17:40.000001 +01:00'", micro)).isEqualTo(true);
    }

    @Test
    void aUuidIsBoundAsTextForTheDialectsCast() {
        assertThat(single(executor, "SELECT CAST(? AS uuid) = UUID '" + ID + "'", ID)).isEqualTo(true);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "it's",
            "'); DROP TABLE iceberg_archive.executor_test.x; --",
            "back\\slash \\' \\\\",
            "tab\tnew\nline\r",
            "? $1 :name %s {p1:String}",
            "Zoë ☃ 𝄞 ∑ 中文",
            "nul\0byte",
            ""})
    void injectionAttemptsAndAwkwardTextStayData(String text) {
        assertThat(row(executor, "SELECT ?, length(?), ?", text, text, "second"))
                .containsExactly(text, (long) text.codePointCount(0, text.length()), "second");
        assertThat(rows(executor, "SELECT id FROM " + NAMES + " WHERE name = ?", List.of(text))).isEmpty();
    }

    @Test
    void aQuestionMarkInsideAStringLiteralIsNotAPlaceholder() {
        assertThat(row(executor, "SELECT '?', ?, 'it''s ?'", "value")).containsExactly("?", "value", "it's ?");
    }

    @Test
    void anInListWithOnePlaceholderPerElementWorks() {
        assertThat(rows(executor, "SELECT id FROM " + NAMES + " WHERE name IN (?, ?) ORDER BY id", List.of("bob", "alice")))
                .containsExactly(List.of(1), List.of(2));
    }

    @Test
    void aListIsRefusedBecauseTheDialectExpandsArrays() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> executor.execute("SELECT ?", List.of(List.of("a")), ExecutionOptions.defaults()))
                .withMessage("a list for parameter 1: Trino JDBC binds no arrays, the Trino dialect expands a list into one ? per element");
    }

    @Test
    void anUnsupportedValueIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> executor.execute("SELECT ?, ?", Arrays.asList("a", 1.5d), ExecutionOptions.defaults()))
                .withMessage("unsupported parameter type java.lang.Double for parameter 2");
        assertThat(single(executor, "SELECT 1")).isEqualTo(1);
    }

    @Test
    void aWrongNumberOfValuesIsTrinosError() {
        ExecutorException tooFew = catchThrowableOfType(ExecutorException.class,
                () -> executor.execute("SELECT ?, ?", List.of(1), ExecutionOptions.defaults()));
        ExecutorException tooMany = catchThrowableOfType(ExecutorException.class,
                () -> executor.execute("SELECT ?", List.of(1, 2), ExecutionOptions.defaults()));

        assertThat(tooFew.vendorCode()).contains(80);
        assertThat(tooMany.vendorCode()).contains(80);
    }
}
