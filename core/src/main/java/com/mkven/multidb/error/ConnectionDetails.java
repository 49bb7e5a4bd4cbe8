package com.mkven.multidb.error;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The {@code details} of a {@link ConnectionException}: which backends failed, or which HTTP request did. */
public sealed interface ConnectionDetails permits ConnectionDetails.Unreachable, ConnectionDetails.NetworkFailure {
    /** The codes a {@link ConnectionException} with these details may carry. */
    Set<ErrorCode> codes();

    /** The spec's {@code details} object; throwables inside it are written by {@code throwableWriter}. */
    ObjectNode toJson(Function<Throwable, ObjectNode> throwableWriter);

    /** {@code CONNECTION_FAILED}: every executor or cache whose start-up ping or {@code close()} failed. */
    record Unreachable(List<UnreachableProvider> unreachable) implements ConnectionDetails {
        public Unreachable {
            unreachable = List.copyOf(requireNonNull(unreachable, "unreachable is null"));
            if (unreachable.isEmpty()) {
                throw new IllegalArgumentException("unreachable is empty: name at least one failed provider");
            }
        }

        @Override
        public Set<ErrorCode> codes() {
            return Set.of(ErrorCode.CONNECTION_FAILED);
        }

        @Override
        public ObjectNode toJson(Function<Throwable, ObjectNode> throwableWriter) {
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            ArrayNode array = json.putArray("unreachable");
            for (UnreachableProvider provider : unreachable) {
                array.add(provider.toJson(throwableWriter));
            }
            return json;
        }
    }

    /** {@code NETWORK_ERROR} or {@code REQUEST_TIMEOUT}, raised by the HTTP client for the request to {@code url}. */
    record NetworkFailure(Optional<String> url, Optional<Long> timeoutMs) implements ConnectionDetails {
        public NetworkFailure {
            requireNonNull(url, "url is null");
            requireNonNull(timeoutMs, "timeoutMs is null");
            timeoutMs.ifPresent(value -> {
                if (value < 0) {
                    throw new IllegalArgumentException("timeoutMs must not be negative: " + value);
                }
            });
        }

        @Override
        public Set<ErrorCode> codes() {
            return Set.of(ErrorCode.NETWORK_ERROR, ErrorCode.REQUEST_TIMEOUT);
        }

        @Override
        public ObjectNode toJson(Function<Throwable, ObjectNode> throwableWriter) {
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            url.ifPresent(value -> json.put("url", value));
            timeoutMs.ifPresent(value -> json.put("timeoutMs", value));
            return json;
        }
    }
}
