package com.mkven.multidb.spi;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A failure reported by a database, keeping the database's own identification of it: the
 * SQLState (PostgreSQL) and the vendor error code (ClickHouse, Trino) when there is one.
 */
public class ExecutorException extends RuntimeException {
    private final Optional<String> sqlState;
    private final Optional<Integer> vendorCode;

    public ExecutorException(String message, Throwable cause, Optional<String> sqlState, Optional<Integer> vendorCode) {
        super(requireNonNull(message, "message is null"), cause);
        this.sqlState = requireNonNull(sqlState, "sqlState is null");
        this.vendorCode = requireNonNull(vendorCode, "vendorCode is null");
    }

    public Optional<String> sqlState() {
        return sqlState;
    }

    public Optional<Integer> vendorCode() {
        return vendorCode;
    }
}
