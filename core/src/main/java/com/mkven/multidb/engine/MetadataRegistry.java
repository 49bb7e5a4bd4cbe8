package com.mkven.multidb.engine;

import com.mkven.multidb.error.ConfigException;
import com.mkven.multidb.error.ProviderException;
import com.mkven.multidb.error.ProviderKind;
import com.mkven.multidb.metadata.MetadataConfig;
import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.metadata.RoleMeta;
import com.mkven.multidb.spi.MetadataProvider;
import com.mkven.multidb.spi.RoleProvider;
import com.mkven.multidb.validation.ConfigValidator;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

import static java.util.Objects.requireNonNull;

/**
 * Holds the current {@link MetadataSnapshot} and replaces it on reload (metadata.md §10): a
 * reload loads, validates and indexes a complete new snapshot and swaps the reference atomically;
 * a failed load or an invalid config leaves the old snapshot active. Reloads are serialised so
 * that the last one to complete wins; readers never lock.
 */
public final class MetadataRegistry {
    private final MetadataProvider metadataProvider;
    private final RoleProvider roleProvider;
    private final AtomicReference<MetadataSnapshot> current;
    private final ReentrantLock reloadLock = new ReentrantLock();

    private MetadataRegistry(MetadataProvider metadataProvider, RoleProvider roleProvider, MetadataSnapshot initial) {
        this.metadataProvider = metadataProvider;
        this.roleProvider = roleProvider;
        this.current = new AtomicReference<>(initial);
    }

    /**
     * Loads both providers, validates and indexes.
     *
     * @throws ProviderException when a provider fails ({@code METADATA_LOAD_FAILED} / {@code ROLE_LOAD_FAILED})
     * @throws ConfigException when the configuration is invalid
     */
    public static MetadataRegistry load(MetadataProvider metadataProvider, RoleProvider roleProvider) {
        requireNonNull(metadataProvider, "metadataProvider is null");
        requireNonNull(roleProvider, "roleProvider is null");
        return new MetadataRegistry(metadataProvider, roleProvider, loadBoth(metadataProvider, roleProvider));
    }

    /** The snapshot to use for one query. */
    public MetadataSnapshot snapshot() {
        return current.get();
    }

    /**
     * Re-runs both providers and validates their results together, so that one edit spanning metadata and roles (a
     * column renamed in both) can be loaded; on any failure the previous snapshot stays active.
     *
     * @throws ProviderException when a provider fails ({@code METADATA_LOAD_FAILED} / {@code ROLE_LOAD_FAILED})
     * @throws ConfigException when the new metadata and roles are invalid together
     */
    public void reload() {
        reloadLock.lock();
        try {
            current.set(loadBoth(metadataProvider, roleProvider));
        } finally {
            reloadLock.unlock();
        }
    }

    /** Re-runs the metadata provider; on any failure the previous snapshot stays active. */
    public void reloadMetadata() {
        reloadLock.lock();
        try {
            MetadataConfig metadata = loadMetadata(metadataProvider);
            current.set(build(metadata, current.get().roles()));
        } finally {
            reloadLock.unlock();
        }
    }

    /** Re-runs the role provider; on any failure the previous snapshot stays active. */
    public void reloadRoles() {
        reloadLock.lock();
        try {
            List<RoleMeta> roles = loadRoles(roleProvider);
            current.set(build(current.get().metadata(), roles));
        } finally {
            reloadLock.unlock();
        }
    }

    private static MetadataSnapshot loadBoth(MetadataProvider metadataProvider, RoleProvider roleProvider) {
        MetadataConfig metadata = loadMetadata(metadataProvider);
        List<RoleMeta> roles = loadRoles(roleProvider);
        return build(metadata, roles);
    }

    private static MetadataSnapshot build(MetadataConfig metadata, List<RoleMeta> roles) {
        Optional<ConfigException> invalid = ConfigValidator.validateConfig(metadata, roles);
        if (invalid.isPresent()) {
            throw invalid.get();
        }
        return new MetadataSnapshot(metadata, roles, new MetadataIndex(metadata, roles));
    }

    private static MetadataConfig loadMetadata(MetadataProvider provider) {
        MetadataConfig metadata;
        try {
            metadata = provider.load();
        } catch (Exception e) {
            throw new ProviderException(ProviderKind.METADATA, e);
        }
        if (metadata == null) {
            throw new ProviderException(ProviderKind.METADATA, new IllegalStateException("metadata provider returned null"));
        }
        return metadata;
    }

    private static List<RoleMeta> loadRoles(RoleProvider provider) {
        List<RoleMeta> roles;
        try {
            roles = provider.load();
        } catch (Exception e) {
            throw new ProviderException(ProviderKind.ROLE, e);
        }
        if (roles == null) {
            throw new ProviderException(ProviderKind.ROLE, new IllegalStateException("role provider returned null"));
        }
        return List.copyOf(roles);
    }
}
