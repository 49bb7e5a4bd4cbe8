package com.mkven.multidb.jdbc.metadata;

import com.mkven.multidb.engine.MetadataSnapshot;
import com.mkven.multidb.fixture.TestFixture;
import com.mkven.multidb.jdbc.remote.MetadataView;
import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.query.ContextRoles;
import com.mkven.multidb.query.ExecutionContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A remote connection browses the server's {@code POST /metadata} view, which holds only what the roles see, with the
 * definitions of those roles; browsing it must show exactly what browsing the whole configuration shows an embedded
 * connection with the same roles.
 */
class BrowsableMetadataTest {
    private static final MetadataSnapshot FIXTURE =
            new MetadataSnapshot(TestFixture.metadata(), TestFixture.roles(), new MetadataIndex(TestFixture.metadata(), TestFixture.roles()));

    @ParameterizedTest(name = "roles={0}")
    @ValueSource(strings = {"admin", "tenant-user", "regional-manager", "analytics-reader", "no-access", "orders-service"})
    void theRemoteViewBrowsesLikeTheWholeConfiguration(String role) {
        ContextRoles roles = ContextRoles.user(role);
        MetadataView view = MetadataView.of(FIXTURE, new ExecutionContext(roles));
        MetadataSnapshot remote = new MetadataSnapshot(view.metadata(), view.roles(), new MetadataIndex(view.metadata(), view.roles()));

        BrowsableMetadata embedded = BrowsableMetadata.of(FIXTURE, roles);
        BrowsableMetadata browsedRemotely = BrowsableMetadata.of(remote, roles);

        assertThat(browsedRemotely.tablesLike(null, null, null)).isEqualTo(embedded.tablesLike(null, null, null));
        assertThat(browsedRemotely.schemas(null, NamePattern.like(null))).isEqualTo(embedded.schemas(null, NamePattern.like(null)));
    }
}
