package com.mkven.multidb.jdbc;

import com.mkven.multidb.error.ConfigException;
import com.mkven.multidb.error.ConfigIssue;
import com.mkven.multidb.error.ErrorCode;
import com.mkven.multidb.error.MultiDbException;
import com.mkven.multidb.error.ValidationException;
import com.mkven.multidb.error.ValidationIssue;
import com.mkven.multidb.error.ValidationIssueCode;
import com.mkven.multidb.spi.ExecutorException;

import java.sql.SQLException;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Translates engine errors into {@link SQLException}s (jdbc.md "Errors → SQLException"). The message starts with the
 * engine's error code and lists every collected issue; the engine's exception is the cause, and {@link #cause} finds
 * it again.
 */
public final class EngineErrors {
    private EngineErrors() {}

    /** The engine error behind a driver exception, if there is one on its cause chain. */
    public static Optional<MultiDbException> cause(SQLException exception) {
        requireNonNull(exception, "exception is null");
        for (Throwable t = exception.getCause(); t != null; t = t.getCause()) {
            if (t instanceof MultiDbException engineError) {
                return Optional.of(engineError);
            }
        }
        return Optional.empty();
    }

    /**
     * @param cancelled whether {@link java.sql.Statement#cancel()} stopped the statement that failed: the database
     *         reports a cancel as an ordinary failure, the statement knows better
     */
    static SQLException translate(RuntimeException failure, boolean cancelled) {
        requireNonNull(failure, "failure is null");
        if (!(failure instanceof MultiDbException engineError)) {
            return SqlState.GENERAL_ERROR.exception("unexpected failure: " + describe(failure), failure);
        }
        String message = message(engineError);
        if (cancelled) {
            return SqlState.QUERY_CANCELED.exception("statement cancelled by Statement.cancel(): " + message, engineError);
        }
        Optional<ErrorCode> code = engineError.errorCode();
        if (code.isEmpty()) {
            return SqlState.GENERAL_ERROR.exception(message, engineError);
        }
        return switch (code.get()) {
            case VALIDATION_FAILED -> validationState((ValidationException) engineError).exception(message, engineError);
            case INVALID_JSON -> SqlState.SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION.exception(message, engineError);
            case UNREACHABLE_TABLES, TRINO_DISABLED, NO_CATALOG, FRESHNESS_UNMET -> SqlState.GENERAL_ERROR.exception(message, engineError);
            case QUERY_TIMEOUT -> SqlState.TIMEOUT_EXPIRED.exception(message, engineError);
            case QUERY_FAILED -> databaseFailure(message, engineError);
            case EXECUTOR_MISSING, CACHE_PROVIDER_MISSING -> SqlState.CONNECTION_DOES_NOT_EXIST.exception(message, engineError);
            case CONNECTION_FAILED, CONFIG_INVALID, METADATA_LOAD_FAILED, ROLE_LOAD_FAILED ->
                    SqlState.UNABLE_TO_CONNECT.exception(message, engineError);
            case NETWORK_ERROR, REQUEST_TIMEOUT -> SqlState.CONNECTION_FAILURE.exception(message, engineError);
            case UNAUTHENTICATED, FORBIDDEN -> SqlState.INVALID_AUTHORIZATION_SPECIFICATION.exception(message, engineError);
        };
    }

    /** Unknown roles decide it whatever else is wrong: no query can succeed with them. */
    private static SqlState validationState(ValidationException invalid) {
        boolean onlyAccessDenied = true;
        for (ValidationIssue issue : invalid.errors()) {
            if (issue.code() == ValidationIssueCode.UNKNOWN_ROLE) {
                return SqlState.INVALID_AUTHORIZATION_SPECIFICATION;
            }
            onlyAccessDenied &= issue.code() == ValidationIssueCode.ACCESS_DENIED;
        }
        return onlyAccessDenied ? SqlState.ACCESS_RULE_VIOLATION : SqlState.SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION;
    }

    /** The database's own SQLState and vendor code when it gave them, else {@code 58000}. */
    private static SQLException databaseFailure(String message, MultiDbException engineError) {
        for (Throwable t = engineError.getCause(); t != null; t = t.getCause()) {
            if (t instanceof ExecutorException database) {
                int vendorCode = database.vendorCode().orElse(0);
                if (database.sqlState().isPresent()) {
                    return SqlState.passThrough(message, database.sqlState().get(), vendorCode, engineError);
                }
                return SqlState.SYSTEM_ERROR.exception(message, vendorCode, engineError);
            }
        }
        return SqlState.SYSTEM_ERROR.exception(message, engineError);
    }

    /** {@code CODE: message}, then one line per collected issue. */
    static String message(MultiDbException engineError) {
        StringBuilder message = new StringBuilder(engineError.code()).append(": ").append(engineError.getMessage());
        if (engineError instanceof ValidationException invalid) {
            for (ValidationIssue issue : invalid.errors()) {
                message.append("\n  - ").append(issue.code()).append(": ").append(issue.message());
            }
        } else if (engineError instanceof ConfigException invalid) {
            for (ConfigIssue issue : invalid.errors()) {
                message.append("\n  - ").append(issue.code()).append(": ").append(issue.message());
            }
        }
        return message.toString();
    }

    private static String describe(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getName() : failure.getMessage();
    }
}
