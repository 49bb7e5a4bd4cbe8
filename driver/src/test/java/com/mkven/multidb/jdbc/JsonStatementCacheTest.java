package com.mkven.multidb.jdbc;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonStatementCacheTest {
    private static final String ORDERS = "{\"from\":\"orders\"}";
    private static final String USERS = "{\"from\":\"users\"}";
    private static final String PRODUCTS = "{\"from\":\"products\"}";

    @Test
    void theSameTextIsParsedOnce() throws SQLException {
        JsonStatementCache cache = new JsonStatementCache(2);

        assertThat(cache.parse(ORDERS)).isSameAs(cache.parse(ORDERS));
    }

    @Test
    void theLeastRecentlyUsedTextIsDroppedFirst() throws SQLException {
        JsonStatementCache cache = new JsonStatementCache(2);
        JsonStatement orders = cache.parse(ORDERS);
        JsonStatement users = cache.parse(USERS);
        cache.parse(ORDERS);

        cache.parse(PRODUCTS);

        assertThat(cache.parse(ORDERS)).isSameAs(orders);
        assertThat(cache.parse(USERS)).isNotSameAs(users);
    }

    @Test
    void failuresAreNotCached() {
        JsonStatementCache cache = new JsonStatementCache(2);

        assertThatThrownBy(() -> cache.parse("{\"from\":")).isExactlyInstanceOf(SQLSyntaxErrorException.class);
        assertThatThrownBy(() -> cache.parse("{\"from\":")).isExactlyInstanceOf(SQLSyntaxErrorException.class);
        assertThatThrownBy(() -> new JsonStatementCache(0)).hasMessage("capacity must be positive: 0");
    }
}
