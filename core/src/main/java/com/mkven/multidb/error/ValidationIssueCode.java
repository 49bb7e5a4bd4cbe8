package com.mkven.multidb.error;

/** The {@code errors[].code} of a {@link ValidationException}, one per validation rule family (query.md §10). */
public enum ValidationIssueCode {
    UNKNOWN_TABLE,
    UNKNOWN_COLUMN,
    UNKNOWN_ROLE,
    ACCESS_DENIED,
    INVALID_FILTER,
    INVALID_VALUE,
    INVALID_JOIN,
    INVALID_GROUP_BY,
    INVALID_HAVING,
    INVALID_ORDER_BY,
    INVALID_BY_IDS,
    INVALID_LIMIT,
    INVALID_EXISTS,
    INVALID_AGGREGATION
}
