package com.mkven.multidb.error;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The top-level {@code code} of every MultiDB error, grouped by {@link ErrorCategory}. The constant names are the
 * wire values.
 */
public enum ErrorCode {
    CONFIG_INVALID(ErrorCategory.CONFIG),

    CONNECTION_FAILED(ErrorCategory.CONNECTION),
    NETWORK_ERROR(ErrorCategory.CONNECTION),
    REQUEST_TIMEOUT(ErrorCategory.CONNECTION),

    VALIDATION_FAILED(ErrorCategory.VALIDATION),

    UNREACHABLE_TABLES(ErrorCategory.PLANNER),
    TRINO_DISABLED(ErrorCategory.PLANNER),
    NO_CATALOG(ErrorCategory.PLANNER),
    FRESHNESS_UNMET(ErrorCategory.PLANNER),

    EXECUTOR_MISSING(ErrorCategory.EXECUTION),
    CACHE_PROVIDER_MISSING(ErrorCategory.EXECUTION),
    QUERY_FAILED(ErrorCategory.EXECUTION),
    QUERY_TIMEOUT(ErrorCategory.EXECUTION),

    METADATA_LOAD_FAILED(ErrorCategory.PROVIDER),
    ROLE_LOAD_FAILED(ErrorCategory.PROVIDER),

    INVALID_JSON(ErrorCategory.REQUEST),

    UNAUTHENTICATED(ErrorCategory.AUTHENTICATION),
    FORBIDDEN(ErrorCategory.AUTHORIZATION);

    private final ErrorCategory category;

    ErrorCode(ErrorCategory category) {
        this.category = requireNonNull(category, "category is null");
    }

    public ErrorCategory category() {
        return category;
    }

    public int httpStatus() {
        return category.httpStatus();
    }

    /** The code for a wire value; empty for codes this version does not know (a newer server, another product). */
    public static Optional<ErrorCode> fromWire(String code) {
        requireNonNull(code, "code is null");
        for (ErrorCode candidate : values()) {
            if (candidate.name().equals(code)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
