package com.mkven.multidb.validation;

import com.mkven.multidb.error.ConfigIssueCode;
import com.mkven.multidb.error.ConfigIssueDetails;
import com.mkven.multidb.metadata.ExternalSync;

/**
 * An external sync copies an existing table into an existing database (metadata.md §6). Syncs have no id, so
 * issues name one as {@code sourceTable -> targetDatabase}.
 */
final class SyncChecks implements ConfigCheck {
    @Override
    public void check(ConfigLookup config, ConfigIssues issues) {
        for (ExternalSync sync : config.metadata().externalSyncs()) {
            String entity = sync.sourceTable() + " -> " + sync.targetDatabase();
            if (config.table(sync.sourceTable()).isEmpty()) {
                issues.add(ConfigIssueCode.INVALID_SYNC,
                        "External sync '%s' names unknown source table '%s'".formatted(entity, sync.sourceTable()),
                        ConfigIssueDetails.empty()
                                .withEntity(entity)
                                .withField("sourceTable")
                                .withExpected(config.knownTables())
                                .withActual(sync.sourceTable()));
            }
            if (!config.hasDatabase(sync.targetDatabase())) {
                issues.add(ConfigIssueCode.INVALID_SYNC,
                        "External sync '%s' names unknown target database '%s'".formatted(entity, sync.targetDatabase()),
                        ConfigIssueDetails.empty()
                                .withEntity(entity)
                                .withField("targetDatabase")
                                .withExpected(config.knownDatabases())
                                .withActual(sync.targetDatabase())
                                .withDatabase(sync.targetDatabase()));
            }
        }
    }
}
