package com.mkven.multidb.validation;

import com.mkven.multidb.error.ValidationException;
import com.mkven.multidb.error.ValidationIssue;
import com.mkven.multidb.error.ValidationIssueCode;
import com.mkven.multidb.json.MultiDbJson;
import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.query.FilterOperator;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.query.QueryFilter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static com.mkven.multidb.validation.QueryValidation.ADMIN;
import static com.mkven.multidb.validation.QueryValidation.THINGS;
import static com.mkven.multidb.validation.QueryValidation.thingsColumn;
import static org.assertj.core.api.Assertions.assertThat;

/** Values against column types (decisions.md §4), through {@code =} on the matching column of {@code things}. */
class ValueTypingTest {
    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of(ColumnType.STRING, "abc"),
                Arguments.of(ColumnType.STRING, ""),
                Arguments.of(ColumnType.INT, 0),
                Arguments.of(ColumnType.INT, Integer.MIN_VALUE),
                Arguments.of(ColumnType.INT, Integer.MAX_VALUE),
                Arguments.of(ColumnType.INT, 7L),
                Arguments.of(ColumnType.INT, BigInteger.valueOf(-7)),
                Arguments.of(ColumnType.INT, new BigDecimal("1e3")),
                Arguments.of(ColumnType.INT, new BigDecimal("5.0")),
                Arguments.of(ColumnType.INT, 5.0d),
                Arguments.of(ColumnType.DECIMAL, 12),
                Arguments.of(ColumnType.DECIMAL, new BigDecimal("12.50")),
                Arguments.of(ColumnType.DECIMAL, 1.25d),
                Arguments.of(ColumnType.DECIMAL, "12.50"),
                Arguments.of(ColumnType.DECIMAL, "-0.5"),
                Arguments.of(ColumnType.DECIMAL, ".5"),
                Arguments.of(ColumnType.DECIMAL, "1e3"),
                Arguments.of(ColumnType.DECIMAL, "99999999999999999999999999.99"),
                Arguments.of(ColumnType.BOOLEAN, true),
                Arguments.of(ColumnType.BOOLEAN, false),
                Arguments.of(ColumnType.UUID, "40000000-0000-4000-8000-000000000001"),
                Arguments.of(ColumnType.UUID, "A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D"),
                Arguments.of(ColumnType.UUID, "00000000-0000-0000-0000-000000000000"),
                Arguments.of(ColumnType.DATE, "2024-02-29"),
                Arguments.of(ColumnType.DATE, "2023-12-31"),
                Arguments.of(ColumnType.TIMESTAMP, "2024-01-01T00:00:00Z"),
                Arguments.of(ColumnType.TIMESTAMP, "2024-01-01T00:00:00"),
                Arguments.of(ColumnType.TIMESTAMP, "2024-01-01T10:15"),
                Arguments.of(ColumnType.TIMESTAMP, "2024-06-30T23:59:59.123456+02:00"),
                Arguments.of(ColumnType.TIMESTAMP, "2024-06-30T23:59:59-05:00"),
                Arguments.of(ColumnType.TIMESTAMP, "2024-12-31"));
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of(ColumnType.STRING, 5),
                Arguments.of(ColumnType.STRING, true),
                Arguments.of(ColumnType.STRING, List.of("a")),
                Arguments.of(ColumnType.INT, 2_147_483_648L),
                Arguments.of(ColumnType.INT, -2_147_483_649L),
                Arguments.of(ColumnType.INT, new BigDecimal("1.5")),
                Arguments.of(ColumnType.INT, new BigDecimal("1e10")),
                Arguments.of(ColumnType.INT, new BigDecimal("1e999999999")),
                Arguments.of(ColumnType.INT, 1.5d),
                Arguments.of(ColumnType.INT, Double.NaN),
                Arguments.of(ColumnType.INT, "5"),
                Arguments.of(ColumnType.INT, true),
                Arguments.of(ColumnType.DECIMAL, "abc"),
                Arguments.of(ColumnType.DECIMAL, "12,5"),
                Arguments.of(ColumnType.DECIMAL, "1.2.3"),
                Arguments.of(ColumnType.DECIMAL, ""),
                Arguments.of(ColumnType.DECIMAL, "NaN"),
                Arguments.of(ColumnType.DECIMAL, Double.NaN),
                Arguments.of(ColumnType.DECIMAL, Double.POSITIVE_INFINITY),
                Arguments.of(ColumnType.DECIMAL, true),
                Arguments.of(ColumnType.BOOLEAN, "true"),
                Arguments.of(ColumnType.BOOLEAN, 1),
                Arguments.of(ColumnType.UUID, "40000000000040008000000000000001"),
                Arguments.of(ColumnType.UUID, "{40000000-0000-4000-8000-000000000001}"),
                Arguments.of(ColumnType.UUID, "urn:uuid:40000000-0000-4000-8000-000000000001"),
                Arguments.of(ColumnType.UUID, "40000000-0000-4000-8000-00000000000g"),
                Arguments.of(ColumnType.UUID, "uuid1"),
                Arguments.of(ColumnType.UUID, 5),
                Arguments.of(ColumnType.DATE, "2024-02-30"),
                Arguments.of(ColumnType.DATE, "2023-02-29"),
                Arguments.of(ColumnType.DATE, "2024-13-01"),
                Arguments.of(ColumnType.DATE, "2024-1-5"),
                Arguments.of(ColumnType.DATE, "20240101"),
                Arguments.of(ColumnType.DATE, "+10000-01-01"),
                Arguments.of(ColumnType.DATE, "2024-01-01T00:00:00Z"),
                Arguments.of(ColumnType.DATE, 20240101),
                Arguments.of(ColumnType.TIMESTAMP, "2024-02-30T00:00:00Z"),
                Arguments.of(ColumnType.TIMESTAMP, "2024-01-01T25:00:00"),
                Arguments.of(ColumnType.TIMESTAMP, "2024-01-01 10:00:00"),
                Arguments.of(ColumnType.TIMESTAMP, "2024-01-01T00:00:00+2"),
                Arguments.of(ColumnType.TIMESTAMP, "2024-01-01T00:00:00ZZ"),
                Arguments.of(ColumnType.TIMESTAMP, "yesterday"),
                Arguments.of(ColumnType.TIMESTAMP, 1_704_067_200));
    }

    @ParameterizedTest(name = "{0} accepts {1}")
    @MethodSource("accepted")
    void accepted(ColumnType type, Object value) {
        assertThat(validateEquals(type, value)).isEmpty();
    }

    @ParameterizedTest(name = "{0} rejects {1}")
    @MethodSource("rejected")
    void rejected(ColumnType type, Object value) {
        Optional<ValidationException> result = validateEquals(type, value);

        assertThat(result).isPresent();
        assertThat(result.get().errors()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(ValidationIssueCode.INVALID_VALUE);
            assertThat(issue.details().expected()).contains(type.toString());
            assertThat(issue.details().column()).contains(thingsColumn(type));
            assertThat(issue.message()).startsWith("Invalid value for '=' on column 'things." + thingsColumn(type)
                    + "': expected " + type + ", got ");
        });
    }

    @Test
    @DisplayName("JSON numbers: 1e3 is an int, 2147483648 and 1.5 are not")
    void jsonNumbersForInt() {
        assertThat(validateJson("1e3")).isEmpty();
        assertThat(validateJson("-2147483648")).isEmpty();
        assertThat(validateJson("2147483648").orElseThrow().errors()).singleElement()
                .satisfies(issue -> assertThat(issue.details().actual()).contains("number 2147483648"));
        assertThat(validateJson("1.5").orElseThrow().errors()).singleElement()
                .satisfies(issue -> assertThat(issue.code()).isEqualTo(ValidationIssueCode.INVALID_VALUE));
    }

    @Test
    @DisplayName("a value is required by comparison operators; null is refused (use isNull)")
    void missingValue() {
        ValidationIssue issue = QueryValidator.validateQuery(QueryDefinition.builder("things")
                .filter(QueryFilter.unary("int", FilterOperator.EQ)).build(), ADMIN, THINGS).orElseThrow().errors().get(0);

        assertThat(issue.code()).isEqualTo(ValidationIssueCode.INVALID_VALUE);
        assertThat(issue.message()).isEqualTo("Invalid value for '=' on column 'things.int': a value is required");
    }

    @Test
    @DisplayName("a long string value is shortened in the message")
    void longValueIsShortened() {
        ValidationIssue issue = validateEquals(ColumnType.INT, "x".repeat(10_000)).orElseThrow().errors().get(0);

        assertThat(issue.message()).hasSizeLessThan(200);
        assertThat(issue.details().actual().orElseThrow()).endsWith("…'");
    }

    private static Optional<ValidationException> validateEquals(ColumnType type, Object value) {
        return QueryValidator.validateQuery(QueryDefinition.builder("things")
                .filter(QueryFilter.of(thingsColumn(type), FilterOperator.EQ, value)).build(), ADMIN, THINGS);
    }

    private static Optional<ValidationException> validateJson(String number) {
        QueryDefinition definition = MultiDbJson.read("""
                {"from": "things", "filters": [{"column": "int", "operator": "=", "value": %s}]}""".formatted(number),
                QueryDefinition.class);
        return QueryValidator.validateQuery(definition, ADMIN, THINGS);
    }
}
