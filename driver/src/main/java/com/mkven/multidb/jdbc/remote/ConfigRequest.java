package com.mkven.multidb.jdbc.remote;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.mkven.multidb.metadata.MetadataConfig;
import com.mkven.multidb.metadata.RoleMeta;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** The body of {@code POST /validate/config}: {@code { metadata, roles }}. */
public record ConfigRequest(
        @JsonProperty(required = true) MetadataConfig metadata,
        @JsonProperty(required = true) List<RoleMeta> roles) {
    public ConfigRequest {
        requireNonNull(metadata, "metadata is null");
        roles = List.copyOf(requireNonNull(roles, "roles is null"));
    }
}
