package com.mkven.multidb.tck.generation;

import com.mkven.multidb.metadata.DatabaseMeta;
import com.mkven.multidb.metadata.MetadataConfig;
import com.mkven.multidb.metadata.TableMeta;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The scenario table's SQL fragments name the fixture's physical tables; an engine variant may read a table under
 * another name (a replica or a test copy, in another Trino catalog). This swaps those names, in either quoting
 * ({@code "a"."b"} for PostgreSQL and Trino, {@code `a`.`b`} for ClickHouse), catalog-qualified names first, and
 * leaves the rest of each fragment as the table pins it.
 */
final class FragmentRewrite {
    private static final List<Character> QUOTES = List.of('"', '`');
    private final Map<String, String> renamed;

    private FragmentRewrite(Map<String, String> renamed) {
        this.renamed = renamed;
    }

    static FragmentRewrite between(MetadataConfig fixture, MetadataConfig variant) {
        Map<String, String> renamed = new LinkedHashMap<>();
        for (TableMeta table : fixture.tables()) {
            for (TableMeta moved : variant.tables()) {
                if (moved.id().equals(table.id()) && !moved.physicalName().equals(table.physicalName())) {
                    Optional<String> from = catalog(fixture, table.database());
                    Optional<String> to = catalog(variant, moved.database());
                    if (from.isPresent() && to.isPresent()) {
                        renamed.put(from.get() + "." + table.physicalName(), to.get() + "." + moved.physicalName());
                    }
                    renamed.put(table.physicalName(), moved.physicalName());
                }
            }
        }
        return new FragmentRewrite(renamed);
    }

    String apply(String fragment) {
        String rewritten = fragment;
        for (Map.Entry<String, String> rename : renamed.entrySet()) {
            for (char quote : QUOTES) {
                rewritten = rewritten.replace(quoted(rename.getKey(), quote), quoted(rename.getValue(), quote));
            }
        }
        return rewritten;
    }

    private static Optional<String> catalog(MetadataConfig config, String databaseId) {
        return config.databases().stream().filter(database -> database.id().equals(databaseId)).findFirst()
                .flatMap(DatabaseMeta::trinoCatalog);
    }

    private static String quoted(String qualifiedName, char quote) {
        StringJoiner parts = new StringJoiner(".");
        for (String part : qualifiedName.split("\\.")) {
            parts.add(quote + part + quote);
        }
        return parts.toString();
    }
}
