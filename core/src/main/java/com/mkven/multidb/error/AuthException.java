package com.mkven.multidb.error;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The HTTP server refused a caller: {@code UNAUTHENTICATED} (401, no or wrong credentials) or {@code FORBIDDEN} (403,
 * the request asked for roles its user was not granted). Not one of the spec's error classes: the spec's HTTP contract
 * leaves authentication open, jdbc.md's remote mode needs it, and a client must tell it apart from a query error.
 *
 * <p>Messages never carry the credentials or whether a user name exists.
 */
public final class AuthException extends MultiDbException {
    private final List<String> refusedUserRoles;
    private final List<String> refusedServiceRoles;

    AuthException(ErrorCode code, String message, List<String> refusedUserRoles, List<String> refusedServiceRoles) {
        super(code, message, Optional.empty());
        if (code.category() != ErrorCategory.AUTHENTICATION && code.category() != ErrorCategory.AUTHORIZATION) {
            throw new IllegalArgumentException("Code " + code + " is not an authentication or authorization code");
        }
        this.refusedUserRoles = List.copyOf(requireNonNull(refusedUserRoles, "refusedUserRoles is null"));
        this.refusedServiceRoles = List.copyOf(requireNonNull(refusedServiceRoles, "refusedServiceRoles is null"));
    }

    /** {@code UNAUTHENTICATED}, e.g. "Invalid credentials". */
    public static AuthException unauthenticated(String message) {
        return new AuthException(ErrorCode.UNAUTHENTICATED, message, List.of(), List.of());
    }

    /** {@code FORBIDDEN} naming the roles, per scope, that the caller asked for and was not granted. */
    public static AuthException forbidden(List<String> refusedUserRoles, List<String> refusedServiceRoles) {
        if (refusedUserRoles.isEmpty() && refusedServiceRoles.isEmpty()) {
            throw new IllegalArgumentException("a FORBIDDEN error names at least one refused role");
        }
        List<String> scopes = new ArrayList<>(2);
        if (!refusedUserRoles.isEmpty()) {
            scopes.add("user " + refusedUserRoles);
        }
        if (!refusedServiceRoles.isEmpty()) {
            scopes.add("service " + refusedServiceRoles);
        }
        return new AuthException(ErrorCode.FORBIDDEN, "Roles not granted: " + String.join("; ", scopes),
                refusedUserRoles, refusedServiceRoles);
    }

    /** The user-scope roles refused; empty for {@code UNAUTHENTICATED}. */
    public List<String> refusedUserRoles() {
        return refusedUserRoles;
    }

    /** The service-scope roles refused; empty for {@code UNAUTHENTICATED}. */
    public List<String> refusedServiceRoles() {
        return refusedServiceRoles;
    }

    @Override
    public String errorName() {
        return errorCode().orElseThrow().category().errorName();
    }

    @Override
    void writeOwnFields(ObjectNode json, ThrowableJson throwables) {
        if (errorCode().orElseThrow() == ErrorCode.FORBIDDEN) {
            ObjectNode details = json.putObject("details");
            ArrayNode user = details.putArray("user");
            refusedUserRoles.forEach(user::add);
            ArrayNode service = details.putArray("service");
            refusedServiceRoles.forEach(service::add);
        }
    }
}
