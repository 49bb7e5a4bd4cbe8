package com.mkven.multidb.metadata;

import com.fasterxml.jackson.annotation.JsonProperty;

import static java.util.Objects.requireNonNull;

/** A role; roles carry no scope, the caller assigns them to scopes per request. */
public record RoleMeta(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) TableGrant tables) {
    public RoleMeta {
        requireNonNull(id, "id is null");
        requireNonNull(tables, "tables is null");
    }
}
