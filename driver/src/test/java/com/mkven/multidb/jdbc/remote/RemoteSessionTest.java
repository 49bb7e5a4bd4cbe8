package com.mkven.multidb.jdbc.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.mkven.multidb.engine.MetadataSnapshot;
import com.mkven.multidb.fixture.TestFixture;
import com.mkven.multidb.jdbc.ConnectionProperty;
import com.mkven.multidb.json.MultiDbJson;
import com.mkven.multidb.metadata.MetadataConfig;
import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.metadata.TableMeta;
import com.mkven.multidb.query.ContextRoles;
import com.mkven.multidb.query.ExecuteMode;
import com.mkven.multidb.query.ExecutionContext;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.spi.ExecutionOptions;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The remote session over a scripted transport: what it asks the server, with which limits, and what it makes of it. */
class RemoteSessionTest {
    private static final URI SERVER = URI.create("http://127.0.0.1:8080");
    private static final ExecutionContext TENANT = ExecutionContext.ofUserRoles("tenant-user");
    private static final String COUNT_RESULT = "{\"kind\":\"count\",\"count\":7,\"meta\":{\"strategy\":\"direct\","
            + "\"targetDatabase\":\"pg-main\",\"dialect\":\"postgres\",\"tablesUsed\":[],\"columns\":[],"
            + "\"timing\":{\"planningMs\":0.1,\"generationMs\":0.1,\"executionMs\":1.0}}}";
    private static final String HEALTH = "{\"healthy\":%s,\"executors\":{},\"cacheProviders\":{}}";
    private static final QueryDefinition COUNT_ORDERS = QueryDefinition.builder("orders").executeMode(ExecuteMode.COUNT).build();

    private final ScriptedTransport transport = new ScriptedTransport();

    private static MetadataView tenantView() {
        MetadataConfig fixture = TestFixture.metadata();
        MetadataSnapshot snapshot = new MetadataSnapshot(fixture, TestFixture.roles(), new MetadataIndex(fixture, TestFixture.roles()));
        return MetadataView.of(snapshot, TENANT);
    }

    private RemoteSession session(MetadataView view) {
        return new RemoteSession(MultiDbClient.builder(SERVER).transport(transport).build(), TENANT, view);
    }

    private static JsonNode body(HttpTransport.Request request) {
        return MultiDbJson.readTree(request.body().orElseThrow());
    }

    @Test
    void theViewHoldsOnlyWhatTheRolesSeeAndTheirOwnDefinitions() {
        MetadataView view = tenantView();

        assertThat(view.metadata().tables()).extracting(TableMeta::apiName).containsExactly("users", "orders", "products");
        assertThat(view.metadata().tables().get(1).columns()).extracting(column -> column.apiName())
                .containsExactly("id", "total", "status", "createdAt");
        assertThat(view.metadata().caches()).isEmpty();
        assertThat(view.metadata().externalSyncs()).isEmpty();
        assertThat(view.roles()).extracting(role -> role.id()).containsExactly("tenant-user");
        assertThat(view.context()).isEqualTo(TENANT);
        assertThat(MultiDbJson.read(MultiDbJson.write(view), MetadataView.class)).isEqualTo(view);
    }

    @Test
    void aStatementTimeoutGoesToTheServerAndTheAnswerIsAwaitedThatLongPlusGrace() {
        transport.answer(200, COUNT_RESULT);

        session(tenantView()).query(COUNT_ORDERS, TENANT, new ExecutionOptions(100, Optional.of(2_000L)));

        HttpTransport.Request request = transport.requests.get(0);
        assertThat(body(request).get("timeoutMs").asLong()).isEqualTo(2_000L);
        assertThat(request.timeout()).isEqualTo(Duration.ofMillis(2_000).plus(RemoteSession.ANSWER_GRACE));
    }

    @Test
    void aStatementWithoutTimeoutSendsNoneAndWaitsForTheAnswer() {
        transport.answer(200, COUNT_RESULT);

        session(tenantView()).query(COUNT_ORDERS, TENANT, ExecutionOptions.defaults());

        HttpTransport.Request request = transport.requests.get(0);
        assertThat(body(request).has("timeoutMs")).isFalse();
        assertThat(body(request)).isEqualTo(MultiDbJson.toTree(new QueryRequest(COUNT_ORDERS, TENANT)));
        assertThat(request.timeout()).isEqualTo(RemoteSession.NO_LIMIT);
    }

    @Test
    void reloadFetchesTheViewAgainAndGivesANewSnapshot() {
        transport.answer(200, MultiDbJson.write(tenantView()));
        RemoteSession session = session(tenantView());
        MetadataSnapshot before = session.snapshot();

        session.reload();

        assertThat(session.snapshot()).isNotSameAs(before);
        assertThat(session.snapshot().metadata()).isEqualTo(before.metadata());
        HttpTransport.Request request = transport.requests.get(0);
        assertThat(request.uri()).isEqualTo(URI.create("http://127.0.0.1:8080/metadata"));
        assertThat(body(request)).isEqualTo(MultiDbJson.readTree("{\"context\":{\"roles\":{\"user\":[\"tenant-user\"]}}}"));
    }

    @Test
    void theSnapshotStaysTheSameObjectUntilAReload() {
        RemoteSession session = session(tenantView());

        assertThat(session.snapshot()).isSameAs(session.snapshot());
    }

    @Test
    void theServersGrantAreTheDefaultRolesAndAViewWithoutRolesHasNone() {
        MetadataView empty = new MetadataView(new MetadataConfig(List.of(), List.of(), List.of(), List.of(), Optional.empty()), List.of(),
                new ExecutionContext(new ContextRoles(Optional.empty(), Optional.empty())));

        assertThat(session(tenantView()).defaultRoles()).contains(TENANT.roles());
        assertThat(session(empty).defaultRoles()).isEmpty();
    }

    @Test
    void isValidAsksHealthWithItsTimeoutAndAcceptsAnUnhealthyServer() {
        transport.answer(200, HEALTH.formatted(true)).answer(503, HEALTH.formatted(false));
        RemoteSession session = session(tenantView());

        assertThat(session.isValid(2)).isTrue();
        assertThat(session.isValid(0)).isTrue();
        assertThat(transport.requests.get(0).uri().getPath()).isEqualTo("/health");
        assertThat(transport.requests.get(0).timeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(transport.requests.get(1).timeout()).isEqualTo(MultiDbClientBuilder.DEFAULT_TIMEOUT);
    }

    @Test
    void isValidIsFalseWhenTheServerCannotBeReachedOrRefusesTheCaller() {
        transport.fail(new ConnectException("Connection refused"))
                .answer(401, "{\"name\":\"AuthenticationError\",\"code\":\"UNAUTHENTICATED\",\"message\":\"Invalid credentials\"}");
        RemoteSession session = session(tenantView());

        assertThat(session.isValid(1)).isFalse();
        assertThat(session.isValid(1)).isFalse();
    }

    @Test
    void tokenAndUserTogetherAreRefused() {
        assertThatThrownBy(() -> RemoteSession.client(SERVER, Map.of(ConnectionProperty.TOKEN, "t", ConnectionProperty.USER, "alice",
                ConnectionProperty.PASSWORD, "pw"), Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("08001"))
                .hasMessage("Give the connection properties user and password, or token, not both");
    }

    @Test
    void aUserWithoutPasswordIsRefusedAndSoIsAPasswordWithoutUser() {
        assertThatThrownBy(() -> RemoteSession.client(SERVER, Map.of(ConnectionProperty.USER, "alice"), Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("08001"))
                .hasMessage("The connection properties user and password go together: password is missing");
        assertThatThrownBy(() -> RemoteSession.client(SERVER, Map.of(ConnectionProperty.PASSWORD, "pw"), Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("08001"))
                .hasMessage("The connection properties user and password go together: user is missing");
    }

    @Test
    void aUserNameWithAColonIsRefusedWithoutEchoingThePassword() {
        assertThatThrownBy(() -> RemoteSession.client(SERVER, Map.of(ConnectionProperty.USER, "al:ice", ConnectionProperty.PASSWORD, "s3cret"),
                Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("08001"))
                .hasMessage("Cannot connect to the MultiDB server: a user name for HTTP Basic authentication cannot contain ':'")
                .hasMessageNotContaining("s3cret");
    }
}
