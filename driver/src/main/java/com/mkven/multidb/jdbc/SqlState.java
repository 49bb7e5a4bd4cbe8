package com.mkven.multidb.jdbc;

import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLWarning;

import static java.util.Objects.requireNonNull;

/**
 * Every SQLState the driver raises, with the {@link SQLException} subclass that goes with it. Exceptions are built
 * here and nowhere else, so that the state and the class always agree: pools (HikariCP) evict a connection on class
 * {@code 08}, on {@code 0A000} and on any {@link SQLTimeoutException}; Spring turns class {@code 42} into
 * {@code BadSqlGrammarException} and {@link SQLTimeoutException} into {@code QueryTimeoutException}.
 */
public enum SqlState {
    /** A query touching a table or column the roles may not read ({@code ACCESS_DENIED} only). */
    ACCESS_RULE_VIOLATION("42501", Kind.SYNTAX),
    /** Any other invalid query: validation errors, bad JSON, unsupported SQL. */
    SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION("42000", Kind.SYNTAX),
    /** A result column label that does not exist. */
    COLUMN_NOT_FOUND("42S22", Kind.SYNTAX),
    /** Unknown, missing or refused roles. */
    INVALID_AUTHORIZATION_SPECIFICATION("28000", Kind.AUTHORIZATION),
    /** Anything that would write: the connection is read-only. */
    READ_ONLY_SQL_TRANSACTION("25006", Kind.PLAIN),
    /** No execution path can serve the query ({@code PlannerError}) or an unexpected failure. */
    GENERAL_ERROR("HY000", Kind.PLAIN),
    /** A statement time limit fired. */
    TIMEOUT_EXPIRED("HYT00", Kind.TIMEOUT),
    /** {@link java.sql.Statement#cancel()} stopped the statement. */
    QUERY_CANCELED("57014", Kind.PLAIN),
    /** A database failure that carries no SQLState of its own. */
    SYSTEM_ERROR("58000", Kind.PLAIN),
    /** The connection is closed, or the engine has no executor or cache for the query's target. */
    CONNECTION_DOES_NOT_EXIST("08003", Kind.CONNECTION),
    /** The connection could not be opened: bad URL, property, config file, or a database unreachable at start. */
    UNABLE_TO_CONNECT("08001", Kind.CONNECTION),
    /** The engine lost a backend (remote mode: the server) after the connection was open. */
    CONNECTION_FAILURE("08006", Kind.TRANSIENT_CONNECTION),
    /** A JDBC feature this driver does not implement. */
    FEATURE_NOT_SUPPORTED("0A000", Kind.FEATURE),
    /** A prepared statement executed with a different number of bound values than it has markers. */
    WRONG_NUMBER_OF_PARAMETERS("07001", Kind.PLAIN),
    /** A value a parameter setter cannot turn into JSON. */
    RESTRICTED_DATA_TYPE_VIOLATION("07006", Kind.PLAIN),
    /** A parameter or column index out of range. */
    INVALID_DESCRIPTOR_INDEX("07009", Kind.PLAIN),
    /** A getter that cannot convert the column's value to the type asked for. */
    INVALID_CHARACTER_VALUE_FOR_CAST("22018", Kind.DATA),
    /** A bound value the SQL translation cannot use where its marker stands. */
    INVALID_PARAMETER_VALUE("22023", Kind.DATA),
    /** A numeric value that does not fit the type asked for. */
    NUMERIC_VALUE_OUT_OF_RANGE("22003", Kind.DATA),
    /** Reading a value with no current row, or scrolling a forward-only result set. */
    INVALID_CURSOR_STATE("24000", Kind.PLAIN),
    /** A method called on a closed statement or result set, or in the wrong order. */
    FUNCTION_SEQUENCE_ERROR("HY010", Kind.PLAIN),
    /** A setter given an out-of-range value (a negative fetch size, an unknown fetch direction). */
    INVALID_ATTRIBUTE_VALUE("HY024", Kind.PLAIN);

    private final String code;
    private final Kind kind;

    SqlState(String code, Kind kind) {
        this.code = requireNonNull(code, "code is null");
        this.kind = requireNonNull(kind, "kind is null");
    }

    /** The five-character SQLState. */
    public String code() {
        return code;
    }

    public SQLException exception(String message) {
        return exception(message, 0, null);
    }

    public SQLException exception(String message, Throwable cause) {
        return exception(message, 0, cause);
    }

    /** @param cause may be {@code null}: {@link SQLException} takes it as "no cause" */
    public SQLException exception(String message, int vendorCode, Throwable cause) {
        requireNonNull(message, "message is null");
        return kind.create(message, code, vendorCode, cause);
    }

    /** The SQLState of every warning the driver gives. */
    static final String WARNING = "01000";

    /** A warning ({@code 01000}): the driver's warnings carry the query's debug log. */
    static SQLWarning warning(String message) {
        return new SQLWarning(requireNonNull(message, "message is null"), WARNING);
    }

    /**
     * An exception with a state that is not one of ours: a database's own SQLState passed through
     * ({@code QUERY_FAILED}). Plain {@link SQLException}, as jdbc.md asks.
     */
    static SQLException passThrough(String message, String sqlState, int vendorCode, Throwable cause) {
        return new SQLException(message, sqlState, vendorCode, cause);
    }

    /** The subclass each state is thrown as. */
    private enum Kind {
        PLAIN,
        SYNTAX,
        AUTHORIZATION,
        TIMEOUT,
        CONNECTION,
        TRANSIENT_CONNECTION,
        FEATURE,
        DATA;

        SQLException create(String message, String state, int vendorCode, Throwable cause) {
            return switch (this) {
                case PLAIN -> new SQLException(message, state, vendorCode, cause);
                case SYNTAX -> new SQLSyntaxErrorException(message, state, vendorCode, cause);
                case AUTHORIZATION -> new SQLInvalidAuthorizationSpecException(message, state, vendorCode, cause);
                case TIMEOUT -> new SQLTimeoutException(message, state, vendorCode, cause);
                case CONNECTION -> new SQLNonTransientConnectionException(message, state, vendorCode, cause);
                case TRANSIENT_CONNECTION -> new SQLTransientConnectionException(message, state, vendorCode, cause);
                case FEATURE -> new SQLFeatureNotSupportedException(message, state, vendorCode, cause);
                case DATA -> new SQLDataException(message, state, vendorCode, cause);
            };
        }
    }
}
