package com.mkven.multidb.jdbc;

import com.mkven.multidb.jdbc.config.ConfigFileException;
import com.mkven.multidb.jdbc.config.ConfigLocation;
import com.mkven.multidb.jdbc.remote.RemoteSession;
import com.mkven.multidb.jdbc.session.EngineSession;
import com.mkven.multidb.jdbc.session.SharedEngines;
import com.mkven.multidb.jdbc.sql.SqlTranslator;
import com.mkven.multidb.query.ContextRoles;
import com.mkven.multidb.query.ExecutionContext;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The {@code jdbc:multidb:} driver (jdbc.md), registered through {@code META-INF/services/java.sql.Driver}.
 *
 * <ul>
 *   <li>{@code jdbc:multidb:file:/etc/multidb/multidb.json?roles=admin} and
 *       {@code jdbc:multidb:classpath:multidb.json?roles=…&serviceRoles=…} run the engine in this JVM, one shared
 *       engine per config location;</li>
 *   <li>{@code jdbc:multidb:?roles=…} takes the config from the system property {@code multidb.config}, else the
 *       environment variable {@code MULTIDB_CONFIG}, else {@code classpath:multidb.json};</li>
 *   <li>{@code jdbc:multidb://host:port} and {@code jdbc:multidb:https://host:port} run the engine in a MultiDB
 *       server, reached over its HTTP API ({@link RemoteSession}).</li>
 * </ul>
 * Properties come from the URL query and from {@link Properties}, which win; {@link ConnectionProperty} lists them.
 */
public final class MultiDbDriver implements Driver {
    /** Parsing depends on the text only, so every connection of the JVM shares the parse caches. */
    private static final JsonStatementCache JSON_STATEMENTS = new JsonStatementCache(JsonStatementCache.DEFAULT_CAPACITY);
    private static final SqlTranslator SQL_TRANSLATOR = new SqlTranslator();
    private static final MultiDbDriver INSTANCE = new MultiDbDriver(SharedEngines.system(), JSON_STATEMENTS, SQL_TRANSLATOR);

    static {
        try {
            DriverManager.registerDriver(INSTANCE);
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final SharedEngines engines;
    private final JsonStatementCache jsonStatements;
    private final SqlTranslator sqlTranslator;

    /** For {@link java.util.ServiceLoader}; connections of every instance share the engines of the JVM. */
    public MultiDbDriver() {
        this(SharedEngines.system(), JSON_STATEMENTS, SQL_TRANSLATOR);
    }

    MultiDbDriver(SharedEngines engines, JsonStatementCache jsonStatements, SqlTranslator sqlTranslator) {
        this.engines = engines;
        this.jsonStatements = jsonStatements;
        this.sqlTranslator = sqlTranslator;
    }

    /** The instance registered with {@link DriverManager}. */
    static MultiDbDriver instance() {
        return INSTANCE;
    }

    /**
     * @return {@code null} for a URL of another driver, as {@link DriverManager} expects
     * @throws SQLException {@code 08001} for a bad URL, property, config file or unreachable database, {@code 28000}
     *         for missing or unknown roles or credentials the server refuses
     */
    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        JdbcUrl parsed = JdbcUrl.parse(url);
        Map<ConnectionProperty, String> values = ConnectionProperty.resolve(parsed.properties(), info == null ? new Properties() : info);
        ConnectionSettings settings = ConnectionSettings.of(values);
        EngineSession session = parsed.remote()
                ? RemoteSession.open(parsed.server().orElseThrow(), values, settings.roles())
                : open(parsed.config().orElseGet(() -> ConfigLocation.resolveDefault(
                        name -> Optional.ofNullable(System.getProperty(name)), name -> Optional.ofNullable(System.getenv(name)))));
        try {
            ContextRoles roles = ConnectionRoles.choose(settings.roles(), session.defaultRoles(), session.snapshot());
            return new MultiDbConnection(url, settings, session, new ExecutionContext(roles), jsonStatements, sqlTranslator);
        } catch (SQLException | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    private EngineSession open(ConfigLocation location) throws SQLException {
        try {
            return engines.open(location);
        } catch (ConfigFileException e) {
            throw SqlState.UNABLE_TO_CONNECT.exception(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw EngineErrors.translate(e, false);
        }
    }

    @Override
    public boolean acceptsURL(String url) {
        return JdbcUrl.accepts(url);
    }

    /** Every property with its description, allowed values and the value given so far; never fails on a bad URL. */
    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        Map<String, String> given = new LinkedHashMap<>();
        try {
            given.putAll(JdbcUrl.parse(url).properties());
        } catch (SQLException e) {
            // a URL still being typed in a connection dialog: describe the properties without its values
        }
        if (info != null) {
            info.forEach((key, value) -> given.put(String.valueOf(key), String.valueOf(value)));
        }
        return ConnectionProperty.describe(given);
    }

    @Override
    public int getMajorVersion() {
        return DriverVersion.MAJOR;
    }

    @Override
    public int getMinorVersion() {
        return DriverVersion.MINOR;
    }

    /** A read-only driver speaking a SQL subset cannot be JDBC compliant (which needs SQL-92 entry level). */
    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getLogger("com.mkven.multidb.jdbc");
    }
}
