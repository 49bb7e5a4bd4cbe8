package com.mkven.multidb.result;

import com.fasterxml.jackson.annotation.JsonValue;

/** The SQL dialect a query was rendered in; Iceberg is always {@code trino}. */
public enum DialectName {
    POSTGRES("postgres"),
    CLICKHOUSE("clickhouse"),
    TRINO("trino");

    private final String wireName;

    DialectName(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
