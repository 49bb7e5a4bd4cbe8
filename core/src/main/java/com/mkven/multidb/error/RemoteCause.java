package com.mkven.multidb.error;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A cause rebuilt from an error body that is not a MultiDB error, e.g. the driver's exception behind a remote
 * {@code QUERY_FAILED}. It keeps what the body said: the remote {@code name} (e.g. {@code "PSQLException"}), the
 * {@code message}, the optional {@code code} (e.g. a SQLState) and its own cause. It has no stack trace: the
 * exception happened on another machine, and a local trace would point at the JSON reader instead.
 */
public final class RemoteCause extends RuntimeException {
    private final String remoteName;
    private final Optional<String> remoteCode;

    public RemoteCause(String remoteName, String message, Optional<String> remoteCode, Optional<Throwable> cause) {
        super(requireNonNull(message, "message is null"), requireNonNull(cause, "cause is null").orElse(null),
                false, false);
        this.remoteName = requireNonNull(remoteName, "remoteName is null");
        this.remoteCode = requireNonNull(remoteCode, "remoteCode is null");
    }

    /** The {@code name} the remote side gave, e.g. the simple class name of its exception. */
    public String remoteName() {
        return remoteName;
    }

    /** The remote {@code code}, e.g. the SQLState of a database error. */
    public Optional<String> remoteCode() {
        return remoteCode;
    }

    @Override
    public String toString() {
        return "remote " + remoteName + remoteCode.map(code -> " [" + code + "]").orElse("") + ": " + getMessage();
    }
}
