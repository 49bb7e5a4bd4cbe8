package com.mkven.multidb.jdbc.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.mkven.multidb.error.InvalidJsonException;
import com.mkven.multidb.json.MultiDbJson;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * Reads a config file: the text, then the JSON tree, {@code ${ENV}} substitution, then the strict binding to
 * {@link MultiDbConfigFile} (unknown fields, wrong types and missing required fields are errors with their path).
 */
public final class ConfigFileReader {
    private final EnvironmentSubstitution substitution;

    /** @param environment looks up environment variables; {@code name -> Optional.ofNullable(System.getenv(name))} in production */
    public ConfigFileReader(Function<String, Optional<String>> environment) {
        this.substitution = new EnvironmentSubstitution(requireNonNull(environment, "environment is null"));
    }

    /** @throws ConfigFileException naming the location and what is wrong */
    public MultiDbConfigFile read(ConfigLocation location) {
        requireNonNull(location, "location is null");
        String text;
        try {
            text = location.read();
        } catch (IOException e) {
            throw new ConfigFileException(location, "cannot read it: " + e.getMessage(), e);
        }
        try {
            JsonNode tree = MultiDbJson.readTree(text);
            substitution.apply(tree, "$");
            return MultiDbJson.read(tree, MultiDbConfigFile.class);
        } catch (InvalidJsonException e) {
            throw new ConfigFileException(location, e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ConfigFileException(location, e.getMessage(), e);
        }
    }
}
