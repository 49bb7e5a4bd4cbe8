package com.mkven.multidb.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} for Spring, pools and application servers: a URL plus the connection properties as bean
 * setters ({@code roles}, {@code serviceRoles}, …), which win over the URL's query like {@link Properties} do.
 * Every connection goes through {@link MultiDbDriver}, so connections of equal config locations share one engine;
 * keep a pool (or one connection) open, or the engine starts and stops with every connection.
 */
public final class MultiDbDataSource implements DataSource {
    private final Map<ConnectionProperty, String> properties = new EnumMap<>(ConnectionProperty.class);
    private volatile String url;
    private volatile PrintWriter logWriter;
    private volatile int loginTimeoutSeconds;

    public MultiDbDataSource() {}

    public MultiDbDataSource(String url) {
        this.url = url;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connect(properties());
    }

    /** With {@code user} and {@code password} overriding the configured ones (remote mode authenticates with them). */
    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        Properties info = properties();
        put(info, ConnectionProperty.USER, user);
        put(info, ConnectionProperty.PASSWORD, password);
        return connect(info);
    }

    private Connection connect(Properties info) throws SQLException {
        String target = url;
        if (target == null) {
            throw SqlState.UNABLE_TO_CONNECT.exception("MultiDbDataSource has no url: set one such as jdbc:multidb:classpath:multidb.json");
        }
        Connection connection = MultiDbDriver.instance().connect(target, info);
        if (connection == null) {
            throw SqlState.UNABLE_TO_CONNECT.exception("Not a MultiDB URL (expected " + JdbcUrl.PREFIX + "…): " + target);
        }
        return connection;
    }

    private Properties properties() {
        Properties info = new Properties();
        synchronized (properties) {
            properties.forEach((property, value) -> info.setProperty(property.key(), value));
        }
        return info;
    }

    private static void put(Properties info, ConnectionProperty property, String value) {
        if (value == null) {
            info.remove(property.key());
        } else {
            info.setProperty(property.key(), value);
        }
    }

    /** Sets a connection property; {@code null} removes it (an omitted scope for the role properties). */
    public void setProperty(ConnectionProperty property, String value) {
        synchronized (properties) {
            if (value == null) {
                properties.remove(property);
            } else {
                properties.put(property, value);
            }
        }
    }

    public String getProperty(ConnectionProperty property) {
        synchronized (properties) {
            return properties.get(property);
        }
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getRoles() {
        return getProperty(ConnectionProperty.ROLES);
    }

    /** Comma separated; {@code ""} is an empty scope, {@code null} an omitted one. */
    public void setRoles(String roles) {
        setProperty(ConnectionProperty.ROLES, roles);
    }

    public String getServiceRoles() {
        return getProperty(ConnectionProperty.SERVICE_ROLES);
    }

    public void setServiceRoles(String serviceRoles) {
        setProperty(ConnectionProperty.SERVICE_ROLES, serviceRoles);
    }

    public String getFreshness() {
        return getProperty(ConnectionProperty.FRESHNESS);
    }

    public void setFreshness(String freshness) {
        setProperty(ConnectionProperty.FRESHNESS, freshness);
    }

    public String getDebug() {
        return getProperty(ConnectionProperty.DEBUG);
    }

    public void setDebug(String debug) {
        setProperty(ConnectionProperty.DEBUG, debug);
    }

    public String getUser() {
        return getProperty(ConnectionProperty.USER);
    }

    public void setUser(String user) {
        setProperty(ConnectionProperty.USER, user);
    }

    public void setPassword(String password) {
        setProperty(ConnectionProperty.PASSWORD, password);
    }

    /** A secret, like the password: there is no getter. */
    public void setToken(String token) {
        setProperty(ConnectionProperty.TOKEN, token);
    }

    public String getQueryTimeout() {
        return getProperty(ConnectionProperty.QUERY_TIMEOUT);
    }

    public void setQueryTimeout(String seconds) {
        setProperty(ConnectionProperty.QUERY_TIMEOUT, seconds);
    }

    public String getTimeZone() {
        return getProperty(ConnectionProperty.TIME_ZONE);
    }

    public void setTimeZone(String timeZone) {
        setProperty(ConnectionProperty.TIME_ZONE, timeZone);
    }

    /** JDBC: {@code null} when none is set. */
    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    /** Recorded only: embedded connections do not wait on a network. */
    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() {
        return MultiDbDriver.instance().getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return Wrappers.unwrap(this, type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return Wrappers.isWrapperFor(this, type);
    }
}
