package com.mkven.multidb.error;

import static com.mkven.multidb.error.JsonText.compact;
import static com.mkven.multidb.error.JsonText.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectionExceptionTest {
    @Test
    void connectionFailedNamesEveryProviderAndSerialisesTheirCauses() {
        ConnectionException error = SampleErrors.connectionFailed();

        assertThat(error.code()).isEqualTo("CONNECTION_FAILED");
        assertThat(error).hasMessage("Connection failed: pg-tenant (executor), redis-main (cache), custom (executor)");
        assertThat(write(error.toJson())).isEqualTo(compact("""
                {
                  "name": "ConnectionError",
                  "code": "CONNECTION_FAILED",
                  "message": "Connection failed: pg-tenant (executor), redis-main (cache), custom (executor)",
                  "details": {
                    "unreachable": [
                      {
                        "id": "pg-tenant",
                        "type": "executor",
                        "engine": "postgres",
                        "cause": {"name": "ConnectException", "message": "Connection refused"}
                      },
                      {"id": "redis-main", "type": "cache", "engine": "redis"},
                      {"id": "custom", "type": "executor"}
                    ]
                  }
                }"""));
    }

    @Test
    void networkErrorKeepsTheUrlAndTheOriginalErrorAsCause() {
        ConnectionException error = SampleErrors.networkError();

        assertThat(error).hasMessage("Network error calling http://localhost:8080/query: Connection refused")
                .hasCauseInstanceOf(ConnectException.class);
        assertThat(write(error.toJson())).isEqualTo(compact("""
                {
                  "name": "ConnectionError",
                  "code": "NETWORK_ERROR",
                  "message": "Network error calling http://localhost:8080/query: Connection refused",
                  "details": {"url": "http://localhost:8080/query"},
                  "cause": {"name": "ConnectException", "message": "Connection refused"}
                }"""));
    }

    @Test
    void networkErrorWithoutCauseMessageEndsAtTheUrl() {
        assertThat(ConnectionException.networkError("http://h/query", new ConnectException()))
                .hasMessage("Network error calling http://h/query");
    }

    @Test
    void requestTimeoutKeepsUrlAndTimeout() {
        ConnectionException error = SampleErrors.requestTimeout();

        assertThat(error).hasMessage("Request to http://localhost:8080/query timed out after 30000 ms");
        assertThat(write(error.toJson())).isEqualTo(compact("""
                {
                  "name": "ConnectionError",
                  "code": "REQUEST_TIMEOUT",
                  "message": "Request to http://localhost:8080/query timed out after 30000 ms",
                  "details": {"url": "http://localhost:8080/query", "timeoutMs": 30000}
                }"""));
    }

    @Test
    void networkFailureWithoutUrlWritesEmptyDetails() {
        ConnectionException error = new ConnectionException(ErrorCode.NETWORK_ERROR, "offline",
                new ConnectionDetails.NetworkFailure(Optional.empty(), Optional.empty()), Optional.empty());

        assertThat(write(error.toJson().get("details"))).isEqualTo("{}");
    }

    @Test
    void codeMustMatchTheDetailsVariant() {
        ConnectionDetails unreachable = SampleErrors.connectionFailed().details();

        assertThatThrownBy(() -> new ConnectionException(ErrorCode.NETWORK_ERROR, "m", unreachable, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Code NETWORK_ERROR does not go with Unreachable details; expected one of "
                        + "[CONNECTION_FAILED]");
        assertThatThrownBy(() -> new ConnectionException(ErrorCode.QUERY_FAILED, "m",
                new ConnectionDetails.NetworkFailure(Optional.empty(), Optional.empty()), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Code QUERY_FAILED does not go with NetworkFailure details");
    }

    @Test
    void emptyUnreachableListIsRefused() {
        assertThatThrownBy(() -> ConnectionException.connectionFailed(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unreachable is empty: name at least one failed provider");
    }

    @Test
    void negativeTimeoutIsRefused() {
        assertThatThrownBy(() -> ConnectionException.requestTimeout("http://h/query", -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("timeoutMs must not be negative: -1");
    }

    @Test
    void nullArgumentsAreRefusedByName() {
        assertThatThrownBy(() -> ConnectionException.networkError(null, new ConnectException()))
                .isInstanceOf(NullPointerException.class).hasMessage("url is null");
        assertThatThrownBy(() -> ConnectionException.networkError("http://h", null))
                .isInstanceOf(NullPointerException.class).hasMessage("cause is null");
        assertThatThrownBy(() -> ConnectionException.requestTimeout(null, 1))
                .isInstanceOf(NullPointerException.class).hasMessage("url is null");
        assertThatThrownBy(() -> ConnectionException.connectionFailed(null))
                .isInstanceOf(NullPointerException.class).hasMessage("unreachable is null");
        assertThatThrownBy(() -> new ConnectionException(ErrorCode.NETWORK_ERROR, "m", null, Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("details is null");
        assertThatThrownBy(() -> new ConnectionException(null, "m",
                new ConnectionDetails.NetworkFailure(Optional.empty(), Optional.empty()), Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("code is null");
        assertThatThrownBy(() -> new UnreachableProvider(null, BackendKind.CACHE, Optional.empty(), Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("id is null");
        assertThatThrownBy(() -> new UnreachableProvider("r", null, Optional.empty(), Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("type is null");
        assertThatThrownBy(() -> new ConnectionDetails.NetworkFailure(null, Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("url is null");
    }
}
