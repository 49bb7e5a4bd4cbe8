package com.mkven.multidb.dialect;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The Java types ClickHouse and Trino values are bound as, from what resolution hands over. */
class TypedValuesTest {
    static Stream<Arguments> conversions() {
        UUID uuid = UUID.fromString("10000000-0000-4000-8000-000000000001");
        return Stream.of(
                arguments(ParamType.STRING, "a\\b", "a\\b"),
                arguments(ParamType.BOOLEAN, false, false),
                arguments(ParamType.UUID, uuid, uuid.toString()),
                arguments(ParamType.UUID, uuid.toString(), uuid.toString()),
                arguments(ParamType.INT, 3L, 3),
                arguments(ParamType.INT, 3.0, 3),
                arguments(ParamType.INT, new BigDecimal("3e0"), 3),
                arguments(ParamType.EDIT_DISTANCE, 2, 2),
                arguments(ParamType.ROW_COUNT, 3, 3L),
                arguments(ParamType.ROW_COUNT, BigInteger.valueOf(5_000_000_000L), 5_000_000_000L),
                arguments(ParamType.DECIMAL, 12, new BigDecimal("12")),
                arguments(ParamType.DECIMAL, "12.50", new BigDecimal("12.50")),
                arguments(ParamType.DECIMAL, 0.1, new BigDecimal("0.1")),
                arguments(ParamType.DECIMAL, new BigDecimal("1.2E+2"), new BigDecimal("120")),
                arguments(ParamType.DATE, "2024-02-29", LocalDate.of(2024, 2, 29)),
                arguments(ParamType.DATE, LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 29)),
                arguments(ParamType.TIMESTAMP, "2024-03-15", Instant.parse("2024-03-15T00:00:00Z")),
                arguments(ParamType.TIMESTAMP, "2024-03-15T10:00", Instant.parse("2024-03-15T10:00:00Z")),
                arguments(ParamType.TIMESTAMP, "2024-03-15T10:00:00.123456789", Instant.parse("2024-03-15T10:00:00.123456789Z")),
                arguments(ParamType.TIMESTAMP, "2024-03-15T10:00:00Z", Instant.parse("2024-03-15T10:00:00Z")),
                arguments(ParamType.TIMESTAMP, "2024-03-15T01:00:00+05:30", Instant.parse("2024-03-14T19:30:00Z")),
                arguments(ParamType.TIMESTAMP, Instant.EPOCH, Instant.EPOCH));
    }

    @ParameterizedTest(name = "{0} {1} is bound as {2}")
    @MethodSource("conversions")
    void convertsToTheJavaTypeOfTheParameter(ParamType type, Object value, Object bound) {
        Object typed = TypedValues.of(value, type);

        assertThat(typed).isEqualTo(bound).hasSameClassAs(bound);
    }

    @Test
    void aDecimalNeverKeepsANegativeScale() {
        assertThat(((BigDecimal) TypedValues.of(new BigDecimal("1E+3"), ParamType.DECIMAL)).scale()).isZero();
    }

    @Test
    void nullStaysNullWhateverTheType() {
        assertThat(ParamType.values()).allSatisfy(type -> assertThat(TypedValues.of(null, type)).isNull());
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                arguments(ParamType.INT, 2.5, "INT needs a whole number in range, not 2.5"),
                arguments(ParamType.INT, 3_000_000_000L, "INT needs a whole number in range, not 3000000000"),
                arguments(ParamType.ROW_COUNT, "many", "a numeric parameter must be a number, not many"),
                arguments(ParamType.DECIMAL, "12,5", "a numeric parameter must be a number, not 12,5"),
                arguments(ParamType.DATE, "2024-02-30", "a date parameter must be YYYY-MM-DD, not 2024-02-30"),
                arguments(ParamType.TIMESTAMP, "15/03/2024", "a timestamp parameter must be ISO-8601, not 15/03/2024"),
                arguments(ParamType.TIMESTAMP, "2024-03-15T25:00:00Z", "a timestamp parameter must be ISO-8601, not 2024-03-15T25:00:00Z"));
    }

    @ParameterizedTest(name = "{0} refuses {1}")
    @MethodSource("badValues")
    void valuesOfTheWrongShapeAreRefused(ParamType type, Object value, String message) {
        assertThatThrownBy(() -> TypedValues.of(value, type))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }
}
