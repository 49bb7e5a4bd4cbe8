package com.mkven.multidb.resolve;

import com.mkven.multidb.access.EffectiveAccess;
import com.mkven.multidb.fixture.TestFixture;
import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.metadata.RoleMeta;
import com.mkven.multidb.query.ContextRoles;
import com.mkven.multidb.query.QueryDefinition;

import java.util.ArrayList;
import java.util.List;

/** Resolves definitions against the shared fixture, as a given set of user roles. */
final class ResolverFixture {
    static final MetadataIndex INDEX = new MetadataIndex(TestFixture.metadata(), TestFixture.roles());

    private ResolverFixture() {}

    static ResolveResult resolve(QueryDefinition definition) {
        return resolveAs(definition, "admin");
    }

    static ResolveResult resolveAs(QueryDefinition definition, String... userRoles) {
        return NameResolver.resolve(definition, INDEX, EffectiveAccess.resolve(ContextRoles.user(userRoles), INDEX));
    }

    /** Resolves with the fixture roles plus {@code extra} (a scenario-local variant, fixture.md §10). */
    static ResolveResult resolveWithExtraRole(QueryDefinition definition, RoleMeta extra) {
        List<RoleMeta> roles = new ArrayList<>(TestFixture.roles());
        roles.add(extra);
        MetadataIndex index = new MetadataIndex(TestFixture.metadata(), roles);
        return NameResolver.resolve(definition, index, EffectiveAccess.resolve(ContextRoles.user(extra.id()), index));
    }
}
