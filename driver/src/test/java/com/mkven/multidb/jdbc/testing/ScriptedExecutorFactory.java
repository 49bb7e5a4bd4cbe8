package com.mkven.multidb.jdbc.testing;

import com.mkven.multidb.spi.BackendSettings;
import com.mkven.multidb.spi.DbExecutor;
import com.mkven.multidb.spi.DbExecutorFactory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Type {@code scripted}: executors whose rows a test scripts, found by the driver through {@code ServiceLoader} like
 * the real ones. Each executor is registered under its config {@code url}, so a test reaches the executor its config
 * file created; {@code pool.fail} makes creation fail with that message.
 */
public final class ScriptedExecutorFactory implements DbExecutorFactory {
    private static final Map<String, ScriptedExecutor> EXECUTORS = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> CREATED = new ConcurrentHashMap<>();

    @Override
    public String type() {
        return "scripted";
    }

    @Override
    public DbExecutor create(BackendSettings settings) {
        Object failure = settings.pool().get("fail");
        if (failure != null) {
            throw new IllegalArgumentException(failure.toString());
        }
        ScriptedExecutor executor = new ScriptedExecutor(settings);
        EXECUTORS.put(settings.url(), executor);
        CREATED.computeIfAbsent(settings.url(), url -> new AtomicInteger()).incrementAndGet();
        return executor;
    }

    /** The executor most recently created for {@code url}. */
    public static ScriptedExecutor executor(String url) {
        ScriptedExecutor executor = EXECUTORS.get(url);
        if (executor == null) {
            throw new IllegalStateException("no scripted executor was created for " + url);
        }
        return executor;
    }

    /** How many executors were created for {@code url}: one per engine start. */
    public static int created(String url) {
        AtomicInteger count = CREATED.get(url);
        return count == null ? 0 : count.get();
    }
}
