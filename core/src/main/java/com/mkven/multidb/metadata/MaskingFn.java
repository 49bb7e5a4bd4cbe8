package com.mkven.multidb.metadata;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a masked column is obfuscated (metadata.md §9, decisions.md §11). */
public enum MaskingFn {
    EMAIL("email"),
    PHONE("phone"),
    NAME("name"),
    UUID("uuid"),
    NUMBER("number"),
    DATE("date"),
    FULL("full");

    private final String wireName;

    MaskingFn(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
