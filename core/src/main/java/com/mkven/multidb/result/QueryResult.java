package com.mkven.multidb.result;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.List;
import java.util.Optional;

/** The outcome of a query, told apart on the wire by {@code kind}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = SqlResult.class, name = "sql"),
        @JsonSubTypes.Type(value = DataResult.class, name = "data"),
        @JsonSubTypes.Type(value = CountResult.class, name = "count")})
public sealed interface QueryResult permits SqlResult, DataResult, CountResult {
    QueryResultMeta meta();

    /** Present only when the query asked for {@code debug: true}. */
    Optional<List<DebugLogEntry>> debugLog();
}
