package com.mkven.multidb.jdbc.session;

import com.mkven.multidb.engine.MultiDb;
import com.mkven.multidb.engine.MultiDbBuilder;
import com.mkven.multidb.jdbc.config.BackendFactories;
import com.mkven.multidb.jdbc.config.ConfigFileReader;
import com.mkven.multidb.jdbc.config.ConfigLocation;
import com.mkven.multidb.jdbc.config.MultiDbConfigFile;
import com.mkven.multidb.query.ContextRoles;
import com.mkven.multidb.spi.CacheProvider;
import com.mkven.multidb.spi.DbExecutor;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static java.util.Objects.requireNonNull;

/**
 * The engine of one config location, shared by every connection opened with it (jdbc.md "Config file"). Executors
 * and caches are created once, at start; a reload re-reads the file for metadata, roles and {@code defaultRoles}.
 */
final class SharedEngine {
    private final ConfigLocation location;
    private final ConfigFileReader reader;
    private final MultiDb engine;
    /** The document the engine's providers load from: the one being started or reloaded. */
    private final AtomicReference<MultiDbConfigFile> loading;
    /** The document in force, once the engine accepted it. */
    private volatile MultiDbConfigFile current;
    /** Guarded by {@link SharedEngines}. */
    private int leases;

    private SharedEngine(ConfigLocation location, ConfigFileReader reader, MultiDb engine, AtomicReference<MultiDbConfigFile> loading) {
        this.location = location;
        this.reader = reader;
        this.engine = engine;
        this.loading = loading;
        this.current = loading.get();
    }

    /**
     * Reads the file, creates its executors and caches, and builds the engine (which validates the config and, unless
     * the file says otherwise, pings every backend).
     *
     * @throws com.mkven.multidb.jdbc.config.ConfigFileException when the file is missing or malformed
     * @throws com.mkven.multidb.error.MultiDbException when the engine refuses the configuration or a backend is down
     */
    static SharedEngine start(ConfigLocation location, ConfigFileReader reader, BackendFactories factories) {
        requireNonNull(location, "location is null");
        MultiDbConfigFile config = reader.read(location);
        AtomicReference<MultiDbConfigFile> loading = new AtomicReference<>(config);
        Map<String, DbExecutor> executors = factories.executors(location, config.executors());
        Map<String, CacheProvider> caches;
        try {
            caches = factories.caches(location, config.caches());
        } catch (RuntimeException e) {
            BackendFactories.closeAll(executors, DbExecutor::close, e);
            throw e;
        }
        try {
            MultiDbBuilder builder = MultiDb.builder()
                    .metadataProvider(() -> loading.get().metadata())
                    .roleProvider(() -> loading.get().roles())
                    .validateConnections(config.validateConnections().orElse(true));
            executors.forEach(builder::executor);
            caches.forEach(builder::cacheProvider);
            return new SharedEngine(location, reader, builder.build(), loading);
        } catch (RuntimeException e) {
            BackendFactories.closeAll(executors, DbExecutor::close, e);
            BackendFactories.closeAll(caches, CacheProvider::close, e);
            throw e;
        }
    }

    ConfigLocation location() {
        return location;
    }

    MultiDb engine() {
        return engine;
    }

    Optional<ContextRoles> defaultRoles() {
        return current.defaultRoles();
    }

    /**
     * Re-reads the file and reloads metadata and roles together, as one snapshot, so an edit changing both at once
     * loads. Executors and caches stay as they were started. A file that cannot be read or a configuration the engine
     * rejects leaves the previous one in force.
     */
    synchronized void reload() {
        MultiDbConfigFile fresh = reader.read(location);
        loading.set(fresh);
        engine.reload();
        current = fresh;
    }

    int acquire() {
        return ++leases;
    }

    int release() {
        return --leases;
    }

    void close() {
        engine.close();
    }
}
