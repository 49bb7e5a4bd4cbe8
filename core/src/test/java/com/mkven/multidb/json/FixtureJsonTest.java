package com.mkven.multidb.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.mkven.multidb.fixture.TestFixture;
import com.mkven.multidb.metadata.ColumnGrant;
import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.metadata.DatabaseEngine;
import com.mkven.multidb.metadata.MaskingFn;
import com.mkven.multidb.metadata.MetadataConfig;
import com.mkven.multidb.metadata.RoleMeta;
import com.mkven.multidb.metadata.TableGrant;
import com.mkven.multidb.metadata.TableMeta;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FixtureJsonTest {
    @Test
    void metadataReadsIntoTypedRecords() {
        MetadataConfig metadata = TestFixture.metadata();

        assertThat(metadata.databases()).hasSize(4);
        assertThat(metadata.databases().get(3).engine()).isEqualTo(DatabaseEngine.ICEBERG);
        assertThat(metadata.databases().get(0).trinoCatalog()).contains("pg_main");
        assertThat(metadata.tables()).hasSize(8);
        assertThat(metadata.trinoEnabled()).isTrue();
        TableMeta orders = metadata.tables().stream().filter(t -> t.id().equals("orders")).findFirst().orElseThrow();
        assertThat(orders.columns()).hasSize(13);
        assertThat(orders.column("priorities").orElseThrow().type()).isEqualTo(ColumnType.INT_ARRAY);
        assertThat(orders.column("total").orElseThrow().maskingFn()).contains(MaskingFn.NUMBER);
        assertThat(orders.column("status").orElseThrow().maskingFn()).isEmpty();
        assertThat(orders.relations()).hasSize(3);
        assertThat(metadata.caches().get(0).tables().get(0).columns()).isEmpty();
        assertThat(metadata.caches().get(0).tables().get(1).columns()).contains(List.of("id", "name", "category"));
    }

    @Test
    void metadataRoundTripsWithoutLoss() {
        JsonNode original = MultiDbJson.readTree(TestFixture.metadataJson());
        MetadataConfig metadata = MultiDbJson.read(original, MetadataConfig.class);

        JsonNode written = MultiDbJson.toTree(metadata);

        assertThat(written).isEqualTo(original);
        assertThat(MultiDbJson.read(MultiDbJson.write(metadata), MetadataConfig.class)).isEqualTo(metadata);
    }

    @Test
    void rolesReadWildcardsAndListsAndRoundTrip() {
        List<RoleMeta> roles = TestFixture.roles();

        assertThat(roles).extracting(RoleMeta::id).containsExactly(
                "admin", "tenant-user", "regional-manager", "analytics-reader", "no-access", "orders-service", "full-service");
        assertThat(roles.get(0).tables()).isEqualTo(TableGrant.all());
        assertThat(roles.get(4).tables()).isEqualTo(TableGrant.of(List.of()));
        TableGrant.Tables tenantUser = (TableGrant.Tables) roles.get(1).tables();
        assertThat(tenantUser.tables().get(0).allowedColumns()).isEqualTo(ColumnGrant.of(List.of("id", "total", "status", "createdAt")));
        assertThat(tenantUser.tables().get(0).maskedColumns()).containsExactly("total");
        TableGrant.Tables manager = (TableGrant.Tables) roles.get(2).tables();
        assertThat(manager.tables().get(0).allowedColumns()).isEqualTo(ColumnGrant.all());

        assertThat(MultiDbJson.toTree(roles)).isEqualTo(MultiDbJson.readTree(TestFixture.rolesJson()));
    }

    @Test
    void seedLabelsMapToTheDeterministicUuids() {
        assertThat(TestFixture.id("T1")).isEqualTo("10000000-0000-4000-8000-000000000001");
        assertThat(TestFixture.id("UX")).isEqualTo("20000000-0000-4000-8000-000000000099");
        assertThat(TestFixture.id("OX")).isEqualTo("40000000-0000-4000-8000-000000000090");
        assertThat(TestFixture.seed().get("users")).hasSize(6);
    }
}
