package com.mkven.multidb.spi;

import com.mkven.multidb.json.MultiDbJson;
import com.mkven.multidb.metadata.RoleMeta;

import java.nio.file.Path;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Where roles come from; like {@link MetadataProvider}, always loaded through a provider. A
 * provider may throw anything, which the engine reports as {@code ROLE_LOAD_FAILED}.
 */
@FunctionalInterface
public interface RoleProvider {
    List<RoleMeta> load() throws Exception;

    /** Fixed roles: the spec's {@code staticRoles}. */
    static RoleProvider of(List<RoleMeta> roles) {
        List<RoleMeta> copy = List.copyOf(requireNonNull(roles, "roles is null"));
        return () -> copy;
    }

    /** A JSON array of roles in a file, read anew on every load. */
    static RoleProvider fromJsonFile(Path file) {
        requireNonNull(file, "file is null");
        return () -> List.of(MultiDbJson.read(JsonSource.readFile(file), RoleMeta[].class));
    }

    /** A JSON array of roles on the class path. */
    static RoleProvider fromClasspath(String resource) {
        requireNonNull(resource, "resource is null");
        return () -> List.of(MultiDbJson.read(JsonSource.readResource(resource), RoleMeta[].class));
    }
}
