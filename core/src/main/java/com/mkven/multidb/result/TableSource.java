package com.mkven.multidb.result;

import com.fasterxml.jackson.annotation.JsonValue;

public enum TableSource {
    ORIGINAL("original"),
    MATERIALIZED("materialized"),
    CACHE("cache");

    private final String wireName;

    TableSource(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
