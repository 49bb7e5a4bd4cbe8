package com.mkven.multidb.error;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a throwable and its cause chain as JSON for one {@code toJson()} call. A MultiDB error writes its full body;
 * any other throwable becomes {@code { name, message, code? }} with its own {@code cause}. The {@code code} of a
 * foreign throwable is the SQLState of an {@link SQLException}, so the JDBC layer can still report the database's
 * SQLState after the error crossed HTTP (jdbc.md, {@code QUERY_FAILED}).
 */
final class ThrowableJson {
    // Cause chains can loop (a library calling initCause on the wrong exception); logback and printStackTrace stop
    // at the repeat, and so does this, instead of recursing until the stack overflows.
    private final Set<Throwable> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());

    ObjectNode write(Throwable throwable) {
        if (!inProgress.add(throwable)) {
            return circularReference(throwable);
        }
        try {
            ObjectNode json = throwable instanceof MultiDbException error
                    ? error.toJsonWithoutCause(this)
                    : foreign(throwable);
            Throwable cause = throwable.getCause();
            if (cause != null) {
                json.set("cause", write(cause));
            }
            return json;
        } finally {
            inProgress.remove(throwable);
        }
    }

    private static ObjectNode foreign(Throwable throwable) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("name", nameOf(throwable));
        json.put("message", messageOf(throwable));
        codeOf(throwable).ifPresent(code -> json.put("code", code));
        return json;
    }

    private static ObjectNode circularReference(Throwable throwable) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("name", "CircularReference");
        json.put("message", "cause chain loops back to " + nameOf(throwable) + ": " + messageOf(throwable));
        return json;
    }

    private static String nameOf(Throwable throwable) {
        if (throwable instanceof RemoteCause remote) {
            return remote.remoteName();
        }
        if (throwable instanceof MultiDbException error) {
            return error.errorName();
        }
        String simpleName = throwable.getClass().getSimpleName();
        return simpleName.isEmpty() ? throwable.getClass().getName() : simpleName;
    }

    // JavaScript errors always have a string message; an empty one keeps every consumer's parsing simple.
    private static String messageOf(Throwable throwable) {
        return Objects.requireNonNullElse(throwable.getMessage(), "");
    }

    private static Optional<String> codeOf(Throwable throwable) {
        if (throwable instanceof RemoteCause remote) {
            return remote.remoteCode();
        }
        if (throwable instanceof SQLException sqlException) {
            return Optional.ofNullable(sqlException.getSQLState());
        }
        return Optional.empty();
    }
}
