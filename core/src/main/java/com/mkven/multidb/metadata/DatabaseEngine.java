package com.mkven.multidb.metadata;

import com.fasterxml.jackson.annotation.JsonValue;

/** Engine of a configured database. Trino is not one: it is the federation layer. */
public enum DatabaseEngine {
    POSTGRES("postgres"),
    CLICKHOUSE("clickhouse"),
    /** Always queried through the {@code trino} executor with the Trino dialect. */
    ICEBERG("iceberg");

    private final String wireName;

    DatabaseEngine(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
