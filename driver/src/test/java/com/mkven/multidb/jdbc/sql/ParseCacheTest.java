package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.query.FilterOperator;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.query.QueryFilter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Parsed statements are cached per text, bounded, and shared safely between threads. */
class ParseCacheTest {
    @Test
    void sameTextIsParsedOnce() {
        ParseCache cache = new ParseCache(8);

        assertThat(cache.parse("SELECT id FROM orders")).isSameAs(cache.parse("SELECT id FROM orders"));
    }

    @Test
    void leastRecentlyUsedTextIsEvicted() {
        ParseCache cache = new ParseCache(2);
        ParsedQuery first = cache.parse("SELECT id FROM orders");
        cache.parse("SELECT id FROM users");
        cache.parse("SELECT id FROM orders");
        cache.parse("SELECT id FROM products");

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.parse("SELECT id FROM orders")).isSameAs(first);
    }

    @Test
    void longTextsAndFailuresAreNotKept() {
        ParseCache cache = new ParseCache(8);
        String longText = "SELECT id FROM orders WHERE status = '" + "x".repeat(ParseCache.MAX_CACHED_SQL_CHARS) + "'";

        cache.parse(longText);
        catchThrowableOfType(UnsupportedSqlException.class, () -> cache.parse("SELECT FROM"));

        assertThat(cache.size()).isZero();
    }

    @Test
    void capacityZeroDisablesTheCache() {
        ParseCache cache = new ParseCache(0);

        assertThat(cache.parse("SELECT id FROM orders")).isNotSameAs(cache.parse("SELECT id FROM orders"));
    }

    @Test
    void translatorIsSafeToShareBetweenThreads() throws Exception {
        SqlTranslator translator = new SqlTranslator(4);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int task = 0; task < 64; task++) {
                int value = task % 6;
                results.add(threads.submit(() -> {
                    TranslatedStatement statement = translator.translate("SELECT id FROM orders WHERE quantity = ? "
                            + "AND status IN ('s" + value + "')", Sql.FIXTURE);
                    return statement.bind(List.of(value)).equals(QueryDefinition.builder("orders").columns("id")
                            .filter(QueryFilter.of("quantity", FilterOperator.EQ, value),
                                    QueryFilter.of("status", FilterOperator.IN, List.of("s" + value))).build());
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
