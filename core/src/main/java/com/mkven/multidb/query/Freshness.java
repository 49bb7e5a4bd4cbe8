package com.mkven.multidb.query;

import com.fasterxml.jackson.annotation.JsonValue;
import com.mkven.multidb.metadata.Lag;

/** Maximum replica lag a query accepts, ordered strictest first. */
public enum Freshness {
    REALTIME("realtime"),
    SECONDS("seconds"),
    MINUTES("minutes"),
    HOURS("hours");

    private final String wireName;

    Freshness(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** A replica qualifies when its lag is at most this freshness; {@code realtime} admits none. */
    public boolean accepts(Lag lag) {
        return switch (this) {
            case REALTIME -> false;
            case SECONDS -> lag == Lag.SECONDS;
            case MINUTES -> lag != Lag.HOURS;
            case HOURS -> true;
        };
    }
}
