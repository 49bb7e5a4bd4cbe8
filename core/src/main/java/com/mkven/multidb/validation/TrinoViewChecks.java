package com.mkven.multidb.validation;

import com.mkven.multidb.error.ConfigIssueCode;
import com.mkven.multidb.error.ConfigIssueDetails;
import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.metadata.DatabaseEngine;
import com.mkven.multidb.metadata.DatabaseMeta;
import com.mkven.multidb.metadata.TableMeta;

import java.util.List;

/**
 * Trino's clickhouse connector cannot read {@code Array} columns (it hides them, or turns them into unusable text), so
 * a ClickHouse table with arrays that Trino may federate names the view Trino reads instead ({@code trinoPhysicalName},
 * arrays as JSON text). Checked here so that a missing view fails at load rather than as wrong values in a query, and
 * a view is only accepted where Trino can read it: on a database with a Trino catalog.
 */
final class TrinoViewChecks implements ConfigCheck {
    private static final String FIELD = "trinoPhysicalName";

    @Override
    public void check(ConfigLookup config, ConfigIssues issues) {
        for (TableMeta table : config.metadata().tables()) {
            // a table on an unknown database is reported by TableChecks
            config.database(table.database()).ifPresent(database -> {
                if (table.trinoPhysicalName().isPresent()) {
                    checkView(table, table.trinoPhysicalName().get(), database, issues);
                } else if (config.metadata().trinoEnabled()) {
                    checkArraysReadable(table, database, issues);
                }
            });
        }
    }

    private static void checkView(TableMeta table, String view, DatabaseMeta database, ConfigIssues issues) {
        if (database.trinoCatalog().isEmpty()) {
            issues.add(ConfigIssueCode.INVALID_REFERENCE,
                    "Table '%s' names a trinoPhysicalName, but its database '%s' has no trinoCatalog, so Trino never reads it"
                            .formatted(table.id(), database.id()),
                    details(table, database).withExpected("a trinoCatalog on database '%s'".formatted(database.id())).withActual(view));
        }
        if (view.isBlank() || view.startsWith(".") || view.endsWith(".") || view.contains("..")) {
            issues.add(ConfigIssueCode.INVALID_REFERENCE,
                    "Table '%s' has trinoPhysicalName '%s', which is no table name".formatted(table.id(), view),
                    details(table, database).withExpected("a view name, optionally schema-qualified: trino.events").withActual(view));
        }
    }

    private static void checkArraysReadable(TableMeta table, DatabaseMeta database, ConfigIssues issues) {
        if (database.engine() != DatabaseEngine.CLICKHOUSE || database.trinoCatalog().isEmpty()) {
            return;
        }
        List<String> arrays = table.columns().stream().filter(column -> column.type().isArray()).map(ColumnMeta::apiName).toList();
        if (!arrays.isEmpty()) {
            issues.add(ConfigIssueCode.INVALID_REFERENCE,
                    ("Table '%s' has array columns %s that Trino's clickhouse connector cannot read; set trinoPhysicalName to a "
                            + "ClickHouse view holding them as JSON text (toJSONString)").formatted(table.id(), arrays),
                    details(table, database).withExpected("a view such as trino.%s".formatted(lastSegment(table.physicalName()))));
        }
    }

    private static ConfigIssueDetails details(TableMeta table, DatabaseMeta database) {
        return ConfigIssueDetails.empty().withEntity(table.id()).withField(FIELD).withDatabase(database.id());
    }

    private static String lastSegment(String physicalName) {
        return physicalName.substring(physicalName.lastIndexOf('.') + 1);
    }
}
