package com.mkven.multidb.error;

import static java.util.Objects.requireNonNull;

/** The error classes of the spec (query.md §12): the JSON {@code name} of each and the HTTP status it answers with. */
public enum ErrorCategory {
    CONFIG("ConfigError", 400),
    CONNECTION("ConnectionError", 503),
    VALIDATION("ValidationError", 400),
    PLANNER("PlannerError", 422),
    EXECUTION("ExecutionError", 500),
    PROVIDER("ProviderError", 503),
    /** A request body that is not valid JSON for its type (not in the spec: the HTTP and JDBC layers need it). */
    REQUEST("InvalidJsonError", 400),
    /** A request without valid credentials (not in the spec: the HTTP server authenticates its callers). */
    AUTHENTICATION("AuthenticationError", 401),
    /** An authenticated caller asking for roles it was not granted (not in the spec, as {@link #AUTHENTICATION}). */
    AUTHORIZATION("AuthorizationError", 403);

    private final String errorName;
    private final int httpStatus;

    ErrorCategory(String errorName, int httpStatus) {
        this.errorName = requireNonNull(errorName, "errorName is null");
        this.httpStatus = httpStatus;
    }

    /** The {@code name} field of the JSON error body, e.g. {@code "ValidationError"}. */
    public String errorName() {
        return errorName;
    }

    /** The status an HTTP server answers with (query.md §12.2). */
    public int httpStatus() {
        return httpStatus;
    }
}
