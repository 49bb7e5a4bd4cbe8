package com.mkven.multidb.tck.seed;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

import static com.mkven.multidb.fixture.TestFixture.id;
import static org.assertj.core.api.Assertions.assertThat;

/** The seed lands in Iceberg through Trino with the types fixture.md §11.2 asks for. */
class IcebergSeedTest {
    @BeforeAll
    static void seed() {
        IcebergSeed.ensureLoaded();
    }

    @Test
    void icebergHoldsTheArchiveAndTheOrdersReplica() throws SQLException {
        assertThat(trino("SELECT count(*) FROM iceberg_archive.warehouse.orders_archive")).isEqualTo("3");
        assertThat(trino("SELECT count(*) FROM iceberg_archive.warehouse.orders_current")).isEqualTo("7");
    }

    @Test
    void icebergKeepsNullArraysDecimalScaleAndInstants() throws SQLException {
        String o4 = "UUID '" + id("O4") + "'";
        // Iceberg arrays can be NULL, unlike ClickHouse's
        assertThat(trino("SELECT count(*) FROM iceberg_archive.warehouse.orders_current WHERE priorities IS NULL")).isEqualTo("1");
        assertThat(trino("SELECT CAST(total_amount AS varchar) FROM iceberg_archive.warehouse.orders_current WHERE id = " + o4)).isEqualTo("75.50");
        assertThat(trino("SELECT CAST(total_amount AS varchar) FROM iceberg_archive.warehouse.orders_archive WHERE id = UUID '" + id("OX") + "'"))
                .isEqualTo("99.99");
        assertThat(trino("SELECT to_unixtime(created_at) FROM iceberg_archive.warehouse.orders_current WHERE id = " + o4))
                .isEqualTo(Double.toString(Instant.parse("2023-12-31T23:59:59Z").getEpochSecond()));
        assertThat(trino("SELECT array_join(priorities, ',') FROM iceberg_archive.warehouse.orders_current WHERE id = UUID '" + id("O1") + "'"))
                .isEqualTo("1,2,3");
    }

    private static String trino(String sql) throws SQLException {
        try (Connection connection = IcebergSeed.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
