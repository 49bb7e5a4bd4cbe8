package com.mkven.multidb.engine;

import com.mkven.multidb.metadata.MetadataConfig;
import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.metadata.RoleMeta;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * One validated, indexed generation of metadata and roles. A query captures one snapshot when it
 * starts and uses only it, so a reload never changes a query in flight.
 */
public record MetadataSnapshot(MetadataConfig metadata, List<RoleMeta> roles, MetadataIndex index) {
    public MetadataSnapshot {
        requireNonNull(metadata, "metadata is null");
        roles = List.copyOf(requireNonNull(roles, "roles is null"));
        requireNonNull(index, "index is null");
    }
}
