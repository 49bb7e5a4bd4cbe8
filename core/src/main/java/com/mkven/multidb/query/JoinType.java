package com.mkven.multidb.query;

import com.fasterxml.jackson.annotation.JsonValue;

/** Default {@code left}: keeps rows whose foreign key is NULL. */
public enum JoinType {
    INNER("inner"),
    LEFT("left");

    private final String wireName;

    JoinType(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
