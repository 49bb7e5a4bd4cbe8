package com.mkven.multidb.metadata;

import com.fasterxml.jackson.annotation.JsonValue;

public enum RelationType {
    MANY_TO_ONE("many-to-one"),
    ONE_TO_MANY("one-to-many"),
    ONE_TO_ONE("one-to-one");

    private final String wireName;

    RelationType(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
