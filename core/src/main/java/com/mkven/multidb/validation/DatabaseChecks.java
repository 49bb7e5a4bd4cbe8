package com.mkven.multidb.validation;

import com.mkven.multidb.error.ConfigIssueCode;
import com.mkven.multidb.error.ConfigIssueDetails;
import com.mkven.multidb.metadata.DatabaseEngine;
import com.mkven.multidb.metadata.DatabaseMeta;

/**
 * An Iceberg database has no executor of its own and is only ever queried through Trino with its catalog
 * (metadata.md §2). Without a {@code trinoCatalog} every table on it would be unreachable whatever the runtime
 * settings, so the config is rejected up front instead of failing each query in the planner.
 */
final class DatabaseChecks implements ConfigCheck {
    @Override
    public void check(ConfigLookup config, ConfigIssues issues) {
        for (DatabaseMeta database : config.metadata().databases()) {
            boolean hasCatalog = database.trinoCatalog().filter(catalog -> !catalog.isBlank()).isPresent();
            if (database.engine() == DatabaseEngine.ICEBERG && !hasCatalog) {
                issues.add(ConfigIssueCode.INVALID_REFERENCE,
                        "Database '%s' has engine iceberg but no trinoCatalog; Iceberg is only reachable through Trino"
                                .formatted(database.id()),
                        ConfigIssueDetails.empty()
                                .withEntity(database.id())
                                .withField("trinoCatalog")
                                .withExpected("a Trino catalog name")
                                .withDatabase(database.id()));
            }
        }
    }
}
