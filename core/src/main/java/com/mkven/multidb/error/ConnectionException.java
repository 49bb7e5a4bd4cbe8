package com.mkven.multidb.error;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * {@code ConnectionError}: a backend could not be reached at start-up or closed ({@code CONNECTION_FAILED}), or the
 * HTTP client could not reach the server ({@code NETWORK_ERROR}) or gave up waiting ({@code REQUEST_TIMEOUT}).
 */
public final class ConnectionException extends MultiDbException {
    private final ConnectionDetails details;

    public ConnectionException(ErrorCode code, String message, ConnectionDetails details, Optional<Throwable> cause) {
        super(code, message, cause);
        this.details = requireNonNull(details, "details is null");
        if (!details.codes().contains(code)) {
            throw new IllegalArgumentException("Code " + code + " does not go with "
                    + details.getClass().getSimpleName() + " details; expected one of " + details.codes());
        }
    }

    /** {@code CONNECTION_FAILED} naming every failed provider, e.g. "Connection failed: pg-tenant (executor)". */
    public static ConnectionException connectionFailed(List<UnreachableProvider> unreachable) {
        ConnectionDetails.Unreachable details = new ConnectionDetails.Unreachable(unreachable);
        StringJoiner names = new StringJoiner(", ", "Connection failed: ", "");
        for (UnreachableProvider provider : details.unreachable()) {
            names.add(provider.id() + " (" + provider.type().wireName() + ")");
        }
        return new ConnectionException(ErrorCode.CONNECTION_FAILED, names.toString(), details, Optional.empty());
    }

    /** {@code NETWORK_ERROR}: the request to {@code url} failed before any answer, for the reason in {@code cause}. */
    public static ConnectionException networkError(String url, Throwable cause) {
        requireNonNull(url, "url is null");
        requireNonNull(cause, "cause is null");
        String reason = cause.getMessage() == null ? "" : ": " + cause.getMessage();
        return new ConnectionException(ErrorCode.NETWORK_ERROR, "Network error calling " + url + reason,
                new ConnectionDetails.NetworkFailure(Optional.of(url), Optional.empty()), Optional.of(cause));
    }

    /** {@code REQUEST_TIMEOUT}: no answer to the request to {@code url} within {@code timeoutMs}. */
    public static ConnectionException requestTimeout(String url, long timeoutMs) {
        requireNonNull(url, "url is null");
        return new ConnectionException(ErrorCode.REQUEST_TIMEOUT,
                "Request to " + url + " timed out after " + timeoutMs + " ms",
                new ConnectionDetails.NetworkFailure(Optional.of(url), Optional.of(timeoutMs)), Optional.empty());
    }

    public ConnectionDetails details() {
        return details;
    }

    @Override
    public String errorName() {
        return ErrorCategory.CONNECTION.errorName();
    }

    @Override
    void writeOwnFields(ObjectNode json, ThrowableJson throwables) {
        json.set("details", details.toJson(throwables::write));
    }
}
