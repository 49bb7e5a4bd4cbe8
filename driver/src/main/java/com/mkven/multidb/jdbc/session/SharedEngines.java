package com.mkven.multidb.jdbc.session;

import com.mkven.multidb.jdbc.config.BackendFactories;
import com.mkven.multidb.jdbc.config.ConfigFileReader;
import com.mkven.multidb.jdbc.config.ConfigLocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static java.util.Objects.requireNonNull;

/**
 * The engines of the JVM, one per config location, counted by the sessions holding them: the first connection to a
 * location starts its engine, the last one to close closes it, and a shutdown hook closes what is left at JVM exit.
 * Starting an engine happens under the registry's lock, so two connections racing to the same location get one
 * engine (and one set of pools).
 */
public final class SharedEngines {
    private static final SharedEngines SYSTEM = new SharedEngines(
            new ConfigFileReader(name -> Optional.ofNullable(System.getenv(name))), BackendFactories::discover);

    private final ConfigFileReader reader;
    private final Supplier<BackendFactories> factories;
    private final Map<String, SharedEngine> engines = new HashMap<>();
    private boolean shutdownHookAdded;

    SharedEngines(ConfigFileReader reader, Supplier<BackendFactories> factories) {
        this.reader = requireNonNull(reader, "reader is null");
        this.factories = requireNonNull(factories, "factories is null");
    }

    /** The registry the driver uses, reading {@code ${ENV}} from the process environment. */
    public static SharedEngines system() {
        return SYSTEM;
    }

    /**
     * A session on the engine of {@code location}, starting it when no connection holds it.
     *
     * @throws com.mkven.multidb.jdbc.config.ConfigFileException when the file is missing or malformed
     * @throws com.mkven.multidb.error.MultiDbException when the engine refuses the configuration or a backend is down
     */
    public synchronized EngineSession open(ConfigLocation location) {
        requireNonNull(location, "location is null");
        SharedEngine engine = engines.get(location.key());
        if (engine == null) {
            engine = SharedEngine.start(location, reader, factories.get());
            engines.put(location.key(), engine);
            addShutdownHook();
        }
        engine.acquire();
        return new EmbeddedSession(this, engine);
    }

    /** Whether an engine for this location is running. */
    public synchronized boolean isRunning(ConfigLocation location) {
        return engines.containsKey(location.key());
    }

    synchronized void release(SharedEngine engine) {
        if (engine.release() == 0) {
            engines.remove(engine.location().key());
            engine.close();
        }
    }

    private void addShutdownHook() {
        if (!shutdownHookAdded) {
            Runtime.getRuntime().addShutdownHook(new Thread(this::closeAll, "multidb-engines-shutdown"));
            shutdownHookAdded = true;
        }
    }

    /** Closes every engine still open, e.g. of connections an application never closed. */
    private void closeAll() {
        List<SharedEngine> open;
        synchronized (this) {
            open = new ArrayList<>(engines.values());
            engines.clear();
        }
        for (SharedEngine engine : open) {
            try {
                engine.close();
            } catch (RuntimeException e) {
                // the JVM is exiting: nobody is left to tell, and the other engines must still close
            }
        }
    }
}
