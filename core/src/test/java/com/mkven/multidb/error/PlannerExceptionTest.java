package com.mkven.multidb.error;

import static com.mkven.multidb.error.JsonText.compact;
import static com.mkven.multidb.error.JsonText.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlannerExceptionTest {
    static Stream<Arguments> variants() {
        return Stream.of(
                Arguments.of("UNREACHABLE_TABLES", (Supplier<PlannerException>) SampleErrors::unreachableTables,
                        "Cannot plan query on orders: no database, replica or Trino path reaches tables orders, metrics",
                        """
                        {"code": "UNREACHABLE_TABLES", "tables": ["orders", "metrics"]}"""),
                Arguments.of("TRINO_DISABLED", (Supplier<PlannerException>) SampleErrors::trinoDisabled,
                        "Cannot plan query on orders: the query needs Trino federation, but Trino is disabled",
                        """
                        {"code": "TRINO_DISABLED"}"""),
                Arguments.of("NO_CATALOG", (Supplier<PlannerException>) SampleErrors::noCatalog,
                        "Cannot plan query on orders: Trino has no catalog for databases pg-tenant, ch-analytics",
                        """
                        {"code": "NO_CATALOG", "databases": ["pg-tenant", "ch-analytics"]}"""),
                Arguments.of("FRESHNESS_UNMET", (Supplier<PlannerException>) SampleErrors::freshnessUnmet,
                        "Cannot plan query on orders: freshness 'seconds' is required, but the freshest replica lags "
                                + "'minutes'",
                        """
                        {"code": "FRESHNESS_UNMET", "requiredFreshness": "seconds", "availableLag": "minutes"}"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void variantDecidesCodeMessageAndDetails(String code, Supplier<PlannerException> sample, String message,
            String details) {
        PlannerException error = sample.get();

        assertThat(error.code()).isEqualTo(code);
        assertThat(error).hasMessage(message);
        assertThat(write(error.toJson())).isEqualTo(compact("""
                {"name": "PlannerError", "code": "%s", "message": "%s", "fromTable": "orders", "details": %s}"""
                .formatted(code, message, details)));
    }

    @Test
    void emptyTableAndDatabaseListsAreRefused() {
        assertThatThrownBy(() -> new PlannerDetails.UnreachableTables(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("tables is empty");
        assertThatThrownBy(() -> new PlannerDetails.NoCatalog(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("databases is empty");
    }

    @Test
    void nullArgumentsAreRefusedByName() {
        assertThatThrownBy(() -> new PlannerException(null, new PlannerDetails.TrinoDisabled()))
                .isInstanceOf(NullPointerException.class).hasMessage("fromTable is null");
        assertThatThrownBy(() -> new PlannerException("orders", null))
                .isInstanceOf(NullPointerException.class).hasMessage("details is null");
        assertThatThrownBy(() -> new PlannerException(null, "orders", new PlannerDetails.TrinoDisabled()))
                .isInstanceOf(NullPointerException.class).hasMessage("message is null");
        assertThatThrownBy(() -> new PlannerDetails.UnreachableTables(null))
                .isInstanceOf(NullPointerException.class).hasMessage("tables is null");
        assertThatThrownBy(() -> new PlannerDetails.FreshnessUnmet("seconds", null))
                .isInstanceOf(NullPointerException.class).hasMessage("availableLag is null");
    }
}
