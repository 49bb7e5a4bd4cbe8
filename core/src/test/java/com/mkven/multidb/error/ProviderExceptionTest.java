package com.mkven.multidb.error;

import static com.mkven.multidb.error.JsonText.compact;
import static com.mkven.multidb.error.JsonText.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProviderExceptionTest {
    @Test
    void metadataProviderFailureNamesTheProviderAndKeepsTheCause() {
        ProviderException error = SampleErrors.metadataLoadFailed();

        assertThat(error.provider()).isEqualTo(ProviderKind.METADATA);
        assertThat(error).hasCauseInstanceOf(IOException.class);
        assertThat(write(error.toJson())).isEqualTo(compact("""
                {
                  "name": "ProviderError",
                  "code": "METADATA_LOAD_FAILED",
                  "message": "Metadata provider failed to load: metadata.json not found",
                  "details": {"provider": "metadata"},
                  "cause": {"name": "IOException", "message": "metadata.json not found"}
                }"""));
    }

    @Test
    void roleProviderFailureHasItsOwnCode() {
        ProviderException error = SampleErrors.roleLoadFailed();

        assertThat(write(error.toJson())).isEqualTo(compact("""
                {
                  "name": "ProviderError",
                  "code": "ROLE_LOAD_FAILED",
                  "message": "Role provider failed to load: roles endpoint answered 500",
                  "details": {"provider": "role"},
                  "cause": {"name": "IllegalStateException", "message": "roles endpoint answered 500"}
                }"""));
    }

    @Test
    void causeWithoutMessageGivesTheBareSummary() {
        assertThat(new ProviderException(ProviderKind.ROLE, new IOException()))
                .hasMessage("Role provider failed to load");
    }

    @Test
    void nullArgumentsAreRefusedByName() {
        assertThatThrownBy(() -> new ProviderException(null, new IOException()))
                .isInstanceOf(NullPointerException.class).hasMessage("provider is null");
        assertThatThrownBy(() -> new ProviderException(ProviderKind.ROLE, null))
                .isInstanceOf(NullPointerException.class).hasMessage("cause is null");
        assertThatThrownBy(() -> new ProviderException("m", ProviderKind.ROLE, null))
                .isInstanceOf(NullPointerException.class).hasMessage("cause is null");
    }

    @Test
    void rebuiltWithoutCauseHasNoCauseField() {
        assertThat(new ProviderException("gone", ProviderKind.METADATA, Optional.empty()).toJson().has("cause"))
                .isFalse();
    }
}
