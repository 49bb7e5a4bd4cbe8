package com.mkven.multidb.error;

/** The {@code errors[].code} of a {@link ConfigException}; what each means is in metadata.md §13. */
public enum ConfigIssueCode {
    INVALID_API_NAME,
    DUPLICATE_API_NAME,
    INVALID_REFERENCE,
    INVALID_RELATION,
    INVALID_SYNC,
    INVALID_CACHE
}
