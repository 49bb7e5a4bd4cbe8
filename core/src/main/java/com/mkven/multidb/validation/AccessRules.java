package com.mkven.multidb.validation;

import com.mkven.multidb.access.EffectiveAccess;
import com.mkven.multidb.access.TableAccess;
import com.mkven.multidb.error.ValidationIssueCode;
import com.mkven.multidb.error.ValidationIssueDetails;
import com.mkven.multidb.metadata.TableMeta;

import java.util.Optional;

/**
 * Rules 3 and 4 over the effective access of the request. When the roles themselves were
 * rejected (unknown ids, no scope at all) the permissions the caller meant cannot be known, so
 * nothing more is reported than that.
 */
final class AccessRules {
    private final Optional<EffectiveAccess> access;

    private AccessRules(Optional<EffectiveAccess> access) {
        this.access = access;
    }

    static AccessRules enforced(EffectiveAccess access) {
        return new AccessRules(Optional.of(access));
    }

    /** For roles already reported as broken: access is not judged. */
    static AccessRules notJudged() {
        return new AccessRules(Optional.empty());
    }

    /** Rule 3: reports the table when the roles cannot read it. */
    void checkTable(TableMeta table, ValidationIssueDetails details, IssueCollector issues) {
        if (access.isPresent() && !access.get().canRead(table.id())) {
            issues.add(ValidationIssueCode.ACCESS_DENIED,
                    "Table '" + table.apiName() + "' is not allowed for the roles in context", details);
        }
    }

    /**
     * Rule 4: whether the column may be read. A column of a denied table counts as allowed here:
     * the table was reported once, its columns would only repeat that.
     */
    boolean columnAllowed(TableMeta table, String column) {
        if (access.isEmpty()) {
            return true;
        }
        Optional<TableAccess> tableAccess = access.get().table(table.id());
        return tableAccess.isEmpty() || tableAccess.get().allows(column);
    }
}
