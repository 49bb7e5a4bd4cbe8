package com.mkven.multidb.metadata;

import com.fasterxml.jackson.annotation.JsonValue;

public enum SyncMethod {
    DEBEZIUM("debezium");

    private final String wireName;

    SyncMethod(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
