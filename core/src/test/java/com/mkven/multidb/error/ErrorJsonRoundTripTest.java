package com.mkven.multidb.error;

import static com.mkven.multidb.error.JsonText.parse;
import static com.mkven.multidb.error.JsonText.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorJsonRoundTripTest {
    static Stream<MultiDbException> everyErrorType() {
        return SampleErrors.all().stream();
    }

    @ParameterizedTest(name = "#132 error serialisation loses nothing through JSON text: {0}")
    @MethodSource("everyErrorType")
    void textRoundTripKeepsClassAndBody(MultiDbException error) {
        String text = write(error.toJson());

        MultiDbException rebuilt = MultiDbException.fromJson(parse(text));

        assertThat(rebuilt).isExactlyInstanceOf(error.getClass());
        assertThat(rebuilt.code()).isEqualTo(error.code());
        assertThat(rebuilt).hasMessage(error.getMessage());
        assertThat(write(rebuilt.toJson())).isEqualTo(text);
    }

    @ParameterizedTest(name = "fromJson(e.toJson()).toJson() equals e.toJson(): {0}")
    @MethodSource("everyErrorType")
    void treeRoundTripIsTheIdentity(MultiDbException error) {
        assertThat(MultiDbException.fromJson(error.toJson()).toJson()).isEqualTo(error.toJson());
    }

    @Test
    @DisplayName("#132 every error type's body is plain JSON starting with name, code and message")
    void everyBodyIsPlainJson() {
        for (MultiDbException error : SampleErrors.all()) {
            ObjectNode body = error.toJson();
            assertThat(body.fieldNames()).toIterable().startsWith("name", "code", "message");
            assertOnlyPlainJsonValues(body);
        }
    }

    /** No POJO or binary nodes: only what JSON text can carry, so the text form holds everything. */
    private static void assertOnlyPlainJsonValues(JsonNode node) {
        assertThat(node.getNodeType()).isIn(JsonNodeType.OBJECT, JsonNodeType.ARRAY, JsonNodeType.STRING,
                JsonNodeType.NUMBER, JsonNodeType.BOOLEAN, JsonNodeType.NULL);
        for (JsonNode child : node) {
            assertOnlyPlainJsonValues(child);
        }
    }

    @Test
    void rebuiltDetailsAreTyped() {
        QueryExecutionException rebuilt = (QueryExecutionException) MultiDbException.fromJson(
                parse(write(SampleErrors.queryFailed().toJson())));

        ExecutionDetails.QueryFailed details = (ExecutionDetails.QueryFailed) rebuilt.details();
        assertThat(details.database()).isEqualTo("pg-main");
        assertThat(details.dialect()).isEqualTo("postgres");
        // Numbers come back as the JSON reader produced them; decimals keep every digit and their scale.
        assertThat(details.params()).containsExactly(new BigDecimal("100.50"), List.of(1, 2), "active", null, true,
                7, "7f1d3c4e-8b2a-4c6d-9e0f-1a2b3c4d5e6f", "2024-02-29", "2024-01-15T10:30:00Z",
                new BigDecimal("2.5"));
    }

    @Test
    void foreignCausesComeBackAsRemoteCausesWithNameMessageAndCode() {
        MultiDbException rebuilt = MultiDbException.fromJson(parse(write(SampleErrors.queryFailed().toJson())));

        assertThat(rebuilt.getCause()).isInstanceOf(RemoteCause.class);
        RemoteCause driverError = (RemoteCause) rebuilt.getCause();
        assertThat(driverError.remoteName()).isEqualTo("SQLException");
        assertThat(driverError.remoteCode()).contains("42P01");
        assertThat(driverError).hasMessage("relation \"orders\" does not exist");
        assertThat(driverError.getStackTrace()).isEmpty();
        assertThat(driverError).hasToString("remote SQLException [42P01]: relation \"orders\" does not exist");
        RemoteCause socket = (RemoteCause) driverError.getCause();
        assertThat(socket.remoteName()).isEqualTo("IllegalStateException");
        assertThat(socket.remoteCode()).isEmpty();
        assertThat(socket).hasToString("remote IllegalStateException: socket closed").hasNoCause();
    }

    @Test
    void unreachableProviderCausesAreRebuilt() {
        ConnectionException rebuilt = (ConnectionException) MultiDbException.fromJson(
                SampleErrors.connectionFailed().toJson());

        ConnectionDetails.Unreachable details = (ConnectionDetails.Unreachable) rebuilt.details();
        assertThat(details.unreachable()).extracting(UnreachableProvider::id)
                .containsExactly("pg-tenant", "redis-main", "custom");
        assertThat(details.unreachable().get(0).cause()).get().isInstanceOf(RemoteCause.class)
                .hasFieldOrPropertyWithValue("remoteName", "ConnectException");
    }

    @Test
    void unknownCodeGivesThePlainErrorWithATypedCause() {
        MultiDbException rebuilt = MultiDbException.fromJson(parse("""
                {
                  "name": "QuotaError",
                  "code": "QUOTA_EXCEEDED",
                  "message": "Too many queries",
                  "retryAfter": 30,
                  "cause": {
                    "name": "PlannerError",
                    "code": "TRINO_DISABLED",
                    "message": "Trino is off",
                    "fromTable": "orders",
                    "details": {"code": "TRINO_DISABLED"}
                  }
                }"""));

        assertThat(rebuilt).isExactlyInstanceOf(MultiDbException.class).hasMessage("Too many queries");
        assertThat(rebuilt.code()).isEqualTo("QUOTA_EXCEEDED");
        assertThat(rebuilt.errorCode()).isEmpty();
        assertThat(rebuilt.getCause()).isInstanceOf(PlannerException.class).hasMessage("Trino is off");
    }

    @Test
    void causeCallingItselfMultiDbErrorIsRebuiltAsMultiDbException() {
        MultiDbException rebuilt = MultiDbException.fromJson(parse("""
                {
                  "code": "QUOTA_EXCEEDED", "message": "outer",
                  "cause": {"name": "MultiDbError", "code": "RATE_LIMITED", "message": "inner"}
                }"""));

        assertThat(rebuilt.getCause()).isExactlyInstanceOf(MultiDbException.class);
        assertThat(((MultiDbException) rebuilt.getCause()).code()).isEqualTo("RATE_LIMITED");
    }

    @Test
    void queryFailedBodyWithTheDriverErrorOnlyInDetailsKeepsIt() {
        QueryExecutionException rebuilt = (QueryExecutionException) MultiDbException.fromJson(parse("""
                {
                  "name": "ExecutionError", "code": "QUERY_FAILED", "message": "Query failed",
                  "details": {
                    "code": "QUERY_FAILED", "database": "pg-main", "dialect": "postgres", "sql": "SELECT 1",
                    "params": [], "cause": {"name": "PSQLException", "message": "boom", "code": "57P01"}
                  }
                }"""));

        assertThat(rebuilt.getCause()).isInstanceOf(RemoteCause.class).hasMessage("boom");
        assertThat(rebuilt.toJson().at("/details/cause/code").asText()).isEqualTo("57P01");
        assertThat(rebuilt.toJson().at("/cause/code").asText()).isEqualTo("57P01");
    }

    @Test
    void causeWithoutNameOrMessageIsAnError() {
        MultiDbException rebuilt = MultiDbException.fromJson(parse("""
                {"code": "X", "message": "outer", "cause": {}}"""));

        assertThat(rebuilt.getCause()).isInstanceOf(RemoteCause.class).hasMessage("");
        assertThat(((RemoteCause) rebuilt.getCause()).remoteName()).isEqualTo("Error");
    }

    @Test
    void nullFieldsCountAsAbsent() {
        ValidationException rebuilt = (ValidationException) MultiDbException.fromJson(parse("""
                {
                  "code": "VALIDATION_FAILED", "message": "Validation failed: 1 error", "fromTable": "orders",
                  "errors": [{"code": "UNKNOWN_TABLE", "message": "m", "details": {"table": null}}],
                  "cause": null
                }"""));

        assertThat(rebuilt.errors().get(0).details()).isEqualTo(ValidationIssueDetails.empty());
        assertThat(rebuilt).hasNoCause();
    }

    @Test
    void paramsRebuiltFromJsonKeepNestedObjects() {
        QueryExecutionException rebuilt = (QueryExecutionException) MultiDbException.fromJson(parse("""
                {
                  "code": "QUERY_FAILED", "message": "m",
                  "details": {"database": "d", "dialect": "trino", "sql": "s", "params": [{"k": [1, null]}]}
                }"""));

        assertThat(((ExecutionDetails.QueryFailed) rebuilt.details()).params())
                .containsExactly(Map.of("k", Arrays.asList(1, null)));
    }
}
