package com.mkven.multidb.error;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * {@code PlannerError}: no execution path can serve the query (plan P4, sql.md §6.5). The code follows from the
 * {@link PlannerDetails} variant.
 */
public final class PlannerException extends MultiDbException {
    private final String fromTable;
    private final PlannerDetails details;

    /** @param fromTable the query's {@code from} */
    public PlannerException(String fromTable, PlannerDetails details) {
        this(message(fromTable, details), fromTable, details);
    }

    /** With the message given, as when the error is rebuilt from a server's answer. */
    public PlannerException(String message, String fromTable, PlannerDetails details) {
        super(requireNonNull(details, "details is null").code(), message, Optional.empty());
        this.fromTable = requireNonNull(fromTable, "fromTable is null");
        this.details = details;
    }

    private static String message(String fromTable, PlannerDetails details) {
        requireNonNull(fromTable, "fromTable is null");
        requireNonNull(details, "details is null");
        return "Cannot plan query on " + fromTable + ": " + details.describe();
    }

    /** The query's {@code from}. */
    public String fromTable() {
        return fromTable;
    }

    public PlannerDetails details() {
        return details;
    }

    @Override
    public String errorName() {
        return ErrorCategory.PLANNER.errorName();
    }

    @Override
    void writeOwnFields(ObjectNode json, ThrowableJson throwables) {
        json.put("fromTable", fromTable);
        json.set("details", details.toJson());
    }
}
