package com.mkven.multidb.jdbc.config;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * Where a config file is: a file ({@code file:/etc/multidb/multidb.json}) or a class path resource
 * ({@code classpath:multidb.json}). Connections with equal locations share one engine, so {@link #key()} is
 * normalised: an absolute file path, a resource name without leading slash.
 */
public record ConfigLocation(Kind kind, String path) {
    /** The system property naming the config when the URL does not. */
    public static final String SYSTEM_PROPERTY = "multidb.config";
    /** The environment variable naming the config when neither the URL nor the system property does. */
    public static final String ENVIRONMENT_VARIABLE = "MULTIDB_CONFIG";
    /** The last resort. */
    public static final ConfigLocation DEFAULT = new ConfigLocation(Kind.CLASSPATH, "multidb.json");

    public enum Kind {
        FILE("file:"),
        CLASSPATH("classpath:");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    public ConfigLocation {
        requireNonNull(kind, "kind is null");
        requireNonNull(path, "path is null");
        if (path.isBlank()) {
            throw new IllegalArgumentException("a config location needs a path after " + kind.prefix);
        }
    }

    /**
     * {@code file:<path>} (also {@code file:///<path>}), {@code classpath:<resource>}, or a bare file path.
     *
     * @throws IllegalArgumentException when the path is empty or not a valid file path
     */
    public static ConfigLocation parse(String text) {
        requireNonNull(text, "text is null");
        if (text.startsWith(Kind.CLASSPATH.prefix)) {
            String resource = text.substring(Kind.CLASSPATH.prefix.length());
            return new ConfigLocation(Kind.CLASSPATH, resource.startsWith("/") ? resource.substring(1) : resource);
        }
        String file = text.startsWith(Kind.FILE.prefix) ? text.substring(Kind.FILE.prefix.length()) : text;
        if (file.startsWith("//")) {
            file = file.substring(2);
        }
        if (file.isBlank()) {
            throw new IllegalArgumentException("a config location needs a path after " + Kind.FILE.prefix);
        }
        try {
            return new ConfigLocation(Kind.FILE, Path.of(file).toAbsolutePath().normalize().toString());
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("not a valid file path: " + file, e);
        }
    }

    /** The system property {@value #SYSTEM_PROPERTY}, else the environment variable, else {@code classpath:multidb.json}. */
    public static ConfigLocation resolveDefault(Function<String, Optional<String>> systemProperties, Function<String, Optional<String>> environment) {
        Optional<String> named = systemProperties.apply(SYSTEM_PROPERTY).filter(value -> !value.isBlank());
        if (named.isEmpty()) {
            named = environment.apply(ENVIRONMENT_VARIABLE).filter(value -> !value.isBlank());
        }
        return named.map(ConfigLocation::parse).orElse(DEFAULT);
    }

    /** The text of the file or resource. */
    String read() throws IOException {
        return switch (kind) {
            case FILE -> readFile();
            case CLASSPATH -> readResource();
        };
    }

    private String readFile() throws IOException {
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new FileNotFoundException("file not found: " + path);
        }
    }

    private String readResource() throws IOException {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        ClassLoader loader = context != null ? context : ConfigLocation.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new FileNotFoundException("class path resource not found: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The identity of the location: equal keys share an engine. */
    public String key() {
        return kind.prefix + path;
    }

    @Override
    public String toString() {
        return key();
    }
}
