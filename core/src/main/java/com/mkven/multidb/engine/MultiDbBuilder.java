package com.mkven.multidb.engine;

import com.mkven.multidb.metadata.CacheMeta;
import com.mkven.multidb.metadata.DatabaseMeta;
import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.plan.DatabaseRoute;
import com.mkven.multidb.result.DialectName;
import com.mkven.multidb.spi.CacheProvider;
import com.mkven.multidb.spi.DbExecutor;
import com.mkven.multidb.spi.MetadataProvider;
import com.mkven.multidb.spi.RoleProvider;
import com.mkven.multidb.spi.SqlDialect;

import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

import static java.util.Objects.requireNonNull;

/**
 * Assembles a {@link MultiDb}. {@link #build()} runs the start-up sequence of metadata.md §10:
 * load both providers ({@code ProviderException}), validate ({@code ConfigException}), index,
 * then ping every executor and cache provider ({@code ConnectionException} listing all that
 * failed) unless {@link #validateConnections(boolean)} is off. Dialects are found with
 * {@link ServiceLoader} unless registered here.
 */
public final class MultiDbBuilder {
    private MetadataProvider metadataProvider;
    private RoleProvider roleProvider;
    private final Map<String, DbExecutor> executors = new LinkedHashMap<>();
    private final Map<String, CacheProvider> cacheProviders = new LinkedHashMap<>();
    private final Map<DialectName, SqlDialect> dialects = new EnumMap<>(DialectName.class);
    private boolean validateConnections = true;
    private Clock clock = Clock.systemUTC();

    MultiDbBuilder() {}

    public MultiDbBuilder metadataProvider(MetadataProvider metadataProvider) {
        this.metadataProvider = requireNonNull(metadataProvider, "metadataProvider is null");
        return this;
    }

    public MultiDbBuilder roleProvider(RoleProvider roleProvider) {
        this.roleProvider = requireNonNull(roleProvider, "roleProvider is null");
        return this;
    }

    /** @param key a {@code DatabaseMeta.id}, or {@code trino} for the federation layer (and Iceberg) */
    public MultiDbBuilder executor(String key, DbExecutor executor) {
        executors.put(requireNonNull(key, "key is null"), requireNonNull(executor, "executor is null"));
        return this;
    }

    /** @param cacheId a {@code CacheMeta.id} */
    public MultiDbBuilder cacheProvider(String cacheId, CacheProvider cacheProvider) {
        cacheProviders.put(requireNonNull(cacheId, "cacheId is null"), requireNonNull(cacheProvider, "cacheProvider is null"));
        return this;
    }

    /** Uses this dialect instead of the one found on the class path. */
    public MultiDbBuilder dialect(SqlDialect dialect) {
        dialects.put(requireNonNull(dialect, "dialect is null").name(), dialect);
        return this;
    }

    /** Default {@code true}: ping everything at start; {@code false} defers problems to {@link MultiDb#healthCheck()}. */
    public MultiDbBuilder validateConnections(boolean validateConnections) {
        this.validateConnections = validateConnections;
        return this;
    }

    /** The clock that stamps debug-log entries. */
    public MultiDbBuilder clock(Clock clock) {
        this.clock = requireNonNull(clock, "clock is null");
        return this;
    }

    public MultiDb build() {
        if (metadataProvider == null || roleProvider == null) {
            throw new IllegalStateException("a metadata provider and a role provider are required");
        }
        MetadataRegistry registry = MetadataRegistry.load(metadataProvider, roleProvider);
        Backends backends = new Backends(executors, cacheProviders, key -> engineOf(key, registry.snapshot().index()));
        if (validateConnections) {
            backends.verifyConnections();
        }
        Map<DialectName, SqlDialect> available = new EnumMap<>(DialectName.class);
        ServiceLoader.load(SqlDialect.class, MultiDbBuilder.class.getClassLoader()).forEach(dialect -> available.put(dialect.name(), dialect));
        available.putAll(dialects);
        return new MultiDb(registry, backends, new QueryPreparer(available, clock));
    }

    private static Optional<String> engineOf(String key, MetadataIndex index) {
        if (DatabaseRoute.TRINO_EXECUTOR.equals(key)) {
            return Optional.of("trino");
        }
        Optional<DatabaseMeta> database = index.database(key);
        if (database.isPresent()) {
            return Optional.of(database.get().engine().wireName());
        }
        for (CacheMeta cache : index.config().caches()) {
            if (cache.id().equals(key)) {
                return Optional.of(cache.engine().wireName());
            }
        }
        return Optional.empty();
    }
}
