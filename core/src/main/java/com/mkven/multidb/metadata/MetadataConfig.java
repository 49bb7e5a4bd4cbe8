package com.mkven.multidb.metadata;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** Everything MultiDB knows about databases, tables, replicas and caches. Missing lists read as empty. */
public record MetadataConfig(
        @JsonInclude(JsonInclude.Include.ALWAYS) List<DatabaseMeta> databases,
        @JsonInclude(JsonInclude.Include.ALWAYS) List<TableMeta> tables,
        @JsonInclude(JsonInclude.Include.ALWAYS) List<CacheMeta> caches,
        @JsonInclude(JsonInclude.Include.ALWAYS) List<ExternalSync> externalSyncs,
        Optional<TrinoSettings> trino) {
    public MetadataConfig {
        databases = databases == null ? List.of() : List.copyOf(databases);
        tables = tables == null ? List.of() : List.copyOf(tables);
        caches = caches == null ? List.of() : List.copyOf(caches);
        externalSyncs = externalSyncs == null ? List.of() : List.copyOf(externalSyncs);
        trino = requireNonNull(trino, "trino is null");
    }

    /** Federation is on only when a {@code trino} block says {@code enabled: true}. */
    public boolean trinoEnabled() {
        return trino.map(TrinoSettings::enabled).orElse(false);
    }
}
