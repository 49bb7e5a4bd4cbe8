package com.mkven.multidb.error;

import static com.mkven.multidb.error.JsonText.compact;
import static com.mkven.multidb.error.JsonText.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CauseChainJsonTest {
    @Test
    void causeChainThreeDeepIsSerialisedRecursively() {
        SQLException database = new SQLException("password authentication failed", "28P01");
        IOException io = new IOException("cannot open metadata source", database);
        RuntimeException wrapper = new RuntimeException("provider crashed", io);

        ProviderException error = new ProviderException(ProviderKind.METADATA, wrapper);

        assertThat(write(error.toJson())).isEqualTo(compact("""
                {
                  "name": "ProviderError",
                  "code": "METADATA_LOAD_FAILED",
                  "message": "Metadata provider failed to load: provider crashed",
                  "details": {"provider": "metadata"},
                  "cause": {
                    "name": "RuntimeException",
                    "message": "provider crashed",
                    "cause": {
                      "name": "IOException",
                      "message": "cannot open metadata source",
                      "cause": {"name": "SQLException", "message": "password authentication failed", "code": "28P01"}
                    }
                  }
                }"""));
    }

    @Test
    void multiDbErrorInsideTheChainKeepsItsFullBody() {
        ValidationException validation = new ValidationException("orders", List.of(new ValidationIssue(
                ValidationIssueCode.UNKNOWN_ROLE, "Role 'ghost' is not loaded",
                ValidationIssueDetails.empty().withRole("ghost"))));
        MultiDbException error = new MultiDbException("REMOTE_FAILED", "remote call failed",
                Optional.of(new RuntimeException("wrapped", validation)));

        assertThat(write(error.toJson())).isEqualTo(compact("""
                {
                  "name": "MultiDbError",
                  "code": "REMOTE_FAILED",
                  "message": "remote call failed",
                  "cause": {
                    "name": "RuntimeException",
                    "message": "wrapped",
                    "cause": {
                      "name": "ValidationError",
                      "code": "VALIDATION_FAILED",
                      "message": "Validation failed: 1 error",
                      "fromTable": "orders",
                      "errors": [
                        {"code": "UNKNOWN_ROLE", "message": "Role 'ghost' is not loaded", "details": {"role": "ghost"}}
                      ]
                    }
                  }
                }"""));
    }

    @Test
    void causeWithoutMessageGetsAnEmptyMessage() {
        MultiDbException error = new MultiDbException("X", "boom", Optional.of(new IllegalStateException()));

        assertThat(write(error.toJson().get("cause"))).isEqualTo(compact("""
                {"name": "IllegalStateException", "message": ""}"""));
    }

    @Test
    void anonymousExceptionClassIsNamedByItsBinaryName() {
        RuntimeException anonymous = new RuntimeException("odd") {};

        MultiDbException error = new MultiDbException("X", "boom", Optional.of(anonymous));

        assertThat(error.toJson().get("cause").get("name").asText()).isEqualTo(anonymous.getClass().getName());
    }

    @Test
    void sqlExceptionWithoutSqlStateHasNoCode() {
        MultiDbException error = new MultiDbException("X", "boom", Optional.of(new SQLException("no state")));

        assertThat(error.toJson().get("cause").has("code")).isFalse();
    }

    @Test
    void loopingCauseChainStopsAtTheRepeat() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        MultiDbException error = new MultiDbException("X", "boom", Optional.of(first));

        assertThat(write(error.toJson())).isEqualTo(compact("""
                {
                  "name": "MultiDbError",
                  "code": "X",
                  "message": "boom",
                  "cause": {
                    "name": "RuntimeException",
                    "message": "first",
                    "cause": {
                      "name": "RuntimeException",
                      "message": "second",
                      "cause": {
                        "name": "CircularReference",
                        "message": "cause chain loops back to RuntimeException: first"
                      }
                    }
                  }
                }"""));
    }

    @Test
    void loopThroughQueryFailedDetailsStopsToo() {
        SQLException driverError = new SQLException("boom");
        QueryExecutionException error = new QueryExecutionException(
                new ExecutionDetails.QueryFailed("pg-main", "postgres", "SELECT 1", List.of()), driverError);
        driverError.initCause(error);

        assertThat(error.toJson().at("/details/cause/cause/name").asText()).isEqualTo("CircularReference");
        assertThat(error.toJson().at("/cause/cause/name").asText()).isEqualTo("CircularReference");
    }
}
