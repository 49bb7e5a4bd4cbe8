package com.mkven.multidb.query;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;

import static java.util.Objects.requireNonNull;

/**
 * Turns an EXISTS filter into {@code (SELECT COUNT(*) …) <operator> value}.
 *
 * @param value kept exact so that validation can reject {@code -1} and {@code 2.5} (rule 12)
 */
public record ExistsCount(
        @JsonProperty(required = true) ComparisonOperator operator,
        @JsonProperty(required = true) BigDecimal value) {
    public ExistsCount {
        requireNonNull(operator, "operator is null");
        requireNonNull(value, "value is null");
    }

    public static ExistsCount of(ComparisonOperator operator, long value) {
        return new ExistsCount(operator, BigDecimal.valueOf(value));
    }
}
