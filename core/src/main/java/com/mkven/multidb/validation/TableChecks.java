package com.mkven.multidb.validation;

import com.mkven.multidb.error.ConfigIssueCode;
import com.mkven.multidb.error.ConfigIssueDetails;
import com.mkven.multidb.metadata.TableMeta;

/**
 * A table lives on a declared database, has at least one column, and its primary key names its own columns, each
 * once (decisions.md §19). An empty primary key is allowed: such a table cannot be read by {@code byIds} or from a
 * cache, which query validation and the cache checks report where it matters.
 */
final class TableChecks implements ConfigCheck {
    private static final String PRIMARY_KEY = "primaryKey";

    @Override
    public void check(ConfigLookup config, ConfigIssues issues) {
        for (TableMeta table : config.metadata().tables()) {
            checkDatabase(config, table, issues);
            checkColumnsPresent(table, issues);
            checkPrimaryKey(table, issues);
        }
    }

    private static void checkDatabase(ConfigLookup config, TableMeta table, ConfigIssues issues) {
        if (!config.hasDatabase(table.database())) {
            issues.add(ConfigIssueCode.INVALID_REFERENCE,
                    "Table '%s' names unknown database '%s'".formatted(table.id(), table.database()),
                    ConfigIssueDetails.empty()
                            .withEntity(table.id())
                            .withField("database")
                            .withExpected(config.knownDatabases())
                            .withActual(table.database())
                            .withDatabase(table.database()));
        }
    }

    private static void checkColumnsPresent(TableMeta table, ConfigIssues issues) {
        // A table without columns has nothing to select; every query on it would fail in the database.
        if (table.columns().isEmpty()) {
            issues.add(ConfigIssueCode.INVALID_REFERENCE,
                    "Table '%s' declares no columns".formatted(table.id()),
                    ConfigIssueDetails.empty()
                            .withEntity(table.id())
                            .withField("columns")
                            .withExpected("at least one column"));
        }
    }

    private static void checkPrimaryKey(TableMeta table, ConfigIssues issues) {
        for (String column : table.primaryKey()) {
            if (!ConfigLookup.hasColumn(table, column)) {
                issues.add(ConfigIssueCode.INVALID_REFERENCE,
                        "Primary key of table '%s' names unknown column '%s'".formatted(table.id(), column),
                        ConfigIssueDetails.empty()
                                .withEntity(table.id())
                                .withField(PRIMARY_KEY)
                                .withExpected(ConfigLookup.knownColumns(table))
                                .withActual(column));
            }
        }
        Repeats.find(table.primaryKey(), column -> column, (column, firstIndex, repeatIndex) -> issues.add(
                ConfigIssueCode.INVALID_REFERENCE,
                "Primary key of table '%s' names column '%s' more than once".formatted(table.id(), column),
                ConfigIssueDetails.empty().withEntity(table.id()).withField(PRIMARY_KEY).withActual(column)));
    }
}
