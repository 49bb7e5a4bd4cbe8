package com.mkven.multidb.validation;

import com.mkven.multidb.error.ConfigIssueCode;
import com.mkven.multidb.error.ConfigIssueDetails;
import com.mkven.multidb.metadata.CacheMeta;
import com.mkven.multidb.metadata.CachedTableMeta;
import com.mkven.multidb.metadata.TableMeta;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cached table exists, appears once per cache, keeps only its own columns, and has a key pattern whose
 * placeholders are primary-key columns (metadata.md §7): the cache looks rows up by primary key, so a key without
 * one could never be built from the requested ids.
 */
final class CacheChecks implements ConfigCheck {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final String KEY_PATTERN = "keyPattern";

    @Override
    public void check(ConfigLookup config, ConfigIssues issues) {
        for (CacheMeta cache : config.metadata().caches()) {
            for (CachedTableMeta cached : cache.tables()) {
                checkCachedTable(config, cache, cached, issues);
            }
            Repeats.find(cache.tables(), CachedTableMeta::tableId, (tableId, firstIndex, repeatIndex) -> issues.add(
                    ConfigIssueCode.INVALID_CACHE,
                    "Cache '%s' holds table '%s' more than once (tables[%d] and tables[%d])"
                            .formatted(cache.id(), tableId, firstIndex, repeatIndex),
                    details(cache, tableId, "tableId").withActual(tableId)));
        }
    }

    private static void checkCachedTable(ConfigLookup config, CacheMeta cache, CachedTableMeta cached, ConfigIssues issues) {
        Optional<TableMeta> table = config.table(cached.tableId());
        if (table.isEmpty()) {
            issues.add(ConfigIssueCode.INVALID_CACHE,
                    "Cache '%s' holds unknown table '%s'".formatted(cache.id(), cached.tableId()),
                    details(cache, cached.tableId(), "tableId")
                            .withExpected(config.knownTables())
                            .withActual(cached.tableId()));
        }
        List<String> placeholders = placeholders(cached.keyPattern());
        if (placeholders.isEmpty()) {
            issues.add(ConfigIssueCode.INVALID_CACHE,
                    "Key pattern '%s' of table '%s' in cache '%s' has no {placeholder} for the primary key"
                            .formatted(cached.keyPattern(), cached.tableId(), cache.id()),
                    details(cache, cached.tableId(), KEY_PATTERN)
                            .withExpected("a {placeholder} naming a primary-key column")
                            .withActual(cached.keyPattern()));
        }
        table.ifPresent(known -> checkAgainstTable(cache, cached, known, placeholders, issues));
    }

    private static void checkAgainstTable(
            CacheMeta cache, CachedTableMeta cached, TableMeta table, List<String> placeholders, ConfigIssues issues) {
        for (String placeholder : placeholders) {
            if (!table.primaryKey().contains(placeholder)) {
                issues.add(ConfigIssueCode.INVALID_CACHE,
                        "Key pattern '%s' of table '%s' in cache '%s' uses placeholder '{%s}', which is not a primary-key column"
                                .formatted(cached.keyPattern(), cached.tableId(), cache.id(), placeholder),
                        details(cache, cached.tableId(), KEY_PATTERN)
                                .withExpected(ConfigLookup.oneOf(table.primaryKey()))
                                .withActual(placeholder));
            }
        }
        for (String column : cached.columns().orElse(List.of())) {
            if (!ConfigLookup.hasColumn(table, column)) {
                issues.add(ConfigIssueCode.INVALID_CACHE,
                        "Cache '%s' lists unknown column '%s' of table '%s'".formatted(cache.id(), column, cached.tableId()),
                        details(cache, cached.tableId(), "columns")
                                .withExpected(ConfigLookup.knownColumns(table))
                                .withActual(column));
            }
        }
    }

    private static List<String> placeholders(String keyPattern) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(keyPattern);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static ConfigIssueDetails details(CacheMeta cache, String tableId, String field) {
        return ConfigIssueDetails.empty().withEntity(tableId).withField(field).withCacheId(cache.id());
    }
}
