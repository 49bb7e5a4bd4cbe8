package com.mkven.multidb.jdbc.metadata;

import com.mkven.multidb.access.EffectiveAccess;
import com.mkven.multidb.access.Masking;
import com.mkven.multidb.access.TableAccess;
import com.mkven.multidb.engine.MetadataSnapshot;
import com.mkven.multidb.jdbc.ColumnDescriptor;
import com.mkven.multidb.jdbc.JdbcType;
import com.mkven.multidb.jdbc.MultiDbDatabaseMetaData;
import com.mkven.multidb.jdbc.VisibleMetadata;
import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.metadata.MaskingFn;
import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.metadata.RelationMeta;
import com.mkven.multidb.metadata.TableMeta;
import com.mkven.multidb.query.ContextRoles;

import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/**
 * What {@code DatabaseMetaData} describes for one connection: the tables its roles can read, in API names, with the
 * readable columns (typed as the roles receive them: a masked column by its masked type), the primary keys and the
 * relations the roles can see whole ({@link VisibleMetadata} decides what is visible, so SQL resolution and browsing
 * agree). One catalog, {@value MultiDbDatabaseMetaData#CATALOG}; one schema per database id holding a visible table,
 * so a database the roles read nothing from is not shown at all. Physical names never appear.
 */
public final class BrowsableMetadata {
    private static final Comparator<VisibleTable> BY_SCHEMA_AND_NAME =
            Comparator.comparing(VisibleTable::schema).thenComparing(VisibleTable::name);

    private final List<VisibleTable> tables;
    /** Sorted, each once. */
    private final List<String> schemaNames;
    private final List<String> tableNames;

    private BrowsableMetadata(List<VisibleTable> tables) {
        this.tables = List.copyOf(tables);
        Set<String> schemas = new TreeSet<>();
        Set<String> names = new TreeSet<>();
        for (VisibleTable table : tables) {
            schemas.add(table.schema());
            names.add(table.name());
        }
        this.schemaNames = List.copyOf(schemas);
        this.tableNames = List.copyOf(names);
    }

    /** The metadata of {@code snapshot} as {@code roles} see it. */
    public static BrowsableMetadata of(MetadataSnapshot snapshot, ContextRoles roles) {
        requireNonNull(snapshot, "snapshot is null");
        requireNonNull(roles, "roles is null");
        MetadataIndex visible = VisibleMetadata.index(snapshot, roles);
        EffectiveAccess access = EffectiveAccess.resolve(roles, snapshot.index());
        List<VisibleTable> tables = new ArrayList<>();
        for (TableMeta table : visible.config().tables()) {
            // VisibleMetadata keeps readable tables only, so the access is there
            TableAccess tableAccess = access.table(table.id()).orElseThrow();
            tables.add(new VisibleTable(table.database(), table.apiName(), columns(table, tableAccess), table.primaryKey(),
                    importedKeys(table, visible)));
        }
        tables.sort(BY_SCHEMA_AND_NAME);
        return new BrowsableMetadata(tables);
    }

    /** Whether a catalog argument selects the one catalog: {@code null} means any, {@code ""} "without a catalog". */
    private static boolean inCatalog(String catalog) {
        return catalog == null || catalog.equals(MultiDbDatabaseMetaData.CATALOG);
    }

    /** The schemas (database ids) holding a visible table, sorted. */
    List<String> schemas(String catalog, NamePattern schemaPattern) {
        List<String> schemas = new ArrayList<>();
        if (inCatalog(catalog)) {
            for (String schema : schemaNames) {
                if (schemaPattern.matches(schema)) {
                    schemas.add(schema);
                }
            }
        }
        return schemas;
    }

    /** The tables whose schema and name match LIKE patterns, sorted by schema and name. */
    List<VisibleTable> tablesLike(String catalog, String schemaPattern, String tablePattern) {
        return tables(catalog, NamePattern.like(schemaPattern), NamePattern.like(tablePattern));
    }

    /** The tables named by arguments the javadoc calls names, which may still be patterns ({@link NamePattern#nameOrLike}). */
    List<VisibleTable> tablesNamed(String catalog, String schema, String table) {
        return tables(catalog, NamePattern.nameOrLike(schema, schemaNames), NamePattern.nameOrLike(table, tableNames));
    }

    private List<VisibleTable> tables(String catalog, NamePattern schema, NamePattern name) {
        List<VisibleTable> selected = new ArrayList<>();
        if (inCatalog(catalog)) {
            for (VisibleTable table : tables) {
                if (schema.matches(table.schema()) && name.matches(table.name())) {
                    selected.add(table);
                }
            }
        }
        return selected;
    }

    /** The relations whose referenced table is one of {@code tables}. */
    List<ForeignKey> keysReferencing(List<VisibleTable> referenced) {
        List<ForeignKey> keys = new ArrayList<>();
        for (VisibleTable table : tables) {
            for (ForeignKey key : table.importedKeys()) {
                if (referenced.stream().anyMatch(target -> target.schema().equals(key.pkSchema()) && target.name().equals(key.pkTable()))) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    private static List<VisibleColumn> columns(TableMeta table, TableAccess access) {
        List<VisibleColumn> columns = new ArrayList<>(table.columns().size());
        for (ColumnMeta column : table.columns()) {
            Optional<MaskingFn> mask = access.masks(column.apiName()) ? Optional.of(column.effectiveMaskingFn()) : Optional.empty();
            ColumnType type = mask.map(fn -> Masking.maskedType(fn, column.type())).orElse(column.type());
            ColumnDescriptor descriptor = new ColumnDescriptor(column.apiName(), column.apiName(), table.apiName(), JdbcType.of(type),
                    type.isArray(), column.nullable() ? ResultSetMetaData.columnNullable : ResultSetMetaData.columnNoNulls, mask.isPresent());
            columns.add(new VisibleColumn(descriptor, columns.size() + 1, mask));
        }
        return columns;
    }

    private static List<ForeignKey> importedKeys(TableMeta table, MetadataIndex visible) {
        List<ForeignKey> keys = new ArrayList<>();
        for (RelationMeta relation : table.relations()) {
            // VisibleMetadata keeps a relation only when the referenced table and column are visible too
            TableMeta target = visible.tablesById().get(relation.references().table());
            String pkColumn = relation.references().column();
            Optional<String> pkName = target.primaryKey().equals(List.of(pkColumn)) ? Optional.of(VisibleTable.primaryKeyName(target.apiName())) : Optional.empty();
            keys.add(new ForeignKey(target.database(), target.apiName(), pkColumn, pkName, table.database(), table.apiName(), relation.column()));
        }
        return keys;
    }
}
