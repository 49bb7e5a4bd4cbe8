package com.mkven.multidb.jdbc;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParameterValuesTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void valueTypesPassThrough() throws SQLException {
        UUID id = UUID.randomUUID();
        for (Object value : Arrays.asList(null, "a", 1, 2L, new BigDecimal("1.50"), true, id, LocalDate.of(2024, 1, 1), Instant.EPOCH)) {
            assertThat(ParameterValues.canonical(value, ZoneOffset.UTC)).isEqualTo(value);
        }
    }

    @Test
    void narrowAndWideNumbers() throws SQLException {
        assertThat(ParameterValues.canonical((short) 3, ZoneOffset.UTC)).isEqualTo(3);
        assertThat(ParameterValues.canonical((byte) 4, ZoneOffset.UTC)).isEqualTo(4);
        assertThat(ParameterValues.canonical(new BigInteger("123456789012345678901"), ZoneOffset.UTC)).isEqualTo(new BigDecimal("123456789012345678901"));
        assertThat(ParameterValues.canonical(0.1d, ZoneOffset.UTC)).isEqualTo(new BigDecimal("0.1"));
        assertThat(ParameterValues.canonical('x', ZoneOffset.UTC)).isEqualTo("x");
    }

    @Test
    void wallClockValuesAreReadInTheGivenZone() throws SQLException {
        Instant expected = Instant.parse("2024-06-01T08:00:00Z");

        assertThat(ParameterValues.canonical(LocalDateTime.of(2024, 6, 1, 10, 0), BERLIN)).isEqualTo(expected);
        assertThat(ParameterValues.canonical(Timestamp.valueOf(LocalDateTime.of(2024, 6, 1, 10, 0)), BERLIN)).isEqualTo(expected);
        assertThat(ParameterValues.canonical(OffsetDateTime.parse("2024-06-01T10:00:00+02:00"), ZoneOffset.UTC)).isEqualTo(expected);
        assertThat(ParameterValues.canonical(java.sql.Date.valueOf("2024-06-01"), BERLIN)).isEqualTo(LocalDate.of(2024, 6, 1));
    }

    @Test
    void arraysAndCollectionsBecomeListsOfValueTypes() throws SQLException {
        assertThat(ParameterValues.canonical(new int[] {1, 2}, ZoneOffset.UTC)).isEqualTo(List.of(1, 2));
        assertThat(ParameterValues.canonical(new String[] {"a", null}, ZoneOffset.UTC)).isEqualTo(Arrays.asList("a", null));
        assertThat(ParameterValues.canonical(Set.of((short) 5), ZoneOffset.UTC)).isEqualTo(List.of(5));
        assertThat(ParameterValues.canonical(new MultiDbArray(List.of("x"), JdbcType.VARCHAR, new ValueConversions(ZoneOffset.UTC)), ZoneOffset.UTC))
                .isEqualTo(List.of("x"));
    }

    @Test
    void notANumberCannotBeBound() {
        assertThatThrownBy(() -> ParameterValues.canonical(Double.NaN, ZoneOffset.UTC))
                .isExactlyInstanceOf(SQLException.class)
                .hasMessage("Cannot bind NaN: JSON has no NaN or infinity")
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("07006");
    }

    @Test
    void unsupportedClassesNameWhatCanBeBound() {
        assertThatThrownBy(() -> ParameterValues.canonical(Time.valueOf("10:00:00"), ZoneOffset.UTC))
                .isExactlyInstanceOf(SQLException.class)
                .hasMessage("Cannot bind a java.sql.Time: use String, a number, Boolean, UUID, LocalDate, Instant, OffsetDateTime, "
                        + "LocalDateTime, Timestamp, java.sql.Date, an array or a List")
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("07006");
    }
}
