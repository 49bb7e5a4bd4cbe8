package com.mkven.multidb.error;

import static com.mkven.multidb.error.JsonText.compact;
import static com.mkven.multidb.error.JsonText.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidationExceptionTest {
    private static final ValidationIssue UNKNOWN_TABLE = new ValidationIssue(ValidationIssueCode.UNKNOWN_TABLE,
            "Table 'nonexistent' does not exist", ValidationIssueDetails.empty().withTable("nonexistent"));

    @Test
    void messageCountsSeveralIssues() {
        assertThat(SampleErrors.validation()).hasMessage("Validation failed: 4 errors");
    }

    @Test
    void messageCountsOneIssueInTheSingular() {
        assertThat(new ValidationException("nonexistent", List.of(UNKNOWN_TABLE)))
                .hasMessage("Validation failed: 1 error");
    }

    @Test
    void toJsonHasFromTableThenEveryIssue() {
        assertThat(write(SampleErrors.validation().toJson())).isEqualTo(compact("""
                {
                  "name": "ValidationError",
                  "code": "VALIDATION_FAILED",
                  "message": "Validation failed: 4 errors",
                  "fromTable": "orders",
                  "errors": [
                    {
                      "code": "UNKNOWN_COLUMN",
                      "message": "Column 'bad' does not exist on orders",
                      "details": {"table": "orders", "column": "bad"}
                    },
                    {
                      "code": "INVALID_FILTER",
                      "message": "Column filter compares decimal with string",
                      "details": {
                        "expected": "decimal",
                        "actual": "string",
                        "table": "orders",
                        "column": "total",
                        "operator": ">",
                        "refColumn": "name",
                        "refTable": "products",
                        "filterIndex": 2
                      }
                    },
                    {"code": "UNKNOWN_ROLE", "message": "Role 'ghost' is not loaded", "details": {"role": "ghost"}},
                    {
                      "code": "INVALID_AGGREGATION",
                      "message": "Alias 'status' clashes with a column",
                      "details": {"alias": "status"}
                    }
                  ]
                }"""));
    }

    @Test
    void filterIndexIsSetAfterTheFactWithoutTouchingTheRest() {
        ValidationIssue nested = new ValidationIssue(ValidationIssueCode.INVALID_VALUE, "Empty in-list",
                ValidationIssueDetails.empty().withTable("orders").withColumn("status").withOperator("in"));

        ValidationIssue reported = nested.withFilterIndex(3);

        assertThat(reported.details().filterIndex()).contains(3);
        assertThat(reported.details().withFilterIndex(0).filterIndex()).contains(0);
        assertThat(reported.details().table()).contains("orders");
        assertThat(reported.code()).isEqualTo(nested.code());
        assertThat(nested.details().filterIndex()).isEmpty();
    }

    @Test
    void negativeFilterIndexIsRefused() {
        assertThatThrownBy(() -> ValidationIssueDetails.empty().withFilterIndex(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("filterIndex must not be negative: -1");
    }

    @Test
    void withersSetOneFieldEach() {
        ValidationIssueDetails details = ValidationIssueDetails.empty().withExpected("int").withActual("string")
                .withTable("orders").withColumn("id").withRole("admin").withAlias("total").withOperator("=")
                .withRefColumn("userId").withRefTable("users").withFilterIndex(1);

        assertThat(details).isEqualTo(new ValidationIssueDetails(Optional.of("int"), Optional.of("string"),
                Optional.of("orders"), Optional.of("id"), Optional.of("admin"), Optional.of("total"),
                Optional.of("="), Optional.of("userId"), Optional.of("users"), Optional.of(1)));
    }

    @Test
    void emptyErrorsAreRefused() {
        assertThatThrownBy(() -> new ValidationException("orders", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("errors is empty: a valid query raises no ValidationException");
    }

    @Test
    void nullArgumentsAreRefusedByName() {
        assertThatThrownBy(() -> new ValidationException(null, List.of(UNKNOWN_TABLE)))
                .isInstanceOf(NullPointerException.class).hasMessage("fromTable is null");
        assertThatThrownBy(() -> new ValidationException("orders", null))
                .isInstanceOf(NullPointerException.class).hasMessage("errors is null");
        assertThatThrownBy(() -> new ValidationException("orders", Arrays.asList(UNKNOWN_TABLE, null)))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ValidationIssue(ValidationIssueCode.UNKNOWN_TABLE, "m", null))
                .isInstanceOf(NullPointerException.class).hasMessage("details is null");
        assertThatThrownBy(() -> ValidationIssueDetails.empty().withRefTable(null))
                .isInstanceOf(NullPointerException.class).hasMessage("refTable is null");
    }
}
