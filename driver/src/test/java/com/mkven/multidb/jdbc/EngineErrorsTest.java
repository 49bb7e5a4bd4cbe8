package com.mkven.multidb.jdbc;

import com.mkven.multidb.error.AuthException;
import com.mkven.multidb.error.BackendKind;
import com.mkven.multidb.error.ConfigException;
import com.mkven.multidb.error.ConfigIssue;
import com.mkven.multidb.error.ConfigIssueCode;
import com.mkven.multidb.error.ConfigIssueDetails;
import com.mkven.multidb.error.ConnectionException;
import com.mkven.multidb.error.ExecutionDetails;
import com.mkven.multidb.error.InvalidJsonException;
import com.mkven.multidb.error.MultiDbException;
import com.mkven.multidb.error.PlannerDetails;
import com.mkven.multidb.error.PlannerException;
import com.mkven.multidb.error.ProviderException;
import com.mkven.multidb.error.ProviderKind;
import com.mkven.multidb.error.QueryExecutionException;
import com.mkven.multidb.error.UnreachableProvider;
import com.mkven.multidb.error.ValidationException;
import com.mkven.multidb.error.ValidationIssue;
import com.mkven.multidb.error.ValidationIssueCode;
import com.mkven.multidb.error.ValidationIssueDetails;
import com.mkven.multidb.spi.ExecutorException;
import com.mkven.multidb.spi.ExecutorTimeoutException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class EngineErrorsTest {
    private static ValidationIssue issue(ValidationIssueCode code, String message) {
        return new ValidationIssue(code, message, ValidationIssueDetails.empty());
    }

    private static void assertTranslated(SQLException translated, Class<? extends SQLException> type, String state, String message,
            MultiDbException cause) {
        assertThat((Throwable) translated).isExactlyInstanceOf(type).hasMessage(message).hasCause(cause);
        assertThat(translated.getSQLState()).isEqualTo(state);
        assertThat(EngineErrors.cause(translated)).containsSame(cause);
    }

    @Test
    void accessDeniedOnlyIsAnAccessRuleViolation() {
        ValidationException denied = new ValidationException("orders", List.of(
                issue(ValidationIssueCode.ACCESS_DENIED, "Access denied to table orders"),
                issue(ValidationIssueCode.ACCESS_DENIED, "Access denied to column orders.internalNote")));

        assertTranslated(EngineErrors.translate(denied, false), SQLSyntaxErrorException.class, "42501",
                "VALIDATION_FAILED: Validation failed: 2 errors\n  - ACCESS_DENIED: Access denied to table orders"
                        + "\n  - ACCESS_DENIED: Access denied to column orders.internalNote", denied);
    }

    @Test
    void otherValidationErrorsAreSyntaxErrorsListingEveryIssue() {
        ValidationException invalid = new ValidationException("orders", List.of(
                issue(ValidationIssueCode.UNKNOWN_COLUMN, "Unknown column x"),
                issue(ValidationIssueCode.ACCESS_DENIED, "Access denied to table users")));

        assertTranslated(EngineErrors.translate(invalid, false), SQLSyntaxErrorException.class, "42000",
                "VALIDATION_FAILED: Validation failed: 2 errors\n  - UNKNOWN_COLUMN: Unknown column x\n  - ACCESS_DENIED: Access denied to table users",
                invalid);
    }

    @Test
    void unknownRolesAreAnAuthorizationError() {
        ValidationException invalid = new ValidationException("orders", List.of(
                issue(ValidationIssueCode.UNKNOWN_COLUMN, "Unknown column x"),
                issue(ValidationIssueCode.UNKNOWN_ROLE, "Unknown role ghost")));

        assertTranslated(EngineErrors.translate(invalid, false), SQLInvalidAuthorizationSpecException.class, "28000",
                "VALIDATION_FAILED: Validation failed: 2 errors\n  - UNKNOWN_COLUMN: Unknown column x\n  - UNKNOWN_ROLE: Unknown role ghost", invalid);
    }

    @Test
    void invalidJsonIsASyntaxError() {
        InvalidJsonException invalid = new InvalidJsonException("$.limit", "expected an integer", Optional.empty());

        assertTranslated(EngineErrors.translate(invalid, false), SQLSyntaxErrorException.class, "42000",
                "INVALID_JSON: Invalid JSON at $.limit: expected an integer", invalid);
    }

    @Test
    void plannerErrorsAreGeneralErrors() {
        PlannerException unplannable = new PlannerException("orders", new PlannerDetails.UnreachableTables(List.of("orders", "events")));

        SQLException translated = EngineErrors.translate(unplannable, false);

        assertThat((Throwable) translated).isExactlyInstanceOf(SQLException.class).hasMessageStartingWith("UNREACHABLE_TABLES: Cannot plan query on orders");
        assertThat(translated.getSQLState()).isEqualTo("HY000");
    }

    @Test
    void timeoutsAreSqlTimeoutExceptions() {
        QueryExecutionException timeout = new QueryExecutionException(
                new ExecutionDetails.QueryTimeout("pg-main", "postgres", "SELECT 1", 100),
                new ExecutorTimeoutException(100, null, Optional.of("57014"), Optional.empty()));

        assertTranslated(EngineErrors.translate(timeout, false), SQLTimeoutException.class, "HYT00",
                "QUERY_TIMEOUT: Query timed out after 100 ms on pg-main: statement exceeded the time limit of 100 ms", timeout);
    }

    @Test
    void databaseFailuresKeepTheDatabaseSqlStateAndVendorCode() {
        QueryExecutionException failed = new QueryExecutionException(
                new ExecutionDetails.QueryFailed("pg-main", "postgres", "SELECT x", List.of()),
                new ExecutorException("relation \"x\" does not exist", null, Optional.of("42P01"), Optional.of(7)));

        SQLException translated = EngineErrors.translate(failed, false);

        assertTranslated(translated, SQLException.class, "42P01",
                "QUERY_FAILED: Query failed on pg-main (postgres): relation \"x\" does not exist", failed);
        assertThat(translated.getErrorCode()).isEqualTo(7);
    }

    @Test
    void databaseFailuresWithoutSqlStateAre58000() {
        QueryExecutionException failed = new QueryExecutionException(
                new ExecutionDetails.QueryFailed("ch-analytics", "clickhouse", "SELECT 1", List.of()),
                new ExecutorException("Code: 60. Table does not exist", null, Optional.empty(), Optional.of(60)));

        SQLException translated = EngineErrors.translate(failed, false);

        assertTranslated(translated, SQLException.class, "58000",
                "QUERY_FAILED: Query failed on ch-analytics (clickhouse): Code: 60. Table does not exist", failed);
        assertThat(translated.getErrorCode()).isEqualTo(60);
    }

    @Test
    void aCancelledStatementIs57014WhateverTheEngineReports() {
        QueryExecutionException failed = new QueryExecutionException(
                new ExecutionDetails.QueryFailed("pg-main", "postgres", "SELECT 1", List.of()),
                new ExecutorException("canceling statement due to user request", null, Optional.of("57014"), Optional.empty()));

        assertTranslated(EngineErrors.translate(failed, true), SQLException.class, "57014",
                "statement cancelled by Statement.cancel(): QUERY_FAILED: Query failed on pg-main (postgres): canceling statement due to user request",
                failed);
    }

    @Test
    void missingExecutorsAndCachesMeanNoConnection() {
        QueryExecutionException executor = new QueryExecutionException(new ExecutionDetails.ExecutorMissing("pg-main"));
        QueryExecutionException cache = new QueryExecutionException(new ExecutionDetails.CacheProviderMissing("redis-main"));

        assertTranslated(EngineErrors.translate(executor, false), SQLNonTransientConnectionException.class, "08003",
                "EXECUTOR_MISSING: No executor registered for pg-main", executor);
        assertTranslated(EngineErrors.translate(cache, false), SQLNonTransientConnectionException.class, "08003",
                "CACHE_PROVIDER_MISSING: No cache provider registered for redis-main", cache);
    }

    @Test
    void unreachableDatabasesAtConnect() {
        ConnectionException down = ConnectionException.connectionFailed(List.of(
                new UnreachableProvider("pg-main", BackendKind.EXECUTOR, Optional.of("postgres"), Optional.empty())));

        assertTranslated(EngineErrors.translate(down, false), SQLNonTransientConnectionException.class, "08001",
                "CONNECTION_FAILED: Connection failed: pg-main (executor)", down);
    }

    @Test
    void networkErrorsAreTransient() {
        ConnectionException network = ConnectionException.networkError("http://host:8080/query", new IOException("reset"));

        assertTranslated(EngineErrors.translate(network, false), SQLTransientConnectionException.class, "08006",
                "NETWORK_ERROR: Network error calling http://host:8080/query: reset", network);
    }

    @Test
    void configAndProviderErrorsRefuseTheConnectionListingEveryIssue() {
        ConfigException invalid = new ConfigException(List.of(
                new ConfigIssue(ConfigIssueCode.INVALID_REFERENCE, "Table orders references missing database pg-x", ConfigIssueDetails.empty()),
                new ConfigIssue(ConfigIssueCode.DUPLICATE_API_NAME, "Duplicate apiName orders", ConfigIssueDetails.empty())));
        ProviderException provider = new ProviderException(ProviderKind.ROLE, new IOException("gone"));

        assertTranslated(EngineErrors.translate(invalid, false), SQLNonTransientConnectionException.class, "08001",
                "CONFIG_INVALID: Config invalid: 2 errors\n  - INVALID_REFERENCE: Table orders references missing database pg-x"
                        + "\n  - DUPLICATE_API_NAME: Duplicate apiName orders", invalid);
        assertTranslated(EngineErrors.translate(provider, false), SQLNonTransientConnectionException.class, "08001",
                "ROLE_LOAD_FAILED: Role provider failed to load: gone", provider);
    }

    @Test
    void refusedCallersAreAuthorizationErrors() {
        AuthException refused = AuthException.forbidden(List.of("admin"), List.of());

        assertTranslated(EngineErrors.translate(refused, false), SQLInvalidAuthorizationSpecException.class, "28000",
                "FORBIDDEN: Roles not granted: user [admin]", refused);
    }

    @Test
    void unknownCodesAndUnexpectedFailuresAreGeneralErrors() {
        MultiDbException future = new MultiDbException("SOMETHING_NEW", "from a newer server");
        IllegalStateException bug = new IllegalStateException("COUNT(*) returned no row");

        assertTranslated(EngineErrors.translate(future, false), SQLException.class, "HY000", "SOMETHING_NEW: from a newer server", future);
        SQLException translated = EngineErrors.translate(bug, false);
        assertThat((Throwable) translated).hasMessage("unexpected failure: COUNT(*) returned no row").hasCause(bug);
        assertThat(translated.getSQLState()).isEqualTo("HY000");
        assertThat(EngineErrors.cause(translated)).isEmpty();
    }
}
