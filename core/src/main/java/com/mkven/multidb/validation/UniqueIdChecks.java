package com.mkven.multidb.validation;

import com.mkven.multidb.error.ConfigIssueCode;
import com.mkven.multidb.error.ConfigIssueDetails;
import com.mkven.multidb.metadata.CacheMeta;
import com.mkven.multidb.metadata.DatabaseMeta;
import com.mkven.multidb.metadata.MetadataConfig;
import com.mkven.multidb.metadata.RoleMeta;
import com.mkven.multidb.metadata.TableMeta;

/**
 * Ids of databases, tables, caches and roles are unique (decisions.md §19): everything else refers to them by id,
 * so a repeated id would make those references ambiguous.
 */
final class UniqueIdChecks implements ConfigCheck {
    @Override
    public void check(ConfigLookup config, ConfigIssues issues) {
        MetadataConfig metadata = config.metadata();
        Repeats.find(metadata.databases(), DatabaseMeta::id, (id, firstIndex, repeatIndex) -> issues.add(
                ConfigIssueCode.INVALID_REFERENCE,
                message("Database", id, "databases", firstIndex, repeatIndex),
                details(id).withDatabase(id)));
        Repeats.find(metadata.tables(), TableMeta::id, (id, firstIndex, repeatIndex) -> issues.add(
                ConfigIssueCode.INVALID_REFERENCE,
                message("Table", id, "tables", firstIndex, repeatIndex),
                details(id)));
        Repeats.find(metadata.caches(), CacheMeta::id, (id, firstIndex, repeatIndex) -> issues.add(
                ConfigIssueCode.INVALID_REFERENCE,
                message("Cache", id, "caches", firstIndex, repeatIndex),
                details(id)));
        Repeats.find(config.roles(), RoleMeta::id, (id, firstIndex, repeatIndex) -> issues.add(
                ConfigIssueCode.INVALID_REFERENCE,
                message("Role", id, "roles", firstIndex, repeatIndex),
                details(id)));
    }

    private static String message(String kind, String id, String list, int firstIndex, int repeatIndex) {
        return "%s id '%s' is declared more than once (%s[%d] and %s[%d])"
                .formatted(kind, id, list, firstIndex, list, repeatIndex);
    }

    private static ConfigIssueDetails details(String id) {
        return ConfigIssueDetails.empty().withEntity(id).withField("id");
    }
}
