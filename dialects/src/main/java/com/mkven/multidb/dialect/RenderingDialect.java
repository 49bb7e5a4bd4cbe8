package com.mkven.multidb.dialect;

import com.mkven.multidb.ir.SqlParts;
import com.mkven.multidb.result.DialectName;
import com.mkven.multidb.spi.GeneratedSql;
import com.mkven.multidb.spi.SqlDialect;

import java.util.List;
import java.util.function.BiFunction;

import static java.util.Objects.requireNonNull;

/** A dialect is its name and its renderer; each statement gets a fresh renderer, so a dialect is stateless. */
abstract class RenderingDialect implements SqlDialect {
    private final DialectName name;
    private final BiFunction<SqlParts, List<Object>, SqlRenderer> renderer;

    RenderingDialect(DialectName name, BiFunction<SqlParts, List<Object>, SqlRenderer> renderer) {
        this.name = requireNonNull(name, "name is null");
        this.renderer = requireNonNull(renderer, "renderer is null");
    }

    @Override
    public final DialectName name() {
        return name;
    }

    @Override
    public final GeneratedSql generate(SqlParts parts, List<Object> params) {
        requireNonNull(parts, "parts is null");
        requireNonNull(params, "params is null");
        return renderer.apply(parts, params).render();
    }
}
