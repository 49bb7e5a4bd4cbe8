package com.mkven.multidb.metadata;

import com.fasterxml.jackson.annotation.JsonValue;

/** Estimated lag of a replica, ordered strictest first. */
public enum Lag {
    SECONDS("seconds"),
    MINUTES("minutes"),
    HOURS("hours");

    private final String wireName;

    Lag(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
