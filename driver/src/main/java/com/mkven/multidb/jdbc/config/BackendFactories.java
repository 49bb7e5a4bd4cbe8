package com.mkven.multidb.jdbc.config;

import com.mkven.multidb.spi.BackendSettings;
import com.mkven.multidb.spi.CacheProvider;
import com.mkven.multidb.spi.CacheProviderFactory;
import com.mkven.multidb.spi.DbExecutor;
import com.mkven.multidb.spi.DbExecutorFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import static java.util.Objects.requireNonNull;

/**
 * Creates the executors and cache providers of a config file by {@code type}, through the factories that the
 * executor jars on the class path register with {@link ServiceLoader} — so an application ships only the jars its
 * config uses. What one entry fails to create closes everything created before it.
 */
public final class BackendFactories {
    private final Map<String, DbExecutorFactory> executorFactories;
    private final Map<String, CacheProviderFactory> cacheFactories;

    private BackendFactories(Map<String, DbExecutorFactory> executorFactories, Map<String, CacheProviderFactory> cacheFactories) {
        this.executorFactories = executorFactories;
        this.cacheFactories = cacheFactories;
    }

    /** The factories visible to the thread's context class loader, else to the driver's. */
    public static BackendFactories discover() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        ClassLoader loader = context != null ? context : BackendFactories.class.getClassLoader();
        Map<String, DbExecutorFactory> executors = new TreeMap<>();
        ServiceLoader.load(DbExecutorFactory.class, loader).forEach(factory -> executors.putIfAbsent(factory.type(), factory));
        Map<String, CacheProviderFactory> caches = new TreeMap<>();
        ServiceLoader.load(CacheProviderFactory.class, loader).forEach(factory -> caches.putIfAbsent(factory.type(), factory));
        return new BackendFactories(executors, caches);
    }

    /** @throws ConfigFileException for an unknown type (listing the available ones) or settings a factory rejects */
    public Map<String, DbExecutor> executors(ConfigLocation location, Map<String, BackendEntry> entries) {
        return create(location, "executors", entries, executorFactories, DbExecutorFactory::create, DbExecutor::close);
    }

    /** @throws ConfigFileException like {@link #executors} */
    public Map<String, CacheProvider> caches(ConfigLocation location, Map<String, BackendEntry> entries) {
        return create(location, "caches", entries, cacheFactories, CacheProviderFactory::create, CacheProvider::close);
    }

    private static <F, B> Map<String, B> create(ConfigLocation location, String section, Map<String, BackendEntry> entries,
            Map<String, F> factories, BiFunction<F, BackendSettings, B> creator, Consumer<B> closer) {
        requireNonNull(location, "location is null");
        Map<String, B> created = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, BackendEntry> entry : entries.entrySet()) {
                String path = "$.%s.%s".formatted(section, entry.getKey());
                BackendEntry backend = entry.getValue();
                F factory = factories.get(backend.type());
                if (factory == null) {
                    throw new ConfigFileException(location, "%s.type: unknown type '%s'; %s".formatted(path, backend.type(), available(section, factories)));
                }
                try {
                    created.put(entry.getKey(), creator.apply(factory, backend.settings(entry.getKey())));
                } catch (IllegalArgumentException e) {
                    throw new ConfigFileException(location, "%s: %s".formatted(path, e.getMessage()), e);
                }
            }
            return created;
        } catch (RuntimeException e) {
            closeAll(created, closer, e);
            throw e;
        }
    }

    /** Closes each, attaching failures to the error being reported. */
    public static <B> void closeAll(Map<String, B> backends, Consumer<B> closer, Throwable reported) {
        for (B backend : backends.values()) {
            try {
                closer.accept(backend);
            } catch (RuntimeException e) {
                reported.addSuppressed(e);
            }
        }
    }

    private static String available(String section, Map<String, ?> factories) {
        if (factories.isEmpty()) {
            return "no %s types are available: add the jar of the %s you need (e.g. multidb-executor-postgres) to the class path"
                    .formatted(section, section.equals("caches") ? "cache" : "executor");
        }
        return "available types: " + String.join(", ", factories.keySet());
    }
}
