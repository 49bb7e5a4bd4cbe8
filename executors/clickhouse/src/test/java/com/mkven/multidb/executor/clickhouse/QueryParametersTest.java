package com.mkven.multidb.executor.clickhouse;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The text each value travels as; the round trips through a real server are in ClickHouseParametersTest. */
class QueryParametersTest {
    @Test
    void valuesAreNamedP1ToPnInOrder() {
        assertThat(QueryParameters.of(List.of("a", 1, 2L, true)))
                .isEqualTo(Map.of("p1", "a", "p2", 1, "p3", 2L, "p4", true));
        assertThat(QueryParameters.of(List.of())).isEmpty();
    }

    @Test
    void nullStaysNullForClientV2ToSendAsBackslashN() {
        assertThat(QueryParameters.of(Arrays.asList((Object) null))).containsEntry("p1", null);
    }

    @Test
    void decimalsAreWrittenWithoutExponent() {
        assertThat(QueryParameters.of(List.of(new BigDecimal("1E+3"), new BigDecimal("1.50"), new BigDecimal("1E-8"))))
                .isEqualTo(Map.of("p1", "1000", "p2", "1.50", "p3", "0.00000001"));
    }

    @Test
    void instantsAreUnixSecondsWithTheFractionTheyHave() {
        assertThat(QueryParameters.of(List.of(
                Instant.parse("2024-01-02T03:04:05Z"),
                Instant.parse("2024-01-02T03:04:05.123456Z"),
                Instant.parse("2024-01-02T03:04:05.123456789Z"),
                Instant.parse("1969-12-31T23:59:59.5Z"),
                Instant.EPOCH)))
                .isEqualTo(Map.of("p1", "1704164645", "p2", "1704164645.123456", "p3", "1704164645.123456789", "p4", "-0.5", "p5", "0"));
    }

    @Test
    void datesAndUuidsAreTheirIsoAndCanonicalText() {
        UUID id = UUID.fromString("550E8400-E29B-41D4-A716-446655440000");

        assertThat(QueryParameters.of(List.of(LocalDate.of(2024, 2, 29), id)))
                .isEqualTo(Map.of("p1", "2024-02-29", "p2", "550e8400-e29b-41d4-a716-446655440000"));
    }

    @Test
    void listElementsKeepNumbersAndBooleansAndBecomeTextOtherwise() {
        Map<String, Object> named = QueryParameters.of(List.of(Arrays.asList(
                "a", 1, 2L, new BigDecimal("1.5"), true, null, LocalDate.of(2024, 1, 2), Instant.parse("2024-01-02T03:04:05Z"))));

        assertThat(named.get("p1")).isEqualTo(Arrays.asList(
                "a", 1, 2L, new BigDecimal("1.5"), true, null, "2024-01-02", "1704164645"));
    }

    @Test
    void anUnsupportedTypeIsRefusedNamingThePlaceholder() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> QueryParameters.of(List.of("a", 1.5d)))
                .withMessage("unsupported parameter type java.lang.Double for {p2}");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> QueryParameters.of(List.of(List.of(new Object()))))
                .withMessage("unsupported parameter type java.lang.Object for {p1}");
    }

    @Test
    void aNestedListIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> QueryParameters.of(List.of(List.of(List.of(1)))))
                .withMessage("unsupported parameter for {p1}: a nested list");
    }
}
