package com.mkven.multidb.error;

import static java.util.Objects.requireNonNull;

/** What kind of backend a {@link UnreachableProvider} is: the {@code type} field of {@code unreachable[]}. */
public enum BackendKind {
    EXECUTOR("executor"),
    CACHE("cache");

    private final String wireName;

    BackendKind(String wireName) {
        this.wireName = requireNonNull(wireName, "wireName is null");
    }

    /** The JSON value, {@code "executor"} or {@code "cache"}. */
    public String wireName() {
        return wireName;
    }
}
