package com.mkven.multidb.jdbc.remote;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.mkven.multidb.engine.MetadataSnapshot;
import com.mkven.multidb.jdbc.VisibleMetadata;
import com.mkven.multidb.metadata.MetadataConfig;
import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.metadata.RoleMeta;
import com.mkven.multidb.query.ExecutionContext;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * The answer of {@code POST /metadata}: what a caller's roles can see of the server's metadata, so a remote JDBC
 * connection can translate SQL, describe result columns and answer {@code DatabaseMetaData} as an embedded one does.
 * Nothing here is more than the caller could learn by querying: tables and columns its roles may read (caches and
 * replicas left out, as {@link VisibleMetadata} does), the definitions of the roles it runs with, and those roles.
 *
 * @param metadata the visible tables and columns, and the databases
 * @param roles the definitions of the roles in {@code context}
 * @param context the roles the caller's requests run with: those it asked for, completed from its grant
 */
public record MetadataView(
        @JsonProperty(required = true) MetadataConfig metadata,
        @JsonProperty(required = true) List<RoleMeta> roles,
        @JsonProperty(required = true) ExecutionContext context) {
    public MetadataView {
        requireNonNull(metadata, "metadata is null");
        roles = List.copyOf(requireNonNull(roles, "roles is null"));
        requireNonNull(context, "context is null");
    }

    /** What {@code context} sees of {@code snapshot}; role ids the snapshot does not define are left out. */
    public static MetadataView of(MetadataSnapshot snapshot, ExecutionContext context) {
        requireNonNull(snapshot, "snapshot is null");
        requireNonNull(context, "context is null");
        Set<String> ids = new LinkedHashSet<>();
        context.roles().user().ifPresent(ids::addAll);
        context.roles().service().ifPresent(ids::addAll);
        List<RoleMeta> roles = new ArrayList<>();
        for (String id : ids) {
            RoleMeta role = snapshot.index().rolesById().get(id);
            if (role != null) {
                roles.add(role);
            }
        }
        return new MetadataView(VisibleMetadata.index(snapshot, context.roles()).config(), roles, context);
    }

    /** The view as a snapshot the driver can work with, as if the server's metadata held only this. */
    MetadataSnapshot snapshot() {
        return new MetadataSnapshot(metadata, roles, new MetadataIndex(metadata, roles));
    }
}
