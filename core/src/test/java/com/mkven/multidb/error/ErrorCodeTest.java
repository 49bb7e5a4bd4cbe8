package com.mkven.multidb.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorCodeTest {
    @ParameterizedTest(name = "{0} is a {1} answered with HTTP {2}")
    @CsvSource({
        "CONFIG_INVALID,         ConfigError,     400",
        "CONNECTION_FAILED,      ConnectionError, 503",
        "NETWORK_ERROR,          ConnectionError, 503",
        "REQUEST_TIMEOUT,        ConnectionError, 503",
        "VALIDATION_FAILED,      ValidationError, 400",
        "UNREACHABLE_TABLES,     PlannerError,    422",
        "TRINO_DISABLED,         PlannerError,    422",
        "NO_CATALOG,             PlannerError,    422",
        "FRESHNESS_UNMET,        PlannerError,    422",
        "EXECUTOR_MISSING,       ExecutionError,  500",
        "CACHE_PROVIDER_MISSING, ExecutionError,  500",
        "QUERY_FAILED,           ExecutionError,  500",
        "QUERY_TIMEOUT,          ExecutionError,  500",
        "METADATA_LOAD_FAILED,   ProviderError,   503",
        "ROLE_LOAD_FAILED,       ProviderError,   503",
        "INVALID_JSON,           InvalidJsonError, 400",
        "UNAUTHENTICATED,        AuthenticationError, 401",
        "FORBIDDEN,              AuthorizationError,  403",
    })
    void codeKnowsItsErrorClassAndHttpStatus(String wire, String errorName, int httpStatus) {
        ErrorCode code = ErrorCode.fromWire(wire).orElseThrow();

        assertThat(code.category().errorName()).isEqualTo(errorName);
        assertThat(code.httpStatus()).isEqualTo(httpStatus);
    }

    @ParameterizedTest(name = "\"{0}\" is not a known code")
    @CsvSource({"QUOTA_EXCEEDED", "query_failed", "''"})
    void unknownWireCodeIsEmpty(String wire) {
        assertThat(ErrorCode.fromWire(wire)).isEmpty();
    }
}
