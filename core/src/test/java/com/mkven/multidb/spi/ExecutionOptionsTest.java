package com.mkven.multidb.spi;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExecutionOptionsTest {
    @Test
    void theSmallerLimitWinsAndEitherAloneApplies() {
        assertThat(new ExecutionOptions(10, Optional.of(500L)).effectiveTimeoutMs(Optional.of(100L))).contains(100L);
        assertThat(new ExecutionOptions(10, Optional.of(50L)).effectiveTimeoutMs(Optional.of(100L))).contains(50L);
        assertThat(new ExecutionOptions(10, Optional.empty()).effectiveTimeoutMs(Optional.of(100L))).contains(100L);
        assertThat(new ExecutionOptions(10, Optional.of(70L)).effectiveTimeoutMs(Optional.empty())).contains(70L);
        assertThat(ExecutionOptions.defaults().effectiveTimeoutMs(Optional.empty())).isEmpty();
    }

    @Test
    void nonPositiveValuesAreRefused() {
        assertThatThrownBy(() -> new ExecutionOptions(0, Optional.empty())).hasMessageContaining("fetchSize must be positive: 0");
        assertThatThrownBy(() -> new ExecutionOptions(10, Optional.of(0L))).hasMessageContaining("timeoutMs must be positive: 0");
    }
}
