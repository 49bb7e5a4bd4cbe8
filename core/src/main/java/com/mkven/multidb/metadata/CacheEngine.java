package com.mkven.multidb.metadata;

import com.fasterxml.jackson.annotation.JsonValue;

public enum CacheEngine {
    REDIS("redis");

    private final String wireName;

    CacheEngine(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
