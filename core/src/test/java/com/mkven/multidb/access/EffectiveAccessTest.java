package com.mkven.multidb.access;

import com.mkven.multidb.fixture.TestFixture;
import com.mkven.multidb.metadata.ColumnGrant;
import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.metadata.MetadataConfig;
import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.metadata.RoleMeta;
import com.mkven.multidb.metadata.TableGrant;
import com.mkven.multidb.metadata.TableMeta;
import com.mkven.multidb.metadata.TableRoleAccess;
import com.mkven.multidb.query.ContextRoles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role algebra of metadata.md §8.1 on the shared fixture; one test per row of the
 * quick-reference table of fixture.md §8, each asserting every readable table exactly.
 */
class EffectiveAccessTest {
    private static final MetadataConfig METADATA = TestFixture.metadata();
    private static final MetadataIndex INDEX = new MetadataIndex(METADATA, TestFixture.roles());
    private static final List<String> ALL_TABLES = List.of(
            "users", "orders", "products", "tenants", "invoices", "events", "metrics", "orders-archive");

    @Test
    @DisplayName("#13 admin sees every table, every column, nothing masked")
    void adminSeesEverything() {
        EffectiveAccess access = resolve(ContextRoles.user("admin"));

        assertThat(access.readableTables()).containsExactlyElementsOf(ALL_TABLES);
        for (String table : ALL_TABLES) {
            assertThat(access.table(table)).contains(unmasked(table, allColumns(table)));
        }
    }

    @Test
    @DisplayName("#14 tenant-user reads only id, total, status, createdAt of orders")
    void tenantUserColumnSubset() {
        TableAccess orders = resolve(ContextRoles.user("tenant-user")).table("orders").orElseThrow();

        assertThat(orders.allowedColumns()).containsExactlyInAnyOrder("id", "total", "status", "createdAt");
        assertThat(orders.allows("customerId")).isFalse();
    }

    @Test
    @DisplayName("#14b tenant-user gets orders.total masked, and its number mask gives 0")
    void maskingByRole() {
        TableAccess orders = resolve(ContextRoles.user("tenant-user")).table("orders").orElseThrow();
        ColumnMeta total = column("orders", "total");
        BigDecimal seedTotal = new BigDecimal(TestFixture.seed().get("orders").get(0).get("total").asText());

        assertThat(orders.masks("total")).isTrue();
        assertThat(orders.maskedColumns()).containsExactly("total");
        assertThat(seedTotal).isEqualByComparingTo("1200.00");
        assertThat(Masking.mask(seedTotal, total.effectiveMaskingFn(), total.type())).isEqualTo(BigDecimal.ZERO);
        assertThat(Masking.maskedType(total.effectiveMaskingFn(), total.type())).isEqualTo(total.type());
    }

    @Test
    @DisplayName("#38 columns omitted: tenant-user gets exactly its granted tables and columns, total and email masked")
    void tenantUserQuickReference() {
        EffectiveAccess access = resolve(ContextRoles.user("tenant-user"));

        assertThat(access.readableTables()).containsExactly("users", "orders", "products");
        assertThat(access.table("orders")).contains(new TableAccess("orders",
                Set.of("id", "total", "status", "createdAt"), Set.of("total")));
        assertThat(access.table("users")).contains(new TableAccess("users",
                Set.of("id", "firstName", "lastName", "email"), Set.of("email")));
        assertThat(access.table("products")).contains(unmasked("products", Set.of("id", "name", "category", "price")));
    }

    @Test
    @DisplayName("#14c union inside one scope: tenant-user with regional-manager reads all order columns, total unmasked")
    void unionInsideOneScope() {
        EffectiveAccess access = resolve(ContextRoles.user("tenant-user", "regional-manager"));

        assertThat(access.readableTables()).containsExactly("users", "orders", "products");
        assertThat(access.table("orders")).contains(unmasked("orders", allColumns("orders")));
        assertThat(allColumns("orders")).hasSize(13);
        // no role of the scope grants phone or email unmasked
        assertThat(access.table("users")).contains(new TableAccess("users", allColumns("users"), Set.of("phone", "email")));
        assertThat(allColumns("users")).hasSize(9);
        assertThat(access.table("products")).contains(unmasked("products", allColumns("products")));
        assertThat(allColumns("products")).hasSize(6);
    }

    @Test
    @DisplayName("#14d service scope narrows admin to orders, products and users(id, firstName, lastName)")
    void serviceScopeNarrowsAdmin() {
        EffectiveAccess access = resolve(ContextRoles.user("admin").withService("orders-service"));

        assertThat(access.readableTables()).containsExactly("users", "orders", "products");
        assertThat(access.table("orders")).contains(unmasked("orders", allColumns("orders")));
        assertThat(access.table("products")).contains(unmasked("products", allColumns("products")));
        assertThat(access.table("users")).contains(unmasked("users", Set.of("id", "firstName", "lastName")));
        for (String denied : List.of("tenants", "invoices", "events", "metrics", "orders-archive")) {
            assertThat(access.canRead(denied)).as(denied).isFalse();
            assertThat(access.table(denied)).as(denied).isEmpty();
        }
    }

    @Test
    @DisplayName("#14f omitted service scope imposes no restriction on admin")
    void omittedScopeIsUnrestricted() {
        EffectiveAccess withoutService = resolve(ContextRoles.user("admin"));

        assertThat(withoutService.table("orders")).contains(unmasked("orders", allColumns("orders")));
        assertThat(withoutService.readableTables()).containsExactlyElementsOf(ALL_TABLES);
    }

    @Test
    @DisplayName("#16 users for tenant-user with orders-service is the intersection id, firstName, lastName")
    void trimmingToTheIntersection() {
        EffectiveAccess access = resolve(ContextRoles.user("tenant-user").withService("orders-service"));

        assertThat(access.readableTables()).containsExactly("users", "orders", "products");
        // email is masked for tenant-user but not readable through orders-service, so it is gone
        assertThat(access.table("users")).contains(unmasked("users", Set.of("id", "firstName", "lastName")));
        assertThat(access.table("orders")).contains(new TableAccess("orders",
                Set.of("id", "total", "status", "createdAt"), Set.of("total")));
        assertThat(access.table("products")).contains(unmasked("products", Set.of("id", "name", "category", "price")));
    }

    @Test
    @DisplayName("#95 analytics-reader with orders-service share no table: every table denied")
    void scopesWithEmptyIntersection() {
        EffectiveAccess access = resolve(ContextRoles.user("analytics-reader").withService("orders-service"));

        assertThat(access.readableTables()).isEmpty();
        assertThat(access.canRead("events")).isFalse();
    }

    @Test
    @DisplayName("#104 an empty user scope denies every table")
    void emptyRoleList() {
        EffectiveAccess access = resolve(new ContextRoles(Optional.of(List.of()), Optional.empty()));

        assertThat(access.readableTables()).isEmpty();
        assertThat(access.canRead("orders")).isFalse();
    }

    @Test
    @DisplayName("#106 masking survives scope intersection: regional-manager with svc-role gets total masked")
    void maskingSurvivesIntersection() {
        List<RoleMeta> roles = new ArrayList<>(TestFixture.roles());
        roles.add(new RoleMeta("svc-role", TableGrant.of(List.of(
                new TableRoleAccess("orders", ColumnGrant.all(), List.of("total"))))));
        MetadataIndex variant = new MetadataIndex(METADATA, roles);

        EffectiveAccess access = EffectiveAccess.resolve(
                ContextRoles.user("regional-manager").withService("svc-role"), variant);

        assertThat(access.readableTables()).containsExactly("orders");
        assertThat(access.table("orders")).contains(new TableAccess("orders", allColumns("orders"), Set.of("total")));
    }

    @Test
    void contextWithNoScopeAtAllIsDeniedEverything() {
        // decisions.md §1 overrides "roles: {} is not restricted" of metadata.md §8.1
        EffectiveAccess access = resolve(new ContextRoles(Optional.empty(), Optional.empty()));

        assertThat(access.readableTables()).isEmpty();
    }

    @Test
    void serviceScopeAloneDecidesWhenUserScopeIsOmitted() {
        EffectiveAccess access = resolve(ContextRoles.service("orders-service"));

        assertThat(access.readableTables()).containsExactly("users", "orders", "products");
        assertThat(access.table("users")).contains(unmasked("users", Set.of("id", "firstName", "lastName")));
    }

    @Test
    void roleWithNoTablesGrantsNothingButTakesNothingAway() {
        assertThat(resolve(ContextRoles.user("no-access")).readableTables()).isEmpty();
        assertThat(resolve(ContextRoles.user("no-access", "tenant-user")).table("orders"))
                .isEqualTo(resolve(ContextRoles.user("tenant-user")).table("orders"));
    }

    @Test
    void unknownRoleIdGrantsNothing() {
        assertThat(resolve(ContextRoles.user("ghost")).readableTables()).isEmpty();
        assertThat(resolve(ContextRoles.user("ghost", "analytics-reader")).readableTables())
                .containsExactly("events", "metrics", "orders-archive");
    }

    @Test
    void wildcardServiceDoesNotUnmaskWhatTheUserScopeMasks() {
        EffectiveAccess access = resolve(ContextRoles.user("tenant-user").withService("full-service"));

        assertThat(access.table("orders")).contains(new TableAccess("orders",
                Set.of("id", "total", "status", "createdAt"), Set.of("total")));
        assertThat(access.table("users").orElseThrow().maskedColumns()).containsExactly("email");
    }

    @Test
    void maskedColumnOfAnAllColumnsGrantIsMasked() {
        TableAccess events = resolve(ContextRoles.user("analytics-reader")).table("events").orElseThrow();

        assertThat(events).isEqualTo(new TableAccess("events", allColumns("events"), Set.of("payload")));
    }

    @Test
    void archiveIsGrantedByTableIdNotApiName() {
        EffectiveAccess access = resolve(ContextRoles.user("analytics-reader"));

        assertThat(access.canRead("orders-archive")).isTrue();
        assertThat(access.canRead("ordersArchive")).isFalse();
    }

    private static EffectiveAccess resolve(ContextRoles roles) {
        return EffectiveAccess.resolve(roles, INDEX);
    }

    private static TableAccess unmasked(String tableId, Set<String> columns) {
        return new TableAccess(tableId, columns, Set.of());
    }

    private static Set<String> allColumns(String tableId) {
        return table(tableId).columns().stream().map(ColumnMeta::apiName).collect(Collectors.toSet());
    }

    private static ColumnMeta column(String tableId, String apiName) {
        return table(tableId).column(apiName).orElseThrow();
    }

    private static TableMeta table(String tableId) {
        return INDEX.tableById(tableId).orElseThrow();
    }
}
