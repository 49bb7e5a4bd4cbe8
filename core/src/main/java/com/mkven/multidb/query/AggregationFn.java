package com.mkven.multidb.query;

import com.fasterxml.jackson.annotation.JsonValue;

public enum AggregationFn {
    COUNT("count"),
    SUM("sum"),
    AVG("avg"),
    MIN("min"),
    MAX("max");

    private final String wireName;

    AggregationFn(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
