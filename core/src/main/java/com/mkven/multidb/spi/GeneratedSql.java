package com.mkven.multidb.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * SQL text and the values of its placeholders, in placeholder order.
 *
 * @param params may hold {@code null} (a bound NULL), hence no {@code List.copyOf}
 */
public record GeneratedSql(String sql, List<Object> params) {
    public GeneratedSql {
        requireNonNull(sql, "sql is null");
        params = Collections.unmodifiableList(new ArrayList<>(requireNonNull(params, "params is null")));
    }
}
