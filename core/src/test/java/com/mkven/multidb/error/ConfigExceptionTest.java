package com.mkven.multidb.error;

import static com.mkven.multidb.error.JsonText.compact;
import static com.mkven.multidb.error.JsonText.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigExceptionTest {
    private static final ConfigIssue DUPLICATE = new ConfigIssue(ConfigIssueCode.DUPLICATE_API_NAME,
            "Two tables share apiName 'orders'", ConfigIssueDetails.empty().withEntity("orders"));

    @Test
    void messageCountsSeveralIssues() {
        assertThat(SampleErrors.config()).hasMessage("Config invalid: 3 errors");
    }

    @Test
    void messageCountsOneIssueInTheSingular() {
        assertThat(new ConfigException(List.of(DUPLICATE))).hasMessage("Config invalid: 1 error");
    }

    @Test
    void toJsonListsEveryIssueWithOnlyThePresentDetails() {
        assertThat(write(SampleErrors.config().toJson())).isEqualTo(compact("""
                {
                  "name": "ConfigError",
                  "code": "CONFIG_INVALID",
                  "message": "Config invalid: 3 errors",
                  "errors": [
                    {
                      "code": "INVALID_API_NAME",
                      "message": "Table apiName 'Order_Items' is not camelCase",
                      "details": {
                        "entity": "order_items",
                        "field": "apiName",
                        "expected": "^[a-z][a-zA-Z0-9]*$",
                        "actual": "Order_Items"
                      }
                    },
                    {
                      "code": "INVALID_REFERENCE",
                      "message": "Table orders names unknown database pg-nope",
                      "details": {"entity": "orders", "field": "database", "database": "pg-nope"}
                    },
                    {
                      "code": "INVALID_CACHE",
                      "message": "Cache users-cache names unknown table",
                      "details": {"cacheId": "redis-main"}
                    }
                  ]
                }"""));
    }

    @Test
    void issueWithoutDetailsStillWritesAnEmptyDetailsObject() {
        ConfigIssue issue = new ConfigIssue(ConfigIssueCode.INVALID_SYNC, "Sync names a missing table",
                ConfigIssueDetails.empty());

        assertThat(write(new ConfigException(List.of(issue)).toJson().get("errors"))).isEqualTo(compact("""
                [{"code": "INVALID_SYNC", "message": "Sync names a missing table", "details": {}}]"""));
    }

    @Test
    void errorsAreCopied() {
        List<ConfigIssue> issues = new ArrayList<>(List.of(DUPLICATE));
        ConfigException error = new ConfigException(issues);
        issues.clear();

        assertThat(error.errors()).containsExactly(DUPLICATE);
        assertThatThrownBy(() -> error.errors().add(DUPLICATE)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void emptyErrorsAreRefused() {
        assertThatThrownBy(() -> new ConfigException(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("errors is empty: a valid config raises no ConfigException");
        assertThatThrownBy(() -> new ConfigException("Config invalid: 0 errors", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullArgumentsAreRefusedByName() {
        assertThatThrownBy(() -> new ConfigException(null))
                .isInstanceOf(NullPointerException.class).hasMessage("errors is null");
        assertThatThrownBy(() -> new ConfigException(null, List.of(DUPLICATE)))
                .isInstanceOf(NullPointerException.class).hasMessage("message is null");
        assertThatThrownBy(() -> new ConfigIssue(null, "m", ConfigIssueDetails.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("code is null");
        assertThatThrownBy(() -> new ConfigIssue(ConfigIssueCode.INVALID_SYNC, null, ConfigIssueDetails.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("message is null");
        assertThatThrownBy(() -> new ConfigIssue(ConfigIssueCode.INVALID_SYNC, "m", null))
                .isInstanceOf(NullPointerException.class).hasMessage("details is null");
        assertThatThrownBy(() -> ConfigIssueDetails.empty().withEntity(null))
                .isInstanceOf(NullPointerException.class).hasMessage("entity is null");
        assertThatThrownBy(() -> ConfigIssueDetails.empty().withCacheId(null))
                .isInstanceOf(NullPointerException.class).hasMessage("cacheId is null");
    }

    @Test
    void withersSetOneFieldEach() {
        ConfigIssueDetails details = ConfigIssueDetails.empty().withEntity("e").withField("f").withExpected("x")
                .withActual("a").withDatabase("d").withCacheId("c");

        assertThat(details).isEqualTo(new ConfigIssueDetails(Optional.of("e"), Optional.of("f"),
                Optional.of("x"), Optional.of("a"), Optional.of("d"),
                Optional.of("c")));
    }
}
