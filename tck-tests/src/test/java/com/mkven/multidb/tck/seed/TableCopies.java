package com.mkven.multidb.tck.seed;

import java.util.List;
import java.util.Optional;

/**
 * The copies that let every SQL-generation scenario run on PostgreSQL and on ClickHouse (the
 * fixture spreads the tables over both): a table outside an engine's database is read from the
 * fixture's own replica there when there is one ({@code replicas.tenants} in pg-main,
 * {@code default.orders_replica} in ch-analytics), otherwise from one of these copies. The
 * loaders create them next to the fixture tables; the DDL is in {@code engines/*-copies.sql}.
 */
public final class TableCopies {
    private static final List<TableCopy> ALL = List.of(
            new TableCopy("invoices", "pg-main", "public.invoices"),
            new TableCopy("events", "pg-main", "default.events"),
            new TableCopy("metrics", "pg-main", "default.metrics"),
            new TableCopy("users", "ch-analytics", "default.users"),
            new TableCopy("products", "ch-analytics", "default.products"),
            new TableCopy("tenants", "ch-analytics", "default.tenants"),
            new TableCopy("invoices", "ch-analytics", "default.invoices"));

    private TableCopies() {}

    public static List<TableCopy> in(String databaseId) {
        return ALL.stream().filter(copy -> copy.database().equals(databaseId)).toList();
    }

    public static Optional<TableCopy> of(String tableId, String databaseId) {
        return ALL.stream().filter(copy -> copy.tableId().equals(tableId) && copy.database().equals(databaseId)).findFirst();
    }
}
