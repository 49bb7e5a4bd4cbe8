package com.mkven.multidb.access;

import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.metadata.RoleMeta;
import com.mkven.multidb.metadata.TableGrant;
import com.mkven.multidb.metadata.TableMeta;
import com.mkven.multidb.metadata.TableRoleAccess;
import com.mkven.multidb.query.ContextRoles;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * The permissions of one request (metadata.md §8.1): roles are unioned within a scope, scopes
 * are intersected; a column is masked when any present scope masks it. An omitted scope imposes
 * nothing, an empty scope grants nothing, and a context with no scope at all is denied
 * everything (decisions.md §1). Unknown role ids grant nothing; validation reports them.
 */
public final class EffectiveAccess {
    private final Map<String, TableAccess> tables;

    private EffectiveAccess(Map<String, TableAccess> tables) {
        this.tables = Collections.unmodifiableMap(tables);
    }

    public static EffectiveAccess resolve(ContextRoles roles, MetadataIndex index) {
        requireNonNull(roles, "roles is null");
        requireNonNull(index, "index is null");
        List<List<RoleMeta>> scopes = new ArrayList<>(2);
        roles.user().ifPresent(ids -> scopes.add(lookup(ids, index)));
        roles.service().ifPresent(ids -> scopes.add(lookup(ids, index)));
        Map<String, TableAccess> tables = new LinkedHashMap<>();
        if (scopes.isEmpty()) {
            return new EffectiveAccess(tables);
        }
        for (TableMeta table : index.tablesById().values()) {
            intersect(table, scopes).ifPresent(access -> tables.put(table.id(), access));
        }
        return new EffectiveAccess(tables);
    }

    /** The access to a table by {@link TableMeta#id()}; empty when the table is denied. */
    public Optional<TableAccess> table(String tableId) {
        return Optional.ofNullable(tables.get(tableId));
    }

    public boolean canRead(String tableId) {
        return tables.containsKey(tableId);
    }

    /** Every readable table id, in metadata order. */
    public Set<String> readableTables() {
        return tables.keySet();
    }

    private static List<RoleMeta> lookup(List<String> ids, MetadataIndex index) {
        List<RoleMeta> found = new ArrayList<>(ids.size());
        for (String id : ids) {
            RoleMeta role = index.rolesById().get(id);
            if (role != null) {
                found.add(role);
            }
        }
        return found;
    }

    private static Optional<TableAccess> intersect(TableMeta table, List<List<RoleMeta>> scopes) {
        Set<String> allowed = null;
        Set<String> masked = new HashSet<>();
        for (List<RoleMeta> scope : scopes) {
            Optional<TableAccess> scopeAccess = union(table, scope);
            if (scopeAccess.isEmpty()) {
                return Optional.empty();
            }
            if (allowed == null) {
                allowed = new HashSet<>(scopeAccess.get().allowedColumns());
            } else {
                allowed.retainAll(scopeAccess.get().allowedColumns());
            }
            masked.addAll(scopeAccess.get().maskedColumns());
        }
        masked.retainAll(allowed);
        return Optional.of(new TableAccess(table.id(), allowed, masked));
    }

    /** One scope: a column is unmasked when any role granting it grants it unmasked. */
    private static Optional<TableAccess> union(TableMeta table, List<RoleMeta> scope) {
        boolean granted = false;
        Set<String> allowed = new HashSet<>();
        Set<String> unmasked = new HashSet<>();
        for (RoleMeta role : scope) {
            // Java 17 has no pattern switch; the grant is either '*' or a list
            if (role.tables() instanceof TableGrant.Tables grants) {
                for (TableRoleAccess grant : grants.tables()) {
                    if (grant.tableId().equals(table.id())) {
                        granted = true;
                        addGrant(table, grant, allowed, unmasked);
                    }
                }
            } else {
                granted = true;
                for (ColumnMeta column : table.columns()) {
                    allowed.add(column.apiName());
                    unmasked.add(column.apiName());
                }
            }
        }
        if (!granted) {
            return Optional.empty();
        }
        Set<String> masked = new HashSet<>(allowed);
        masked.removeAll(unmasked);
        return Optional.of(new TableAccess(table.id(), allowed, masked));
    }

    private static void addGrant(TableMeta table, TableRoleAccess grant, Set<String> allowed, Set<String> unmasked) {
        for (ColumnMeta column : table.columns()) {
            String name = column.apiName();
            if (grant.allowedColumns().allows(name)) {
                allowed.add(name);
                if (!grant.maskedColumns().contains(name)) {
                    unmasked.add(name);
                }
            }
        }
    }
}
