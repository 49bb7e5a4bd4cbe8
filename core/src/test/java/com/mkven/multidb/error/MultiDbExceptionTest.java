package com.mkven.multidb.error;

import static com.mkven.multidb.error.JsonText.compact;
import static com.mkven.multidb.error.JsonText.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MultiDbExceptionTest {
    @Test
    void unknownCodeSerialisesAsMultiDbError() {
        MultiDbException error = new MultiDbException("QUOTA_EXCEEDED", "Too many queries");

        assertThat(error.errorName()).isEqualTo("MultiDbError");
        assertThat(error.code()).isEqualTo("QUOTA_EXCEEDED");
        assertThat(error.errorCode()).isEmpty();
        assertThat(error.httpStatus()).isEqualTo(500);
        assertThat(write(error.toJson())).isEqualTo(compact("""
                {"name": "MultiDbError", "code": "QUOTA_EXCEEDED", "message": "Too many queries"}"""));
    }

    @Test
    void typedSubclassesReportTheirCodeAndStatus() {
        PlannerException error = SampleErrors.noCatalog();

        assertThat(error.code()).isEqualTo("NO_CATALOG");
        assertThat(error.errorCode()).contains(ErrorCode.NO_CATALOG);
        assertThat(error.httpStatus()).isEqualTo(422);
    }

    @Test
    void knownCodeNeedsItsTypedSubclass() {
        assertThatThrownBy(() -> new MultiDbException("QUERY_FAILED", "boom"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Code QUERY_FAILED belongs to ExecutionError; "
                        + "throw the matching MultiDbException subclass with its details");
    }

    @Test
    void blankCodeIsRefused() {
        assertThatThrownBy(() -> new MultiDbException(" ", "boom"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("code is blank");
    }

    @Test
    void nullArgumentsAreRefusedByName() {
        assertThatThrownBy(() -> new MultiDbException(null, "boom"))
                .isInstanceOf(NullPointerException.class).hasMessage("code is null");
        assertThatThrownBy(() -> new MultiDbException("X", null))
                .isInstanceOf(NullPointerException.class).hasMessage("message is null");
        assertThatThrownBy(() -> new MultiDbException("X", "boom", null))
                .isInstanceOf(NullPointerException.class).hasMessage("cause is null");
    }

    @Test
    void causeIsFixedAtConstruction() {
        MultiDbException error = new MultiDbException("X", "boom");

        assertThatThrownBy(() -> error.initCause(new RuntimeException("late")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(error.toJson().has("cause")).isFalse();
    }

    @Test
    void causeIsTheJavaCause() {
        RuntimeException cause = new RuntimeException("root");

        assertThat(new MultiDbException("X", "boom", Optional.of(cause))).hasCause(cause);
    }
}
