package com.mkven.multidb.jdbc.config;

import static java.util.Objects.requireNonNull;

/**
 * A config file that cannot be used: missing, unreadable, not valid JSON for its shape, naming an environment
 * variable that is not set, or an executor type no jar provides. The message names the location and, where there is
 * one, the JSON path.
 */
public final class ConfigFileException extends RuntimeException {
    private final ConfigLocation location;

    public ConfigFileException(ConfigLocation location, String problem, Throwable cause) {
        super("Config file %s: %s".formatted(requireNonNull(location, "location is null"), requireNonNull(problem, "problem is null")), cause);
        this.location = location;
    }

    public ConfigFileException(ConfigLocation location, String problem) {
        this(location, problem, null);
    }

    public ConfigLocation location() {
        return location;
    }
}
