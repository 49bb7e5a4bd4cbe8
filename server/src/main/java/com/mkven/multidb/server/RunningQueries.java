package com.mkven.multidb.server;

import com.mkven.multidb.spi.CancelSignal;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static java.util.Objects.requireNonNull;

/**
 * The cancel signals of the queries being served that their caller named with a {@code requestId}, so that
 * {@code POST /cancel} from the same caller can stop one — also while the database works towards its first row, when
 * the JDK server cannot tell that the client went away. A caller can only reach its own ids.
 */
final class RunningQueries {
    private record Key(String caller, String requestId) {}

    private final ConcurrentHashMap<Key, CancelSignal> running = new ConcurrentHashMap<>();

    /** Keeps {@code signal} reachable under the request's id until the registration is closed. */
    Registration register(Caller caller, Optional<String> requestId, CancelSignal signal) {
        requireNonNull(signal, "signal is null");
        if (requestId.isEmpty()) {
            return () -> {};
        }
        Key key = new Key(caller.name(), requestId.get());
        if (running.putIfAbsent(key, signal) != null) {
            throw RequestRejected.requestIdInUse(requestId.get());
        }
        return () -> running.remove(key, signal);
    }

    /** Whether a query of this caller ran under that id and was told to stop. */
    boolean cancel(Caller caller, String requestId) {
        CancelSignal signal = running.get(new Key(caller.name(), requestId));
        if (signal == null) {
            return false;
        }
        signal.cancel();
        return true;
    }

    /** A query's time under its id; closing it forgets the id. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
