package com.mkven.multidb.error;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * {@code ConfigError} / {@code CONFIG_INVALID}: the metadata (and roles) failed validation. Every issue found is in
 * {@link #errors()}; the message only counts them ("Config invalid: 3 errors").
 */
public final class ConfigException extends MultiDbException {
    private final List<ConfigIssue> errors;

    public ConfigException(List<ConfigIssue> errors) {
        this(summary(errors), errors);
    }

    /** With the message given, as when the error is rebuilt from a server's answer. */
    public ConfigException(String message, List<ConfigIssue> errors) {
        super(ErrorCode.CONFIG_INVALID, message, Optional.empty());
        this.errors = nonEmptyCopy(errors);
    }

    private static String summary(List<ConfigIssue> errors) {
        return "Config invalid: " + Plural.count(nonEmptyCopy(errors).size(), "error");
    }

    private static List<ConfigIssue> nonEmptyCopy(List<ConfigIssue> errors) {
        List<ConfigIssue> copy = List.copyOf(requireNonNull(errors, "errors is null"));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("errors is empty: a valid config raises no ConfigException");
        }
        return copy;
    }

    public List<ConfigIssue> errors() {
        return errors;
    }

    @Override
    public String errorName() {
        return ErrorCategory.CONFIG.errorName();
    }

    @Override
    void writeOwnFields(ObjectNode json, ThrowableJson throwables) {
        ArrayNode array = json.putArray("errors");
        for (ConfigIssue issue : errors) {
            array.add(issue.toJson());
        }
    }
}
