package com.mkven.multidb.validation;

import com.mkven.multidb.error.ConfigException;
import com.mkven.multidb.metadata.MetadataConfig;
import com.mkven.multidb.metadata.RoleMeta;

import java.util.List;
import java.util.Optional;

/**
 * Config validation (metadata.md §13, decisions.md §19): checks metadata, and roles when given, and collects every
 * problem into one {@link ConfigException} ("Config invalid: N errors") instead of stopping at the first.
 */
public final class ConfigValidator {
    // Order fixes the order of ConfigException.errors(): names first, then references (Trino views among them), relations,
    // syncs, caches, roles.
    private static final List<ConfigCheck> CHECKS = List.of(
            new ApiNameChecks(),
            new UniqueIdChecks(),
            new DatabaseChecks(),
            new TableChecks(),
            new TrinoViewChecks(),
            new RelationChecks(),
            new SyncChecks(),
            new CacheChecks(),
            new RoleChecks());

    private ConfigValidator() {}

    /** Validates metadata alone. Returns the error instead of throwing it; empty means the config is valid. */
    public static Optional<ConfigException> validateConfig(MetadataConfig metadata) {
        return validateConfig(metadata, List.of());
    }

    /** Validates metadata and the roles that refer to it. Returns the error instead of throwing it. */
    public static Optional<ConfigException> validateConfig(MetadataConfig metadata, List<RoleMeta> roles) {
        ConfigLookup config = new ConfigLookup(metadata, roles);
        ConfigIssues issues = new ConfigIssues();
        for (ConfigCheck check : CHECKS) {
            check.check(config, issues);
        }
        return issues.toException();
    }
}
