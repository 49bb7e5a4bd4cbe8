package com.mkven.multidb.dialect;

import com.mkven.multidb.access.EffectiveAccess;
import com.mkven.multidb.fixture.TestFixture;
import com.mkven.multidb.ir.ColumnRef;
import com.mkven.multidb.ir.SqlParts;
import com.mkven.multidb.ir.TableRef;
import com.mkven.multidb.ir.WhereNode;
import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.query.ComparisonOperator;
import com.mkven.multidb.query.ContextRoles;
import com.mkven.multidb.query.ExistsCount;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.query.QueryExistsFilter;
import com.mkven.multidb.resolve.NameResolver;
import com.mkven.multidb.resolve.ResolveResult;
import com.mkven.multidb.spi.GeneratedSql;
import com.mkven.multidb.spi.SqlDialect;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/** Builds what the dialect tests render: resolved fixture queries as an admin, or IR written by hand. */
final class DialectTestSupport {
    static final TableRef ORDERS = TableRef.of("public.orders", "t0");
    static final ColumnRef STATUS = new ColumnRef("t0", "order_status");
    private static final MetadataIndex INDEX = new MetadataIndex(TestFixture.metadata(), TestFixture.roles());

    private DialectTestSupport() {}

    static ResolveResult resolve(QueryDefinition definition) {
        return NameResolver.resolve(definition, INDEX, EffectiveAccess.resolve(ContextRoles.user("admin"), INDEX));
    }

    static GeneratedSql generate(SqlDialect dialect, QueryDefinition definition) {
        ResolveResult resolved = resolve(definition);
        return dialect.generate(resolved.parts(), resolved.params());
    }

    /** {@code SELECT t0."id" FROM orders t0 WHERE <count of invoices> <operator> <value>}. */
    static GeneratedSql countedInvoices(SqlDialect dialect, ComparisonOperator operator, long value) {
        return generate(dialect, QueryDefinition.builder("orders").columns("id")
                .filter(QueryExistsFilter.counted("invoices", ExistsCount.of(operator, value))).build());
    }

    /** {@code SELECT t0."order_status" … FROM orders t0 WHERE <where>}, built directly as IR. */
    static SqlParts selectWhere(WhereNode... where) {
        return new SqlParts(List.of(STATUS), false, ORDERS, List.of(), List.of(where), List.of(), List.of(), List.of(),
                List.of(), OptionalInt.empty(), OptionalInt.empty(), false);
    }

    static ComparisonOperator comparison(String wireName) {
        return Arrays.stream(ComparisonOperator.values())
                .filter(candidate -> candidate.wireName().equals(wireName)).findFirst().orElseThrow();
    }
}
