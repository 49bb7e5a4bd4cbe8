package com.mkven.multidb.validation;

import com.mkven.multidb.error.ConfigIssueCode;
import com.mkven.multidb.error.ConfigIssueDetails;
import com.mkven.multidb.metadata.ColumnGrant;
import com.mkven.multidb.metadata.RoleMeta;
import com.mkven.multidb.metadata.TableGrant;
import com.mkven.multidb.metadata.TableMeta;
import com.mkven.multidb.metadata.TableRoleAccess;

import java.util.List;
import java.util.Optional;

/**
 * Grants name existing tables and columns (decisions.md §19). A typo in a grant would otherwise silently grant
 * nothing, which users only notice as {@code ACCESS_DENIED} much later.
 */
final class RoleChecks implements ConfigCheck {
    @Override
    public void check(ConfigLookup config, ConfigIssues issues) {
        for (RoleMeta role : config.roles()) {
            // tables: '*' grants every table by definition and names nothing that could be missing.
            if (role.tables() instanceof TableGrant.Tables grants) {
                for (TableRoleAccess grant : grants.tables()) {
                    checkGrant(config, role, grant, issues);
                }
            }
        }
    }

    private static void checkGrant(ConfigLookup config, RoleMeta role, TableRoleAccess grant, ConfigIssues issues) {
        Optional<TableMeta> table = config.table(grant.tableId());
        if (table.isEmpty()) {
            issues.add(ConfigIssueCode.INVALID_REFERENCE,
                    "Role '%s' grants unknown table '%s'".formatted(role.id(), grant.tableId()),
                    details(role, "tableId").withExpected(config.knownTables()).withActual(grant.tableId()));
            return;
        }
        if (grant.allowedColumns() instanceof ColumnGrant.Columns allowed) {
            checkColumns(role, table.get(), allowed.columns(), "allowedColumns", "allows", issues);
        }
        checkColumns(role, table.get(), grant.maskedColumns(), "maskedColumns", "masks", issues);
    }

    private static void checkColumns(
            RoleMeta role, TableMeta table, List<String> columns, String field, String verb, ConfigIssues issues) {
        for (String column : columns) {
            if (!ConfigLookup.hasColumn(table, column)) {
                issues.add(ConfigIssueCode.INVALID_REFERENCE,
                        "Role '%s' %s unknown column '%s' of table '%s'".formatted(role.id(), verb, column, table.id()),
                        details(role, field).withExpected(ConfigLookup.knownColumns(table)).withActual(column));
            }
        }
    }

    private static ConfigIssueDetails details(RoleMeta role, String field) {
        return ConfigIssueDetails.empty().withEntity(role.id()).withField(field);
    }
}
