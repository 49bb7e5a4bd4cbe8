package com.mkven.multidb.jdbc;

import com.mkven.multidb.query.Freshness;
import org.junit.jupiter.api.Test;

import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectionPropertyTest {
    private static Properties properties(String... keyValues) {
        Properties properties = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            properties.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return properties;
    }

    private static ConnectionSettings settings(Map<String, String> fromUrl, Properties info) throws SQLException {
        return ConnectionSettings.of(ConnectionProperty.resolve(fromUrl, info));
    }

    @Test
    void defaultsWhenNothingIsGiven() throws SQLException {
        ConnectionSettings settings = settings(Map.of(), new Properties());

        assertThat(settings.roles().user()).isEmpty();
        assertThat(settings.roles().service()).isEmpty();
        assertThat(settings.freshness()).isEmpty();
        assertThat(settings.debug()).isFalse();
        assertThat(settings.queryTimeoutSeconds()).isZero();
        assertThat(settings.timeZone()).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void propertiesWinOverTheUrl() throws SQLException {
        ConnectionSettings settings = settings(Map.of("roles", "admin", "freshness", "hours"),
                properties("roles", "tenant-user, regional-manager", "timeZone", "+02:00"));

        assertThat(settings.roles().user()).contains(List.of("tenant-user", "regional-manager"));
        assertThat(settings.freshness()).contains(Freshness.HOURS);
        assertThat(settings.timeZone()).isEqualTo(ZoneOffset.ofHours(2));
    }

    @Test
    void anEmptyRoleListIsAnEmptyScopeNotAnOmittedOne() throws SQLException {
        ConnectionSettings settings = settings(Map.of("roles", "", "serviceRoles", "orders-service"), new Properties());

        assertThat(settings.roles().user()).contains(List.of());
        assertThat(settings.roles().service()).contains(List.of("orders-service"));
    }

    @Test
    void everyValueIsParsed() throws SQLException {
        ConnectionSettings settings = settings(Map.of("debug", "true", "queryTimeout", "30", "user", "ann", "password", "pw",
                "timeZone", "Europe/Berlin"), new Properties());

        assertThat(settings.debug()).isTrue();
        assertThat(settings.queryTimeoutSeconds()).isEqualTo(30);
        assertThat(settings.user()).contains("ann");
        assertThat(settings.password()).contains("pw");
        assertThat(settings.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void unknownPropertyInTheUrlListsTheKnownOnes() {
        assertThatThrownBy(() -> ConnectionProperty.resolve(Map.of("role", "admin"), new Properties()))
                .isExactlyInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessage("Unknown connection property 'role' in the URL; known properties: "
                        + "roles, serviceRoles, freshness, debug, user, password, token, queryTimeout, timeZone")
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("08001");
    }

    @Test
    void unknownPropertyInThePropertiesIsRefusedToo() {
        assertThatThrownBy(() -> ConnectionProperty.resolve(Map.of(), properties("fetchSize", "10")))
                .isExactlyInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessageStartingWith("Unknown connection property 'fetchSize' in the connection properties; known properties: roles,");
    }

    @Test
    void badFreshnessNamesTheAllowedValues() {
        assertThatThrownBy(() -> ConnectionProperty.resolve(Map.of("freshness", "daily"), new Properties()))
                .isExactlyInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessage("Invalid value 'daily' for connection property freshness: allowed values are realtime, seconds, minutes, hours");
    }

    @Test
    void badDebugNamesTheAllowedValues() {
        assertThatThrownBy(() -> ConnectionProperty.resolve(Map.of("debug", "yes"), new Properties()))
                .hasMessage("Invalid value 'yes' for connection property debug: allowed values are true, false");
    }

    @Test
    void nonNumericOrNegativeQueryTimeout() {
        assertThatThrownBy(() -> ConnectionProperty.resolve(Map.of("queryTimeout", "ten"), new Properties()))
                .isExactlyInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessage("Invalid value 'ten' for connection property queryTimeout: expected a whole number of seconds, 0 or more");
        assertThatThrownBy(() -> ConnectionProperty.resolve(Map.of("queryTimeout", "-1"), new Properties()))
                .hasMessage("Invalid value '-1' for connection property queryTimeout: expected a whole number of seconds, 0 or more");
    }

    @Test
    void badTimeZone() {
        assertThatThrownBy(() -> ConnectionProperty.resolve(Map.of("timeZone", "Mars/Olympus"), new Properties()))
                .isExactlyInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessageStartingWith("Invalid value 'Mars/Olympus' for connection property timeZone: not a time zone id or offset (");
    }

    @Test
    void emptyRoleIdsInAList() {
        assertThatThrownBy(() -> ConnectionProperty.resolve(Map.of("roles", "admin,,tenant-user"), new Properties()))
                .hasMessage("Invalid value 'admin,,tenant-user' for connection property roles: role ids are comma separated and none may be empty");
    }

    @Test
    void propertyInfoDescribesEveryPropertyWithTheGivenValues() {
        DriverPropertyInfo[] infos = ConnectionProperty.describe(Map.of("roles", "admin"));

        assertThat(infos).extracting(info -> info.name)
                .containsExactly("roles", "serviceRoles", "freshness", "debug", "user", "password", "token", "queryTimeout", "timeZone");
        assertThat(infos[0].value).isEqualTo("admin");
        assertThat(infos[0].required).isFalse();
        assertThat(infos[0].description).startsWith("User-scope role ids, comma separated.");
        assertThat(infos[1].value).isNull();
        assertThat(infos[2].choices).containsExactly("realtime", "seconds", "minutes", "hours");
        assertThat(infos[3].value).isEqualTo("false");
        assertThat(infos[3].choices).containsExactly("true", "false");
        assertThat(infos[7].value).isEqualTo("0");
        assertThat(infos[8].value).isEqualTo("UTC");
        assertThat(infos[8].choices).isNull();
    }

    @Test
    void keysAreLookedUpExactly() {
        assertThat(ConnectionProperty.fromKey("serviceRoles")).contains(ConnectionProperty.SERVICE_ROLES);
        assertThat(ConnectionProperty.fromKey("ServiceRoles")).isEqualTo(Optional.empty());
    }
}
