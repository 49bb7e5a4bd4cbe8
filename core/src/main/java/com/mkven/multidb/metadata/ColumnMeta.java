package com.mkven.multidb.metadata;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A column of a table.
 *
 * @param maskingFn how the column is masked when a role masks it; absent means {@link MaskingFn#FULL}
 */
public record ColumnMeta(
        @JsonProperty(required = true) String apiName,
        @JsonProperty(required = true) String physicalName,
        @JsonProperty(required = true) ColumnType type,
        @JsonProperty(required = true) boolean nullable,
        Optional<MaskingFn> maskingFn) {
    public ColumnMeta {
        requireNonNull(apiName, "apiName is null");
        requireNonNull(physicalName, "physicalName is null");
        requireNonNull(type, "type is null");
        requireNonNull(maskingFn, "maskingFn is null");
    }

    public static ColumnMeta of(String apiName, String physicalName, ColumnType type, boolean nullable) {
        return new ColumnMeta(apiName, physicalName, type, nullable, Optional.empty());
    }

    /** The function applied when this column is masked: its own, or {@code full}. */
    public MaskingFn effectiveMaskingFn() {
        return maskingFn.orElse(MaskingFn.FULL);
    }
}
