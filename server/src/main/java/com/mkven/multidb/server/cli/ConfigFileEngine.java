package com.mkven.multidb.server.cli;

import com.mkven.multidb.engine.MultiDb;
import com.mkven.multidb.engine.MultiDbBuilder;
import com.mkven.multidb.jdbc.config.BackendFactories;
import com.mkven.multidb.jdbc.config.ConfigFileReader;
import com.mkven.multidb.jdbc.config.ConfigLocation;
import com.mkven.multidb.jdbc.config.MultiDbConfigFile;
import com.mkven.multidb.spi.CacheProvider;
import com.mkven.multidb.spi.DbExecutor;
import com.mkven.multidb.spi.MetadataProvider;
import com.mkven.multidb.spi.RoleProvider;

import java.util.Map;
import java.util.Optional;

/**
 * The engine a config file describes, in the format the JDBC driver reads in embedded mode (jdbc.md "Config file"),
 * so one file serves both: metadata and roles from the file, executors and caches created by {@code type} through
 * the factories on the class path, {@code ${ENV}} values from the process environment.
 */
final class ConfigFileEngine {
    private ConfigFileEngine() {}

    /**
     * Builds and starts the engine; what was created before a failure is closed again.
     *
     * @throws com.mkven.multidb.jdbc.config.ConfigFileException when the file is missing, malformed or names an
     *         unknown executor type
     * @throws com.mkven.multidb.error.MultiDbException when the engine refuses the configuration or a backend is down
     */
    static MultiDb start(ConfigLocation location) {
        MultiDbConfigFile config = new ConfigFileReader(name -> Optional.ofNullable(System.getenv(name))).read(location);
        BackendFactories factories = BackendFactories.discover();
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
                    .metadataProvider(MetadataProvider.of(config.metadata()))
                    .roleProvider(RoleProvider.of(config.roles()))
                    .validateConnections(config.validateConnections().orElse(true));
            executors.forEach(builder::executor);
            caches.forEach(builder::cacheProvider);
            return builder.build();
        } catch (RuntimeException e) {
            BackendFactories.closeAll(executors, DbExecutor::close, e);
            BackendFactories.closeAll(caches, CacheProvider::close, e);
            throw e;
        }
    }
}
