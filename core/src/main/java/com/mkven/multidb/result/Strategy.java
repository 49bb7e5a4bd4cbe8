package com.mkven.multidb.result;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a query ran, in priority order. */
public enum Strategy {
    CACHE("cache"),
    DIRECT("direct"),
    MATERIALIZED("materialized"),
    TRINO_CROSS_DB("trino-cross-db");

    private final String wireName;

    Strategy(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
