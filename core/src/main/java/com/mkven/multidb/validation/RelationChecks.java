package com.mkven.multidb.validation;

import com.mkven.multidb.error.ConfigIssueCode;
import com.mkven.multidb.error.ConfigIssueDetails;
import com.mkven.multidb.metadata.RelationMeta;
import com.mkven.multidb.metadata.RelationTarget;
import com.mkven.multidb.metadata.TableMeta;

import java.util.Optional;

/** A relation joins a column of its own table to a column of an existing table (metadata.md §5). */
final class RelationChecks implements ConfigCheck {
    @Override
    public void check(ConfigLookup config, ConfigIssues issues) {
        for (TableMeta table : config.metadata().tables()) {
            for (RelationMeta relation : table.relations()) {
                checkRelation(config, table, relation, issues);
            }
        }
    }

    private static void checkRelation(ConfigLookup config, TableMeta table, RelationMeta relation, ConfigIssues issues) {
        String subject = "Relation of table '%s' on column '%s'".formatted(table.id(), relation.column());
        if (!ConfigLookup.hasColumn(table, relation.column())) {
            issues.add(ConfigIssueCode.INVALID_RELATION,
                    subject + " names a column that table '%s' does not have".formatted(table.id()),
                    details(table, "column")
                            .withExpected(ConfigLookup.knownColumns(table))
                            .withActual(relation.column()));
        }
        RelationTarget target = relation.references();
        Optional<TableMeta> referenced = config.table(target.table());
        if (referenced.isEmpty()) {
            issues.add(ConfigIssueCode.INVALID_RELATION,
                    subject + " references unknown table '%s'".formatted(target.table()),
                    details(table, "references.table")
                            .withExpected(config.knownTables())
                            .withActual(target.table()));
        } else if (!ConfigLookup.hasColumn(referenced.get(), target.column())) {
            issues.add(ConfigIssueCode.INVALID_RELATION,
                    subject + " references unknown column '%s' of table '%s'".formatted(target.column(), target.table()),
                    details(table, "references.column")
                            .withExpected(ConfigLookup.knownColumns(referenced.get()))
                            .withActual(target.column()));
        }
    }

    private static ConfigIssueDetails details(TableMeta table, String field) {
        return ConfigIssueDetails.empty().withEntity(table.id()).withField(field);
    }
}
