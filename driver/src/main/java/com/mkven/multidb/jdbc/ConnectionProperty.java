package com.mkven.multidb.jdbc;

import com.mkven.multidb.query.Freshness;

import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.StringJoiner;

import static java.util.Objects.requireNonNull;

/**
 * Every connection property of the driver (jdbc.md "Registration and URLs"). URL parsing, the merge with
 * {@link Properties}, {@link java.sql.Driver#getPropertyInfo}, validation and the README table all come from this enum.
 */
public enum ConnectionProperty {
    ROLES("roles", Optional.empty(), ValueRule.ROLE_LIST, List.of(),
            "User-scope role ids, comma separated. Omitted: no user scope (no restriction from it); "
                    + "present but empty (roles=): an empty scope, which grants nothing."),
    SERVICE_ROLES("serviceRoles", Optional.empty(), ValueRule.ROLE_LIST, List.of(),
            "Service-scope role ids, comma separated, with the same omitted/empty semantics as roles. "
                    + "A connection needs roles or serviceRoles unless the config file sets defaultRoles."),
    FRESHNESS("freshness", Optional.empty(), ValueRule.CHOICE, freshnessNames(),
            "Maximum replica lag for queries that do not set their own freshness."),
    DEBUG("debug", Optional.of("false"), ValueRule.CHOICE, List.of("true", "false"),
            "true: every query records the engine's debug log, reported as the statement's SQL warnings."),
    USER("user", Optional.empty(), ValueRule.TEXT, List.of(),
            "Remote mode: the user to authenticate as. Embedded mode: only reported by DatabaseMetaData.getUserName()."),
    PASSWORD("password", Optional.empty(), ValueRule.TEXT, List.of(),
            "Remote mode: the password of user. Ignored in embedded mode."),
    TOKEN("token", Optional.empty(), ValueRule.TEXT, List.of(),
            "Remote mode: a bearer token to authenticate with, instead of user and password. Ignored in embedded mode."),
    QUERY_TIMEOUT("queryTimeout", Optional.of("0"), ValueRule.SECONDS, List.of(),
            "Default Statement.setQueryTimeout in seconds for every statement of the connection; 0 means no limit."),
    TIME_ZONE("timeZone", Optional.of("UTC"), ValueRule.TIME_ZONE, List.of(),
            "The time zone getTimestamp, getDate, getString and LocalDateTime conversions render instants in "
                    + "(an id such as Europe/Berlin or an offset such as +02:00); never silently the JVM zone.");

    private final String key;
    private final Optional<String> defaultValue;
    private final ValueRule rule;
    private final List<String> allowedValues;
    private final String description;

    ConnectionProperty(String key, Optional<String> defaultValue, ValueRule rule, List<String> allowedValues, String description) {
        this.key = requireNonNull(key, "key is null");
        this.defaultValue = requireNonNull(defaultValue, "defaultValue is null");
        this.rule = requireNonNull(rule, "rule is null");
        this.allowedValues = List.copyOf(allowedValues);
        this.description = requireNonNull(description, "description is null");
    }

    /** The name in the URL query and in {@link Properties}. */
    public String key() {
        return key;
    }

    public Optional<String> defaultValue() {
        return defaultValue;
    }

    /** The only values accepted; empty when any value of the property's kind is. */
    public List<String> allowedValues() {
        return allowedValues;
    }

    public String description() {
        return description;
    }

    /**
     * No property is required on its own: {@code roles} and {@code serviceRoles} are required as a pair (one of them),
     * which {@link DriverPropertyInfo#required} cannot express, so the connection checks it.
     */
    public boolean required() {
        return false;
    }

    /** The property with this key; keys are case-sensitive, like the JSON field names they mirror. */
    public static Optional<ConnectionProperty> fromKey(String key) {
        for (ConnectionProperty property : values()) {
            if (property.key.equals(key)) {
                return Optional.of(property);
            }
        }
        return Optional.empty();
    }

    /**
     * The URL's properties overridden by {@code info} (the {@code Properties} win), every key known and every value
     * valid.
     *
     * @throws SQLException {@code 08001} naming the unknown key and listing the known ones, or the bad value and what
     *         is allowed
     */
    static Map<ConnectionProperty, String> resolve(Map<String, String> fromUrl, Properties info) throws SQLException {
        Map<ConnectionProperty, String> values = new EnumMap<>(ConnectionProperty.class);
        for (Map.Entry<String, String> entry : fromUrl.entrySet()) {
            values.put(known(entry.getKey(), "URL"), entry.getValue());
        }
        for (Map.Entry<Object, Object> entry : info.entrySet()) {
            values.put(known(String.valueOf(entry.getKey()), "connection properties"), String.valueOf(entry.getValue()));
        }
        for (Map.Entry<ConnectionProperty, String> entry : values.entrySet()) {
            Optional<String> problem = entry.getKey().problem(entry.getValue());
            if (problem.isPresent()) {
                throw SqlState.UNABLE_TO_CONNECT.exception("Invalid value '%s' for connection property %s: %s"
                        .formatted(entry.getValue(), entry.getKey().key, problem.get()));
            }
        }
        return values;
    }

    /** What is wrong with a value of this property, if anything. */
    Optional<String> problem(String value) {
        return rule.problem(this, value);
    }

    /** The driver's description of every property, showing the values given so far (GUI connection dialogs). */
    static DriverPropertyInfo[] describe(Map<String, String> given) {
        List<DriverPropertyInfo> infos = new ArrayList<>();
        for (ConnectionProperty property : values()) {
            String value = given.containsKey(property.key) ? given.get(property.key) : property.defaultValue.orElse(null);
            DriverPropertyInfo info = new DriverPropertyInfo(property.key, value);
            info.description = property.description;
            info.required = property.required();
            info.choices = property.allowedValues.isEmpty() ? null : property.allowedValues.toArray(String[]::new);
            infos.add(info);
        }
        return infos.toArray(DriverPropertyInfo[]::new);
    }

    private static ConnectionProperty known(String key, String source) throws SQLException {
        Optional<ConnectionProperty> property = fromKey(key);
        if (property.isEmpty()) {
            throw SqlState.UNABLE_TO_CONNECT.exception("Unknown connection property '%s' in the %s; known properties: %s"
                    .formatted(key, source, knownKeys()));
        }
        return property.get();
    }

    private static String knownKeys() {
        StringJoiner keys = new StringJoiner(", ");
        for (ConnectionProperty property : values()) {
            keys.add(property.key);
        }
        return keys.toString();
    }

    private static List<String> freshnessNames() {
        List<String> names = new ArrayList<>();
        for (Freshness freshness : Freshness.values()) {
            names.add(freshness.wireName());
        }
        return names;
    }

    /** How a property's value is checked. */
    private enum ValueRule {
        TEXT,
        ROLE_LIST,
        CHOICE,
        SECONDS,
        TIME_ZONE;

        Optional<String> problem(ConnectionProperty property, String value) {
            return switch (this) {
                case TEXT -> Optional.empty();
                case ROLE_LIST -> roleList(value);
                case CHOICE -> property.allowedValues.contains(value)
                        ? Optional.empty()
                        : Optional.of("allowed values are " + String.join(", ", property.allowedValues));
                case SECONDS -> seconds(value);
                case TIME_ZONE -> timeZone(value);
            };
        }

        private static Optional<String> roleList(String value) {
            if (value.isEmpty()) {
                return Optional.empty();
            }
            for (String role : value.split(",", -1)) {
                if (role.isBlank()) {
                    return Optional.of("role ids are comma separated and none may be empty");
                }
            }
            return Optional.empty();
        }

        private static Optional<String> seconds(String value) {
            try {
                if (Integer.parseInt(value.trim()) >= 0) {
                    return Optional.empty();
                }
            } catch (NumberFormatException e) {
                // reported below, like a negative number
            }
            return Optional.of("expected a whole number of seconds, 0 or more");
        }

        private static Optional<String> timeZone(String value) {
            try {
                ZoneId.of(value.trim());
                return Optional.empty();
            } catch (DateTimeException e) {
                return Optional.of("not a time zone id or offset (" + e.getMessage() + ")");
            }
        }
    }
}
