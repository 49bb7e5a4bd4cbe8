package com.mkven.multidb.query;

import com.fasterxml.jackson.annotation.JsonValue;

public enum FilterLogic {
    AND("and"),
    OR("or");

    private final String wireName;

    FilterLogic(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
