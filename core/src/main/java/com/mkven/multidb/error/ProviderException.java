package com.mkven.multidb.error;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * {@code ProviderError}: the metadata or role provider failed to load ({@code METADATA_LOAD_FAILED} /
 * {@code ROLE_LOAD_FAILED}), at start-up or on reload; the provider's exception is the cause.
 */
public final class ProviderException extends MultiDbException {
    private final ProviderKind provider;

    public ProviderException(ProviderKind provider, Throwable cause) {
        this(message(provider, cause), provider, Optional.of(cause));
    }

    /** With the message given, as when the error is rebuilt from a server's answer. */
    public ProviderException(String message, ProviderKind provider, Optional<Throwable> cause) {
        super(requireNonNull(provider, "provider is null").errorCode(), message, cause);
        this.provider = provider;
    }

    private static String message(ProviderKind provider, Throwable cause) {
        requireNonNull(provider, "provider is null");
        requireNonNull(cause, "cause is null");
        String failure = provider.title() + " provider failed to load";
        return cause.getMessage() == null ? failure : failure + ": " + cause.getMessage();
    }

    public ProviderKind provider() {
        return provider;
    }

    @Override
    public String errorName() {
        return ErrorCategory.PROVIDER.errorName();
    }

    @Override
    void writeOwnFields(ObjectNode json, ThrowableJson throwables) {
        json.putObject("details").put("provider", provider.wireName());
    }
}
