package com.mkven.multidb.engine;

import com.mkven.multidb.error.ConfigException;
import com.mkven.multidb.error.ConfigIssue;
import com.mkven.multidb.error.ConfigIssueCode;
import com.mkven.multidb.error.ErrorCode;
import com.mkven.multidb.error.ProviderException;
import com.mkven.multidb.error.ProviderKind;
import com.mkven.multidb.fixture.TestFixture;
import com.mkven.multidb.metadata.ColumnGrant;
import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.metadata.MetadataConfig;
import com.mkven.multidb.metadata.RoleMeta;
import com.mkven.multidb.metadata.TableGrant;
import com.mkven.multidb.metadata.TableMeta;
import com.mkven.multidb.metadata.TableRoleAccess;
import com.mkven.multidb.spi.MetadataProvider;
import com.mkven.multidb.spi.RoleProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class MetadataRegistryTest {
    @Test
    void loadsValidatesAndIndexesTheFixture() {
        MetadataRegistry registry = MetadataRegistry.load(MetadataProvider.of(TestFixture.metadata()), RoleProvider.of(TestFixture.roles()));

        MetadataSnapshot snapshot = registry.snapshot();
        assertThat(snapshot.index().tableByApiName("ordersArchive")).isPresent();
        assertThat(snapshot.index().rolesById()).containsKey("tenant-user");
    }

    @Test
    @DisplayName("#54 metadata provider fails: ProviderError METADATA_LOAD_FAILED with the original cause")
    void metadataProviderFailure() {
        IllegalStateException failure = new IllegalStateException("metadata store down");

        assertThatThrownBy(() -> MetadataRegistry.load(() -> { throw failure; }, RoleProvider.of(TestFixture.roles())))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.METADATA_LOAD_FAILED.name());
                    assertThat(e.provider()).isEqualTo(ProviderKind.METADATA);
                    assertThat(e.getCause()).isSameAs(failure);
                    assertThat(e.toJson().get("details").get("provider").asText()).isEqualTo("metadata");
                });
    }

    @Test
    @DisplayName("#55 role provider fails: ProviderError ROLE_LOAD_FAILED with details.provider role")
    void roleProviderFailure() {
        assertThatThrownBy(() -> MetadataRegistry.load(MetadataProvider.of(TestFixture.metadata()), () -> { throw new IOException("roles unreachable"); }))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.ROLE_LOAD_FAILED.name());
                    assertThat(e.toJson().get("details").get("provider").asText()).isEqualTo("role");
                    assertThat(e.getCause()).hasMessage("roles unreachable");
                });
    }

    @Test
    void providerReturningNullIsAProviderError() {
        assertThatThrownBy(() -> MetadataRegistry.load(() -> null, RoleProvider.of(TestFixture.roles())))
                .isInstanceOf(ProviderException.class)
                .hasRootCauseMessage("metadata provider returned null");
    }

    @Test
    void invalidConfigAtLoadIsAConfigError() {
        MetadataConfig broken = withTable(TestFixture.metadata(), renamed(TestFixture.metadata().tables().get(0), "Order_Items"));

        assertThatThrownBy(() -> MetadataRegistry.load(MetadataProvider.of(broken), RoleProvider.of(TestFixture.roles())))
                .isInstanceOf(ConfigException.class);
    }

    @Test
    void reloadSwapsToTheNewSnapshotAndKeepsTheOldOneOnFailure() {
        AtomicReference<Object> next = new AtomicReference<>(TestFixture.metadata());
        MetadataRegistry registry = MetadataRegistry.load(() -> {
            Object value = next.get();
            if (value instanceof Exception e) {
                throw e;
            }
            return (MetadataConfig) value;
        }, RoleProvider.of(TestFixture.roles()));
        MetadataSnapshot first = registry.snapshot();

        MetadataConfig withAudit = withTable(TestFixture.metadata(), renamed(TestFixture.metadata().tables().get(0), "auditLog"));
        next.set(withAudit);
        registry.reloadMetadata();
        MetadataSnapshot second = registry.snapshot();
        assertThat(second).isNotSameAs(first);
        assertThat(second.index().tableByApiName("auditLog")).isPresent();
        assertThat(first.index().tableByApiName("auditLog")).as("a captured snapshot never changes").isEmpty();

        next.set(new IllegalStateException("provider down"));
        assertThatThrownBy(registry::reloadMetadata).isInstanceOf(ProviderException.class);
        assertThat(registry.snapshot()).isSameAs(second);

        next.set(withTable(TestFixture.metadata(), renamed(TestFixture.metadata().tables().get(0), "Bad_Name")));
        assertThatThrownBy(registry::reloadMetadata).isInstanceOf(ConfigException.class);
        assertThat(registry.snapshot()).isSameAs(second);
    }

    @Test
    void reloadRolesKeepsMetadataAndSwapsRoles() {
        AtomicReference<List<RoleMeta>> roles = new AtomicReference<>(TestFixture.roles());
        MetadataRegistry registry = MetadataRegistry.load(MetadataProvider.of(TestFixture.metadata()), roles::get);

        roles.set(TestFixture.roles().subList(0, 1));
        registry.reloadRoles();

        assertThat(registry.snapshot().index().rolesById()).containsOnlyKeys("admin");
    }

    @Test
    void anEditValidOnlyWithBothChangedLoadsThroughReloadAlone() {
        AtomicReference<MetadataConfig> metadata = new AtomicReference<>(TestFixture.metadata());
        AtomicReference<List<RoleMeta>> roles = new AtomicReference<>(TestFixture.roles());
        MetadataRegistry registry = MetadataRegistry.load(metadata::get, roles::get);
        MetadataSnapshot first = registry.snapshot();

        metadata.set(renameOrdersTotal(TestFixture.metadata()));
        roles.set(renameOrdersTotalGrants(TestFixture.roles()));
        assertThatThrownBy(registry::reloadMetadata).as("the new metadata against the old roles").isInstanceOf(ConfigException.class);
        assertThatThrownBy(registry::reloadRoles).as("the new roles against the old metadata").isInstanceOf(ConfigException.class);
        assertThat(registry.snapshot()).isSameAs(first);

        registry.reload();

        MetadataSnapshot second = registry.snapshot();
        assertThat(second.index().tableByApiName("orders").orElseThrow().column("grandTotal")).isPresent();
        assertThat(second.index().tableByApiName("orders").orElseThrow().column("total")).isEmpty();
        assertThat(ordersGrant(second.roles(), "tenant-user")).satisfies(grant -> {
            assertThat(grant.allowedColumns().allows("grandTotal")).isTrue();
            assertThat(grant.allowedColumns().allows("total")).isFalse();
            assertThat(grant.maskedColumns()).containsExactly("grandTotal");
        });
        assertThat(first.index().tableByApiName("orders").orElseThrow().column("total")).as("a captured snapshot never changes").isPresent();
    }

    @Test
    void aProviderFailingDuringReloadKeepsThePreviousSnapshot() {
        AtomicReference<MetadataConfig> metadata = new AtomicReference<>(TestFixture.metadata());
        AtomicReference<Exception> roleFailure = new AtomicReference<>();
        MetadataRegistry registry = MetadataRegistry.load(metadata::get, () -> {
            Exception failure = roleFailure.get();
            if (failure != null) {
                throw failure;
            }
            return TestFixture.roles();
        });
        MetadataSnapshot first = registry.snapshot();

        metadata.set(withTable(TestFixture.metadata(), renamed(TestFixture.metadata().tables().get(0), "auditLog")));
        roleFailure.set(new IOException("roles unreachable"));
        assertThatThrownBy(registry::reload).isInstanceOfSatisfying(ProviderException.class, e -> {
            assertThat(e.provider()).isEqualTo(ProviderKind.ROLE);
            assertThat(e.code()).isEqualTo(ErrorCode.ROLE_LOAD_FAILED.name());
            assertThat(e.getCause()).isSameAs(roleFailure.get());
        });
        assertThat(registry.snapshot()).as("the metadata loaded before the roles failed is not applied").isSameAs(first);

        roleFailure.set(null);
        metadata.set(null);
        assertThatThrownBy(registry::reload).isInstanceOfSatisfying(ProviderException.class, e -> {
            assertThat(e.provider()).isEqualTo(ProviderKind.METADATA);
            assertThat(e.code()).isEqualTo(ErrorCode.METADATA_LOAD_FAILED.name());
        });
        assertThat(registry.snapshot()).isSameAs(first);
    }

    @Test
    void reloadOfAnInvalidCombinationKeepsThePreviousSnapshot() {
        AtomicReference<MetadataConfig> metadata = new AtomicReference<>(TestFixture.metadata());
        MetadataRegistry registry = MetadataRegistry.load(metadata::get, RoleProvider.of(TestFixture.roles()));
        MetadataSnapshot first = registry.snapshot();

        metadata.set(renameOrdersTotal(TestFixture.metadata()));

        assertThatThrownBy(registry::reload).isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors())
                .extracting(ConfigIssue::code, ConfigIssue::message)
                .containsExactly(
                        tuple(ConfigIssueCode.INVALID_REFERENCE, "Role 'tenant-user' allows unknown column 'total' of table 'orders'"),
                        tuple(ConfigIssueCode.INVALID_REFERENCE, "Role 'tenant-user' masks unknown column 'total' of table 'orders'")));
        assertThat(registry.snapshot()).isSameAs(first);
    }

    @Test
    void overlappingReloadsAreSerialised() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        MetadataRegistry registry = MetadataRegistry.load(() -> {
            int now = inside.incrementAndGet();
            maxInside.accumulateAndGet(now, Math::max);
            Thread.sleep(20);
            inside.decrementAndGet();
            return TestFixture.metadata();
        }, RoleProvider.of(TestFixture.roles()));

        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    registry.reloadMetadata();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            threads.add(thread);
            thread.start();
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(maxInside.get()).isEqualTo(1);
    }

    @Test
    void jsonFileProvidersReadTheFileAnewOnEveryLoad(@TempDir Path dir) throws Exception {
        Path metadataFile = dir.resolve("metadata.json");
        Path rolesFile = dir.resolve("roles.json");
        Files.writeString(metadataFile, TestFixture.metadataJson());
        Files.writeString(rolesFile, TestFixture.rolesJson());
        MetadataRegistry registry = MetadataRegistry.load(MetadataProvider.fromJsonFile(metadataFile), RoleProvider.fromJsonFile(rolesFile));

        Files.writeString(rolesFile, "[{\"id\": \"admin\", \"tables\": \"*\"}]");
        registry.reloadRoles();

        assertThat(registry.snapshot().roles()).extracting(RoleMeta::id).containsExactly("admin");
    }

    @Test
    void missingJsonFileIsAProviderError(@TempDir Path dir) {
        assertThatThrownBy(() -> MetadataRegistry.load(MetadataProvider.fromJsonFile(dir.resolve("absent.json")), RoleProvider.of(TestFixture.roles())))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("absent.json");
    }

    @Test
    void classpathProvidersLoadResources() {
        MetadataRegistry registry = MetadataRegistry.load(
                MetadataProvider.fromClasspath("fixture/metadata.json"), RoleProvider.fromClasspath("/fixture/roles.json"));

        assertThat(registry.snapshot().metadata().tables()).hasSize(8);
        assertThatThrownBy(() -> MetadataProvider.fromClasspath("nope.json").load()).hasMessageContaining("/nope.json");
    }

    /** The fixture's {@code orders.total} under the apiName {@code grandTotal} (same physical column). */
    private static MetadataConfig renameOrdersTotal(MetadataConfig config) {
        List<TableMeta> tables = config.tables().stream()
                .map(table -> table.id().equals("orders") ? withColumns(table, table.columns().stream().map(MetadataRegistryTest::renameTotal).toList()) : table)
                .toList();
        return new MetadataConfig(config.databases(), tables, config.caches(), config.externalSyncs(), config.trino());
    }

    private static ColumnMeta renameTotal(ColumnMeta column) {
        return new ColumnMeta(renameTotal(column.apiName()), column.physicalName(), column.type(), column.nullable(), column.maskingFn());
    }

    /** The roles with every grant on {@code orders} naming {@code grandTotal} where it named {@code total}. */
    private static List<RoleMeta> renameOrdersTotalGrants(List<RoleMeta> roles) {
        return roles.stream().map(role -> role.tables() instanceof TableGrant.Tables grants
                ? new RoleMeta(role.id(), TableGrant.of(grants.tables().stream().map(MetadataRegistryTest::renameTotal).toList()))
                : role).toList();
    }

    private static TableRoleAccess renameTotal(TableRoleAccess grant) {
        if (!grant.tableId().equals("orders")) {
            return grant;
        }
        ColumnGrant allowed = grant.allowedColumns() instanceof ColumnGrant.Columns columns
                ? ColumnGrant.of(columns.columns().stream().map(MetadataRegistryTest::renameTotal).toList())
                : grant.allowedColumns();
        return new TableRoleAccess(grant.tableId(), allowed, grant.maskedColumns().stream().map(MetadataRegistryTest::renameTotal).toList());
    }

    private static String renameTotal(String column) {
        return column.equals("total") ? "grandTotal" : column;
    }

    private static TableRoleAccess ordersGrant(List<RoleMeta> roles, String roleId) {
        RoleMeta role = roles.stream().filter(r -> r.id().equals(roleId)).findFirst().orElseThrow();
        return ((TableGrant.Tables) role.tables()).tables().stream().filter(grant -> grant.tableId().equals("orders")).findFirst().orElseThrow();
    }

    private static TableMeta withColumns(TableMeta table, List<ColumnMeta> columns) {
        return new TableMeta(table.id(), table.apiName(), table.database(), table.physicalName(), columns, table.primaryKey(), table.relations(),
                table.trinoPhysicalName());
    }

    private static TableMeta renamed(TableMeta table, String apiName) {
        return new TableMeta(apiName, apiName, table.database(), "public.audit_log", table.columns(), table.primaryKey(), List.of(),
                Optional.empty());
    }

    private static MetadataConfig withTable(MetadataConfig config, TableMeta extra) {
        List<TableMeta> tables = new ArrayList<>(config.tables());
        tables.add(extra);
        return new MetadataConfig(config.databases(), tables, config.caches(), config.externalSyncs(), config.trino());
    }
}
