package com.mkven.multidb.jdbc.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mkven.multidb.error.InvalidJsonException;
import com.mkven.multidb.jdbc.testing.TestConfig;
import com.mkven.multidb.query.ContextRoles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigFileReaderTest {
    private static final Map<String, String> ENVIRONMENT = Map.of("PG_PASSWORD", "s3cret", "PG_HOST", "db.internal");

    @TempDir
    Path folder;

    private final ConfigFileReader reader = new ConfigFileReader(name -> Optional.ofNullable(ENVIRONMENT.get(name)));

    private ConfigLocation write(ObjectNode document) {
        return ConfigLocation.parse(TestConfig.write(folder, document).toString());
    }

    @Test
    void readsEverySection() {
        ObjectNode document = TestConfig.document("scripted:x");
        document.putObject("caches").putObject("redis-main").put("type", "redis").put("url", "redis://localhost:6379");
        document.putObject("defaultRoles").putArray("user").add("admin");
        document.put("validateConnections", false);
        ((ObjectNode) document.get("executors").get("pg-main")).put("user", "postgres").put("timeoutMs", 5000)
                .putObject("pool").put("maxSize", 4);

        MultiDbConfigFile config = reader.read(write(document));

        assertThat(config.metadata().tables()).hasSize(8);
        assertThat(config.roles()).hasSize(7);
        assertThat(config.executors()).containsOnlyKeys("pg-main", "pg-tenant");
        BackendEntry pgMain = config.executors().get("pg-main");
        assertThat(pgMain.settings("pg-main").user()).contains("postgres");
        assertThat(pgMain.timeoutMs()).contains(5000L);
        assertThat(pgMain.settings("pg-main").poolInt("maxSize", 10)).isEqualTo(4);
        assertThat(config.caches().get("redis-main").url()).isEqualTo("redis://localhost:6379");
        assertThat(config.defaultRoles()).contains(new ContextRoles(Optional.of(List.of("admin")), Optional.empty()));
        assertThat(config.validateConnections()).contains(false);
    }

    @Test
    void environmentVariablesAreSubstitutedInStringValues() {
        ObjectNode document = TestConfig.document("scripted:x");
        ((ObjectNode) document.get("executors").get("pg-main"))
                .put("url", "jdbc:postgresql://${PG_HOST}:${PG_PORT:-5432}/pg_main")
                .put("password", "${PG_PASSWORD}");

        BackendEntry pgMain = reader.read(write(document)).executors().get("pg-main");

        assertThat(pgMain.url()).isEqualTo("jdbc:postgresql://db.internal:5432/pg_main");
        assertThat(pgMain.password()).contains("s3cret");
        assertThat(pgMain.toString()).doesNotContain("s3cret");
    }

    @Test
    void aMissingVariableIsNamedWithItsPath() {
        ObjectNode document = TestConfig.document("scripted:x");
        ((ObjectNode) document.get("executors").get("pg-main")).put("password", "${PG_SECRET}");
        ConfigLocation location = write(document);

        assertThatThrownBy(() -> reader.read(location))
                .isExactlyInstanceOf(ConfigFileException.class)
                .hasMessage("Config file " + location + ": environment variable PG_SECRET is not set (referenced at $.executors.pg-main.password)");
    }

    @Test
    void aMalformedReferenceIsAnError() {
        ObjectNode document = TestConfig.document("scripted:x");
        ((ObjectNode) document.get("executors").get("pg-main")).put("url", "jdbc:postgresql://${PG HOST}/x");
        ConfigLocation location = write(document);

        assertThatThrownBy(() -> reader.read(location))
                .isExactlyInstanceOf(ConfigFileException.class)
                .hasMessage("Config file " + location + ": malformed ${...} reference at $.executors.pg-main.url: expected ${NAME} or ${NAME:-fallback}");
    }

    @Test
    void unknownFieldsAreRejectedWithTheirPath() {
        ObjectNode document = TestConfig.document("scripted:x");
        ((ObjectNode) document.get("executors").get("pg-main")).put("passwd", "x");
        ConfigLocation location = write(document);

        assertThatThrownBy(() -> reader.read(location))
                .isExactlyInstanceOf(ConfigFileException.class)
                .hasMessageStartingWith("Config file " + location + ": Invalid JSON at $.executors.pg-main.passwd:")
                .hasCauseExactlyInstanceOf(InvalidJsonException.class);
    }

    @Test
    void missingRequiredSections() {
        ObjectNode document = TestConfig.document("scripted:x");
        document.remove("roles");
        ConfigLocation location = write(document);

        assertThatThrownBy(() -> reader.read(location))
                .isExactlyInstanceOf(ConfigFileException.class)
                .hasMessageStartingWith("Config file " + location + ": Invalid JSON at $")
                .hasMessageContaining("roles");
    }

    @Test
    void wrongShapes() {
        ObjectNode document = TestConfig.document("scripted:x");
        document.put("executors", "pg-main");
        ConfigLocation location = write(document);

        assertThatThrownBy(() -> reader.read(location))
                .isExactlyInstanceOf(ConfigFileException.class)
                .hasMessageStartingWith("Config file " + location + ": Invalid JSON at $.executors:");
    }

    @Test
    void defaultRolesMustNameAScope() {
        ObjectNode document = TestConfig.document("scripted:x");
        document.putObject("defaultRoles");
        ConfigLocation location = write(document);

        assertThatThrownBy(() -> reader.read(location))
                .isExactlyInstanceOf(ConfigFileException.class)
                .hasMessageContaining("defaultRoles must name user or service roles");
    }

    @Test
    void notJsonAtAll() {
        ConfigLocation location = ConfigLocation.parse(TestConfig.write(folder, "metadata: {}").toString());

        assertThatThrownBy(() -> reader.read(location))
                .isExactlyInstanceOf(ConfigFileException.class)
                .hasMessageStartingWith("Config file " + location + ": Invalid JSON at $:");
    }

    @Test
    void missingFileAndResource() {
        ConfigLocation file = ConfigLocation.parse(folder.resolve("absent.json").toString());
        ConfigLocation resource = ConfigLocation.parse("classpath:absent/multidb.json");

        assertThatThrownBy(() -> reader.read(file))
                .isExactlyInstanceOf(ConfigFileException.class)
                .hasMessage("Config file file:" + folder.resolve("absent.json") + ": cannot read it: file not found: " + folder.resolve("absent.json"));
        assertThatThrownBy(() -> reader.read(resource))
                .isExactlyInstanceOf(ConfigFileException.class)
                .hasMessage("Config file classpath:absent/multidb.json: cannot read it: class path resource not found: absent/multidb.json");
    }

    @Test
    void classPathResourcesAreRead() {
        MultiDbConfigFile config = reader.read(ConfigLocation.parse("classpath:/multidb-test.json"));

        assertThat(config.defaultRoles()).isPresent();
    }
}
