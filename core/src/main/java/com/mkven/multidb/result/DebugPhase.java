package com.mkven.multidb.result;

import com.fasterxml.jackson.annotation.JsonValue;

public enum DebugPhase {
    VALIDATION("validation"),
    ACCESS_CONTROL("access-control"),
    PLANNING("planning"),
    NAME_RESOLUTION("name-resolution"),
    SQL_GENERATION("sql-generation"),
    CACHE("cache"),
    EXECUTION("execution");

    private final String wireName;

    DebugPhase(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
