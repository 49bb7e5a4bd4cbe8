package com.mkven.multidb.error;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One instance of every error type and details variant, with causes where the spec allows them. */
final class SampleErrors {
    private SampleErrors() {}

    static ConfigException config() {
        return new ConfigException(List.of(
                new ConfigIssue(ConfigIssueCode.INVALID_API_NAME, "Table apiName 'Order_Items' is not camelCase",
                        ConfigIssueDetails.empty().withEntity("order_items").withField("apiName")
                                .withExpected("^[a-z][a-zA-Z0-9]*$").withActual("Order_Items")),
                new ConfigIssue(ConfigIssueCode.INVALID_REFERENCE, "Table orders names unknown database pg-nope",
                        ConfigIssueDetails.empty().withEntity("orders").withField("database")
                                .withDatabase("pg-nope")),
                new ConfigIssue(ConfigIssueCode.INVALID_CACHE, "Cache users-cache names unknown table",
                        ConfigIssueDetails.empty().withCacheId("redis-main"))));
    }

    static ValidationException validation() {
        return new ValidationException("orders", List.of(
                new ValidationIssue(ValidationIssueCode.UNKNOWN_COLUMN, "Column 'bad' does not exist on orders",
                        ValidationIssueDetails.empty().withTable("orders").withColumn("bad")),
                new ValidationIssue(ValidationIssueCode.INVALID_FILTER, "Column filter compares decimal with string",
                        ValidationIssueDetails.empty().withTable("orders").withColumn("total").withOperator(">")
                                .withRefTable("products").withRefColumn("name").withExpected("decimal")
                                .withActual("string"))
                        .withFilterIndex(2),
                new ValidationIssue(ValidationIssueCode.UNKNOWN_ROLE, "Role 'ghost' is not loaded",
                        ValidationIssueDetails.empty().withRole("ghost")),
                new ValidationIssue(ValidationIssueCode.INVALID_AGGREGATION, "Alias 'status' clashes with a column",
                        ValidationIssueDetails.empty().withAlias("status"))));
    }

    static ConnectionException connectionFailed() {
        return ConnectionException.connectionFailed(List.of(
                new UnreachableProvider("pg-tenant", BackendKind.EXECUTOR, Optional.of("postgres"),
                        Optional.of(new ConnectException("Connection refused"))),
                new UnreachableProvider("redis-main", BackendKind.CACHE, Optional.of("redis"), Optional.empty()),
                new UnreachableProvider("custom", BackendKind.EXECUTOR, Optional.empty(), Optional.empty())));
    }

    static ConnectionException networkError() {
        return ConnectionException.networkError("http://localhost:8080/query",
                new ConnectException("Connection refused"));
    }

    static ConnectionException requestTimeout() {
        return ConnectionException.requestTimeout("http://localhost:8080/query", 30_000);
    }

    static PlannerException unreachableTables() {
        return new PlannerException("orders", new PlannerDetails.UnreachableTables(List.of("orders", "metrics")));
    }

    static PlannerException trinoDisabled() {
        return new PlannerException("orders", new PlannerDetails.TrinoDisabled());
    }

    static PlannerException noCatalog() {
        return new PlannerException("orders", new PlannerDetails.NoCatalog(List.of("pg-tenant", "ch-analytics")));
    }

    static PlannerException freshnessUnmet() {
        return new PlannerException("orders", new PlannerDetails.FreshnessUnmet("seconds", "minutes"));
    }

    static QueryExecutionException executorMissing() {
        return new QueryExecutionException(new ExecutionDetails.ExecutorMissing("ch-analytics"));
    }

    static QueryExecutionException cacheProviderMissing() {
        return new QueryExecutionException(new ExecutionDetails.CacheProviderMissing("redis-main"));
    }

    static QueryExecutionException queryFailed() {
        SQLException driverError = new SQLException("relation \"orders\" does not exist", "42P01",
                new IllegalStateException("socket closed"));
        return new QueryExecutionException(new ExecutionDetails.QueryFailed("pg-main", "postgres",
                "SELECT t0.id FROM public.orders t0 WHERE t0.total > $1 AND t0.id = ANY($2)",
                Arrays.asList(new BigDecimal("100.50"), List.of(1, 2), "active", null, true, 7L,
                        UUID.fromString("7f1d3c4e-8b2a-4c6d-9e0f-1a2b3c4d5e6f"), LocalDate.of(2024, 2, 29),
                        Instant.parse("2024-01-15T10:30:00Z"), 2.5)),
                driverError);
    }

    static QueryExecutionException queryTimeout() {
        return new QueryExecutionException(
                new ExecutionDetails.QueryTimeout("pg-main", "postgres", "SELECT pg_sleep(1)", 100));
    }

    static ProviderException metadataLoadFailed() {
        return new ProviderException(ProviderKind.METADATA, new IOException("metadata.json not found"));
    }

    static ProviderException roleLoadFailed() {
        return new ProviderException(ProviderKind.ROLE, new IllegalStateException("roles endpoint answered 500"));
    }

    static MultiDbException unknownCode() {
        return new MultiDbException("QUOTA_EXCEEDED", "Too many queries", Optional.of(trinoDisabled()));
    }

    static List<MultiDbException> all() {
        return List.of(config(), validation(), connectionFailed(), networkError(), requestTimeout(),
                unreachableTables(), trinoDisabled(), noCatalog(), freshnessUnmet(), executorMissing(),
                cacheProviderMissing(), queryFailed(), queryTimeout(), metadataLoadFailed(), roleLoadFailed(),
                unknownCode());
    }
}
