package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.metadata.MetadataIndex;

import java.util.function.Supplier;

import static java.util.Objects.requireNonNull;

/**
 * The SQL subset of the JDBC driver (jdbc.md) to query definitions. Thread-safe: parsed statements
 * are cached per text (bounded), and translation keeps no state between calls.
 *
 * <p>Identifiers are API names: quoted ones match exactly, unquoted ones case-insensitively when
 * that is unique (else an error lists the candidates). A table or column that does not exist is
 * passed through as written, so the engine's validation reports it together with every other
 * problem. Anything outside the subset fails with an {@link UnsupportedSqlException} naming the
 * construct and its position; nothing is guessed.
 */
public final class SqlTranslator {
    /** Enough for the distinct statements of a typical application. */
    public static final int DEFAULT_CACHE_CAPACITY = 512;

    private final ParseCache cache;

    public SqlTranslator() {
        this(DEFAULT_CACHE_CAPACITY);
    }

    /** @param cacheCapacity how many parsed statements to keep; 0 disables the cache */
    public SqlTranslator(int cacheCapacity) {
        this.cache = new ParseCache(cacheCapacity);
    }

    /**
     * @throws UnsupportedSqlException when the text is not a statement of the subset
     */
    public TranslatedStatement translate(String sql, MetadataIndex index) {
        requireNonNull(sql, "sql is null");
        requireNonNull(index, "index is null");
        ParsedQuery query = cache.parse(sql);
        TemplateParameters parameters = new TemplateParameters(query.markers());
        Translation template = guarded(() -> SelectTranslator.translate(query, index, parameters));
        return new TranslatedStatement(template, query.explain(), parameters.slots(), query, index);
    }

    /** Translation recurses once per nesting level; the token scan bounds that, this is the backstop. */
    static Translation guarded(Supplier<Translation> translation) {
        try {
            return translation.get();
        } catch (StackOverflowError e) {
            throw UnsupportedSqlException.unsupported("deeply nested statement",
                    "the statement nests too deeply to be translated", SourcePosition.START);
        }
    }
}
