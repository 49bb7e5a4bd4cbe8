package com.mkven.multidb.jdbc;

import com.mkven.multidb.jdbc.config.ConfigLocation;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdbcUrlTest {
    @Test
    void acceptsOnlyMultiDbUrls() {
        assertThat(JdbcUrl.accepts("jdbc:multidb:classpath:multidb.json")).isTrue();
        assertThat(JdbcUrl.accepts("jdbc:multidb:")).isTrue();
        assertThat(JdbcUrl.accepts("jdbc:postgresql://localhost/db")).isFalse();
        assertThat(JdbcUrl.accepts("jdbc:multi:file:/x")).isFalse();
        assertThat(JdbcUrl.accepts(null)).isFalse();
    }

    @Test
    void fileUrlNamesAnAbsoluteNormalisedPath() throws SQLException {
        JdbcUrl url = JdbcUrl.parse("jdbc:multidb:file:/etc/multidb/../multidb/multidb.json?roles=admin");

        assertThat(url.config()).contains(new ConfigLocation(ConfigLocation.Kind.FILE, "/etc/multidb/multidb.json"));
        assertThat(url.server()).isEmpty();
        assertThat(url.properties()).containsExactly(Map.entry("roles", "admin"));
    }

    @Test
    void fileUrlWithThreeSlashesAndRelativePaths() throws SQLException {
        assertThat(JdbcUrl.parse("jdbc:multidb:file:///etc/multidb.json").config())
                .contains(new ConfigLocation(ConfigLocation.Kind.FILE, "/etc/multidb.json"));
        assertThat(JdbcUrl.parse("jdbc:multidb:file:conf/multidb.json").config())
                .contains(new ConfigLocation(ConfigLocation.Kind.FILE, Path.of("conf/multidb.json").toAbsolutePath().toString()));
    }

    @Test
    void classpathUrlWithBothRoleScopes() throws SQLException {
        JdbcUrl url = JdbcUrl.parse("jdbc:multidb:classpath:/multidb.json?roles=tenant-user&serviceRoles=orders-service");

        assertThat(url.config()).contains(new ConfigLocation(ConfigLocation.Kind.CLASSPATH, "multidb.json"));
        assertThat(url.properties()).containsExactly(Map.entry("roles", "tenant-user"), Map.entry("serviceRoles", "orders-service"));
    }

    @Test
    void bareUrlLeavesTheConfigToTheDefaultLookup() throws SQLException {
        JdbcUrl url = JdbcUrl.parse("jdbc:multidb:?roles=admin");

        assertThat(url.config()).isEmpty();
        assertThat(url.remote()).isFalse();
        assertThat(JdbcUrl.parse("jdbc:multidb:").properties()).isEmpty();
    }

    @Test
    void propertiesArePercentDecodedAndAPlusStaysAPlus() throws SQLException {
        JdbcUrl url = JdbcUrl.parse("jdbc:multidb:?roles=&timeZone=+02:00&user=j%C3%B6rg%20k");

        assertThat(url.properties()).containsExactly(Map.entry("roles", ""), Map.entry("timeZone", "+02:00"), Map.entry("user", "jörg k"));
    }

    @Test
    void remoteUrls() throws SQLException {
        assertThat(JdbcUrl.parse("jdbc:multidb://host:8080?roles=analytics-reader").server()).contains(URI.create("http://host:8080"));
        assertThat(JdbcUrl.parse("jdbc:multidb:https://host:8443").server()).contains(URI.create("https://host:8443"));
        assertThat(JdbcUrl.parse("jdbc:multidb:http://host").remote()).isTrue();
    }

    @Test
    void unknownTargetIsRefusedNamingTheForms() {
        assertThatThrownBy(() -> JdbcUrl.parse("jdbc:multidb:ftp:/x.json"))
                .isExactlyInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessage("Invalid MultiDB URL jdbc:multidb:ftp:/x.json: expected file:<path>, classpath:<resource>, ?<properties> "
                        + "(embedded mode) or //host:port, https://host:port (remote mode) after jdbc:multidb:")
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("08001");
    }

    @Test
    void emptyPathsAreRefused() {
        assertThatThrownBy(() -> JdbcUrl.parse("jdbc:multidb:file:?roles=admin"))
                .isExactlyInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessage("Invalid MultiDB URL jdbc:multidb:file:: a config location needs a path after file:");
        assertThatThrownBy(() -> JdbcUrl.parse("jdbc:multidb:classpath:"))
                .hasMessage("Invalid MultiDB URL jdbc:multidb:classpath:: a config location needs a path after classpath:");
    }

    @Test
    void remoteUrlWithoutHostIsRefused() {
        assertThatThrownBy(() -> JdbcUrl.parse("jdbc:multidb:https:///x"))
                .isExactlyInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessage("Invalid MultiDB URL jdbc:multidb:https:///x: remote mode needs a host, as in jdbc:multidb://host:8080");
    }

    @Test
    void malformedQueriesAreRefusedWithoutEchoingTheQuery() {
        assertThatThrownBy(() -> JdbcUrl.parse("jdbc:multidb:classpath:m.json?password=secret&debug"))
                .isExactlyInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessage("Invalid MultiDB URL jdbc:multidb:classpath:m.json: properties are key=value pairs separated by &, got 'debug'")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> JdbcUrl.parse("jdbc:multidb:classpath:m.json?roles=a&roles=b"))
                .hasMessage("Invalid MultiDB URL jdbc:multidb:classpath:m.json: property roles is given twice");
        assertThatThrownBy(() -> JdbcUrl.parse("jdbc:multidb:classpath:m.json?roles=%zz"))
                .hasMessage("Invalid MultiDB URL jdbc:multidb:classpath:m.json: bad percent-encoding in '%zz'");
    }

    @Test
    void aForeignUrlIsNotParsed() {
        assertThatThrownBy(() -> JdbcUrl.parse("jdbc:h2:mem:x"))
                .isExactlyInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessage("Invalid MultiDB URL jdbc:h2:mem:x: expected it to start with jdbc:multidb:");
    }

    @Test
    void defaultLocationComesFromTheSystemPropertyThenTheEnvironment() {
        assertThat(ConfigLocation.resolveDefault(name -> Optional.of("classpath:sys.json"), name -> Optional.of("/env.json")))
                .isEqualTo(new ConfigLocation(ConfigLocation.Kind.CLASSPATH, "sys.json"));
        assertThat(ConfigLocation.resolveDefault(name -> Optional.empty(), name -> Optional.of("/env.json")))
                .isEqualTo(new ConfigLocation(ConfigLocation.Kind.FILE, "/env.json"));
        assertThat(ConfigLocation.resolveDefault(name -> Optional.of(" "), name -> Optional.empty()))
                .isEqualTo(ConfigLocation.DEFAULT);
        assertThat(ConfigLocation.DEFAULT.key()).isEqualTo("classpath:multidb.json");
    }
}
