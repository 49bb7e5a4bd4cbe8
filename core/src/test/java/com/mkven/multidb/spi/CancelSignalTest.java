package com.mkven.multidb.spi;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CancelSignalTest {
    @Test
    void cancelRunsTheLatestActionOnce() {
        List<String> stopped = new ArrayList<>();
        CancelSignal signal = new CancelSignal();
        signal.onCancel(() -> stopped.add("statement"));
        signal.onCancel(() -> stopped.add("cursor"));

        signal.cancel();
        signal.cancel();

        assertThat(stopped).containsExactly("cursor");
        assertThat(signal.isCancelled()).isTrue();
    }

    @Test
    void anActionRegisteredAfterTheCancelRunsAtOnce() {
        List<String> stopped = new ArrayList<>();
        CancelSignal signal = new CancelSignal();
        signal.cancel();

        signal.onCancel(() -> stopped.add("statement"));

        assertThat(stopped).containsExactly("statement");
    }

    @Test
    void aSignalNobodyCancelsStaysQuiet() {
        List<String> stopped = new ArrayList<>();
        CancelSignal signal = new CancelSignal();

        signal.onCancel(() -> stopped.add("statement"));

        assertThat(stopped).isEmpty();
        assertThat(signal.isCancelled()).isFalse();
        assertThat(new ExecutionOptions(10, java.util.Optional.empty()).cancelSignal().isCancelled()).isFalse();
    }
}
