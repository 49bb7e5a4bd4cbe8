package com.mkven.multidb.spi;

import com.mkven.multidb.json.MultiDbJson;
import com.mkven.multidb.metadata.MetadataConfig;

import java.nio.file.Path;

import static java.util.Objects.requireNonNull;

/**
 * Where metadata comes from. Metadata is always loaded through a provider, so that reload works
 * the same for every source; a provider may throw anything, which the engine reports as
 * {@code METADATA_LOAD_FAILED}.
 */
@FunctionalInterface
public interface MetadataProvider {
    MetadataConfig load() throws Exception;

    /** A fixed configuration (tests, simple applications): the spec's {@code staticMetadata}. */
    static MetadataProvider of(MetadataConfig config) {
        requireNonNull(config, "config is null");
        return () -> config;
    }

    /** A JSON file in the wire format, read anew on every load so that a reload sees edits. */
    static MetadataProvider fromJsonFile(Path file) {
        requireNonNull(file, "file is null");
        return () -> MultiDbJson.read(JsonSource.readFile(file), MetadataConfig.class);
    }

    /** A JSON resource on the class path, e.g. {@code /multidb/metadata.json}. */
    static MetadataProvider fromClasspath(String resource) {
        requireNonNull(resource, "resource is null");
        return () -> MultiDbJson.read(JsonSource.readResource(resource), MetadataConfig.class);
    }
}
