package com.mkven.multidb.error;

import static java.util.Objects.requireNonNull;

/** Which provider failed to load in a {@link ProviderException}: the {@code details.provider} field. */
public enum ProviderKind {
    METADATA("metadata", ErrorCode.METADATA_LOAD_FAILED, "Metadata"),
    ROLE("role", ErrorCode.ROLE_LOAD_FAILED, "Role");

    private final String wireName;
    private final ErrorCode errorCode;
    private final String title;

    ProviderKind(String wireName, ErrorCode errorCode, String title) {
        this.wireName = requireNonNull(wireName, "wireName is null");
        this.errorCode = requireNonNull(errorCode, "errorCode is null");
        this.title = requireNonNull(title, "title is null");
    }

    /** The JSON value, {@code "metadata"} or {@code "role"}. */
    public String wireName() {
        return wireName;
    }

    /** {@code METADATA_LOAD_FAILED} or {@code ROLE_LOAD_FAILED}. */
    public ErrorCode errorCode() {
        return errorCode;
    }

    /** "Metadata" or "Role", for messages such as "Metadata provider failed to load". */
    String title() {
        return title;
    }
}
