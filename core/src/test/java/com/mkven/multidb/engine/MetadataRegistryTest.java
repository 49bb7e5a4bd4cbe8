package com.mkven.multidb.engine;

import com.mkven.multidb.error.ConfigException;
import com.mkven.multidb.error.ErrorCode;
import com.mkven.multidb.error.ProviderException;
import com.mkven.multidb.error.ProviderKind;
import com.mkven.multidb.fixture.TestFixture;
import com.mkven.multidb.metadata.MetadataConfig;
import com.mkven.multidb.metadata.RoleMeta;
import com.mkven.multidb.metadata.TableMeta;
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
