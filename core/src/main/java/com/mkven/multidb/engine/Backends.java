package com.mkven.multidb.engine;

import com.mkven.multidb.error.BackendKind;
import com.mkven.multidb.error.ConnectionException;
import com.mkven.multidb.error.ExecutionDetails;
import com.mkven.multidb.error.QueryExecutionException;
import com.mkven.multidb.error.UnreachableProvider;
import com.mkven.multidb.result.HealthCheckResult;
import com.mkven.multidb.result.ProviderHealth;
import com.mkven.multidb.spi.CacheProvider;
import com.mkven.multidb.spi.DbExecutor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * The executors and cache providers of one engine, by registration key, and their lifecycle:
 * start-up pings, health checks and close (runtime.md §6–§7). After {@link #close()} every
 * lookup fails as if nothing were registered (decisions.md §17).
 */
final class Backends {
    private final Map<String, DbExecutor> executors;
    private final Map<String, CacheProvider> caches;
    private final Function<String, Optional<String>> engineOfKey;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * @param engineOfKey the engine name reported for a key in connection errors ({@code postgres}, {@code redis}, …)
     */
    Backends(Map<String, DbExecutor> executors, Map<String, CacheProvider> caches, Function<String, Optional<String>> engineOfKey) {
        this.executors = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(executors, "executors is null")));
        this.caches = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(caches, "caches is null")));
        this.engineOfKey = requireNonNull(engineOfKey, "engineOfKey is null");
    }

    DbExecutor executor(String key) {
        DbExecutor executor = closed.get() ? null : executors.get(key);
        if (executor == null) {
            throw new QueryExecutionException(new ExecutionDetails.ExecutorMissing(key));
        }
        return executor;
    }

    CacheProvider cache(String cacheId) {
        CacheProvider cache = closed.get() ? null : caches.get(cacheId);
        if (cache == null) {
            throw new QueryExecutionException(new ExecutionDetails.CacheProviderMissing(cacheId));
        }
        return cache;
    }

    /** Pings everything; one {@code CONNECTION_FAILED} listing every unreachable backend. */
    void verifyConnections() {
        List<UnreachableProvider> unreachable = new ArrayList<>();
        forEach((key, kind, action) -> {
            try {
                action.ping().run();
            } catch (RuntimeException e) {
                unreachable.add(new UnreachableProvider(key, kind, engineOfKey.apply(key), Optional.of(e)));
            }
        });
        if (!unreachable.isEmpty()) {
            throw ConnectionException.connectionFailed(unreachable);
        }
    }

    /** Pings every backend concurrently; failures are reported, never thrown. */
    HealthCheckResult healthCheck() {
        Map<String, CompletableFuture<ProviderHealth>> executorChecks = new LinkedHashMap<>();
        Map<String, CompletableFuture<ProviderHealth>> cacheChecks = new LinkedHashMap<>();
        if (!closed.get()) {
            executors.forEach((key, executor) -> executorChecks.put(key, CompletableFuture.supplyAsync(() -> timedPing(executor::ping))));
            caches.forEach((key, cache) -> cacheChecks.put(key, CompletableFuture.supplyAsync(() -> timedPing(cache::ping))));
        }
        Map<String, ProviderHealth> executorHealth = join(executorChecks);
        Map<String, ProviderHealth> cacheHealth = join(cacheChecks);
        boolean healthy = executorHealth.values().stream().allMatch(ProviderHealth::healthy)
                && cacheHealth.values().stream().allMatch(ProviderHealth::healthy);
        return new HealthCheckResult(healthy, executorHealth, cacheHealth);
    }

    /**
     * Closes every backend, attempting all of them even when some fail; the failures come back
     * as one {@code CONNECTION_FAILED}. A second call does nothing.
     */
    void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        List<UnreachableProvider> failures = new ArrayList<>();
        forEach((key, kind, action) -> {
            try {
                action.close().run();
            } catch (RuntimeException e) {
                failures.add(new UnreachableProvider(key, kind, engineOfKey.apply(key), Optional.of(e)));
            }
        });
        if (!failures.isEmpty()) {
            throw ConnectionException.connectionFailed(failures);
        }
    }

    boolean isClosed() {
        return closed.get();
    }

    private void forEach(BackendAction action) {
        executors.forEach((key, executor) -> action.apply(key, BackendKind.EXECUTOR, new Lifecycle(executor::ping, executor::close)));
        caches.forEach((key, cache) -> action.apply(key, BackendKind.CACHE, new Lifecycle(cache::ping, cache::close)));
    }

    private static ProviderHealth timedPing(Runnable ping) {
        long start = System.nanoTime();
        try {
            ping.run();
            return new ProviderHealth(true, elapsedMs(start), Optional.empty());
        } catch (RuntimeException e) {
            return new ProviderHealth(false, elapsedMs(start), Optional.of(String.valueOf(e.getMessage())));
        }
    }

    private static Map<String, ProviderHealth> join(Map<String, CompletableFuture<ProviderHealth>> checks) {
        Map<String, ProviderHealth> results = new LinkedHashMap<>();
        checks.forEach((key, check) -> results.put(key, check.join()));
        return results;
    }

    static double elapsedMs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000.0;
    }

    private record Lifecycle(Runnable ping, Runnable close) {
    }

    @FunctionalInterface
    private interface BackendAction {
        void apply(String key, BackendKind kind, Lifecycle lifecycle);
    }
}
