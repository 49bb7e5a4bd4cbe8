package com.mkven.multidb.query;

import com.fasterxml.jackson.annotation.JsonValue;

public enum ExecuteMode {
    EXECUTE("execute"),
    SQL_ONLY("sql-only"),
    COUNT("count");

    private final String wireName;

    ExecuteMode(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
