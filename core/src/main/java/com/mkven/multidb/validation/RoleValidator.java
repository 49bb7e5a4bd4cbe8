package com.mkven.multidb.validation;

import com.mkven.multidb.access.EffectiveAccess;
import com.mkven.multidb.error.ValidationIssueCode;
import com.mkven.multidb.error.ValidationIssueDetails;
import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.query.ContextRoles;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rule 13 (every role id must be loaded) and decisions.md §1 (a context must name at least one
 * scope); yields the access rules the other validators apply.
 */
final class RoleValidator {
    private RoleValidator() {}

    static AccessRules validate(ContextRoles roles, MetadataIndex index, IssueCollector issues) {
        if (roles.user().isEmpty() && roles.service().isEmpty()) {
            issues.add(ValidationIssueCode.ACCESS_DENIED,
                    "Access denied: no roles in context (give user or service roles)", ValidationIssueDetails.empty());
            return AccessRules.notJudged();
        }
        Set<String> unknown = new LinkedHashSet<>();
        collectUnknown(roles.user(), index, unknown);
        collectUnknown(roles.service(), index, unknown);
        for (String role : unknown) {
            issues.add(ValidationIssueCode.UNKNOWN_ROLE, "Role '" + role + "' does not exist",
                    ValidationIssueDetails.empty().withRole(role));
        }
        return unknown.isEmpty() ? AccessRules.enforced(EffectiveAccess.resolve(roles, index)) : AccessRules.notJudged();
    }

    private static void collectUnknown(Optional<List<String>> scope, MetadataIndex index, Set<String> unknown) {
        for (String role : scope.orElse(List.of())) {
            if (!index.rolesById().containsKey(role)) {
                unknown.add(role);
            }
        }
    }
}
