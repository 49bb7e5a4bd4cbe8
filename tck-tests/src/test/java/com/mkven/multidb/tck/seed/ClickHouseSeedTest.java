package com.mkven.multidb.tck.seed;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.mkven.multidb.fixture.TestFixture.id;
import static org.assertj.core.api.Assertions.assertThat;

/** The seed lands in ClickHouse, copies included, with the types fixture.md §11.2 asks for. */
class ClickHouseSeedTest {
    @BeforeAll
    static void seed() {
        ClickHouseSeed.ensureLoaded();
    }

    @Test
    void clickHouseHoldsEveryTableWithItsSeedRows() {
        assertThat(clickHouse("SELECT count() FROM default.events")).isEqualTo("5");
        assertThat(clickHouse("SELECT count() FROM default.metrics")).isEqualTo("3");
        assertThat(clickHouse("SELECT count() FROM default.orders_replica")).isEqualTo("7");
        assertThat(clickHouse("SELECT count() FROM default.users")).isEqualTo("6");
        assertThat(clickHouse("SELECT count() FROM default.products")).isEqualTo("5");
        assertThat(clickHouse("SELECT count() FROM default.tenants")).isEqualTo("3");
        assertThat(clickHouse("SELECT count() FROM default.invoices")).isEqualTo("7");
    }

    @Test
    void clickHouseStoresNullArraysAsEmptyAndKeepsDecimalScaleAndUtc() {
        // O4's priorities are NULL in the seed; ClickHouse arrays cannot be NULL
        assertThat(clickHouse("SELECT toString(priorities) FROM default.orders_replica WHERE id = '" + id("O4") + "'")).isEqualTo("[]");
        assertThat(clickHouse("SELECT toTypeName(total_amount), total_amount = toDecimal64('75.50', 2) FROM default.orders_replica WHERE id = '"
                + id("O4") + "'")).isEqualTo("Decimal(12, 2)\t1");
        assertThat(clickHouse("SELECT toUnixTimestamp(created_at) FROM default.orders_replica WHERE id = '" + id("O4") + "'"))
                .isEqualTo(Long.toString(Instant.parse("2023-12-31T23:59:59Z").getEpochSecond()));
        assertThat(clickHouse("SELECT count() FROM default.orders_replica WHERE discount IS NULL")).isEqualTo("7");
        assertThat(clickHouse("SELECT count(order_id) FROM default.invoices")).isEqualTo("5");
        assertThat(clickHouse("SELECT arrayStringConcat(groupArray(last_name), ',') FROM (SELECT last_name FROM default.users"
                + " WHERE editDistance(last_name, 'smith') <= 2 ORDER BY last_name)")).isEqualTo("Smit,Smith,Smyth");
    }

    private static String clickHouse(String sql) {
        return ClickHouseHttp.run(sql + " FORMAT TabSeparated").strip();
    }
}
