package com.mkven.multidb.engine;

import com.mkven.multidb.result.DebugLogEntry;
import com.mkven.multidb.result.DebugPhase;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The debug log of one query (query.md §9.5). When the query did not ask for it, the log is a
 * no-op and builds nothing, so it costs nothing on the hot path.
 */
final class DebugLog {
    private static final DebugLog OFF = new DebugLog(null, null);

    private final Clock clock;
    private final List<DebugLogEntry> entries;

    private DebugLog(Clock clock, List<DebugLogEntry> entries) {
        this.clock = clock;
        this.entries = entries;
    }

    static DebugLog create(boolean enabled, Clock clock) {
        return enabled ? new DebugLog(clock, new ArrayList<>()) : OFF;
    }

    boolean enabled() {
        return entries != null;
    }

    void add(DebugPhase phase, String message) {
        if (entries != null) {
            entries.add(new DebugLogEntry(clock.millis(), phase, message, Optional.empty()));
        }
    }

    void add(DebugPhase phase, String message, Object details) {
        if (entries != null) {
            entries.add(new DebugLogEntry(clock.millis(), phase, message, Optional.of(details)));
        }
    }

    Optional<List<DebugLogEntry>> entries() {
        return entries == null ? Optional.empty() : Optional.of(List.copyOf(entries));
    }
}
