package com.mkven.multidb.error;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The {@code details} of a {@link PlannerException}, one variant per code (sql.md §6.5); the variant decides the
 * error's code.
 */
public sealed interface PlannerDetails
        permits PlannerDetails.UnreachableTables, PlannerDetails.TrinoDisabled, PlannerDetails.NoCatalog,
                PlannerDetails.FreshnessUnmet {
    ErrorCode code();

    /** What went wrong, for the error message. */
    String describe();

    /** The spec's {@code details} object, {@code code} first. */
    ObjectNode toJson();

    /** No single database, replica or Trino path brings these tables together. */
    record UnreachableTables(List<String> tables) implements PlannerDetails {
        public UnreachableTables {
            tables = nonEmptyCopy(tables, "tables");
        }

        @Override
        public ErrorCode code() {
            return ErrorCode.UNREACHABLE_TABLES;
        }

        @Override
        public String describe() {
            return "no database, replica or Trino path reaches tables " + String.join(", ", tables);
        }

        @Override
        public ObjectNode toJson() {
            ObjectNode json = codeOnly(code());
            json.set("tables", textArray(tables));
            return json;
        }
    }

    /** The query needs federation and the {@code trino} block says {@code enabled: false}. */
    record TrinoDisabled() implements PlannerDetails {
        @Override
        public ErrorCode code() {
            return ErrorCode.TRINO_DISABLED;
        }

        @Override
        public String describe() {
            return "the query needs Trino federation, but Trino is disabled";
        }

        @Override
        public ObjectNode toJson() {
            return codeOnly(code());
        }
    }

    /** Trino is enabled, but these databases of the required tables have no {@code trinoCatalog}. */
    record NoCatalog(List<String> databases) implements PlannerDetails {
        public NoCatalog {
            databases = nonEmptyCopy(databases, "databases");
        }

        @Override
        public ErrorCode code() {
            return ErrorCode.NO_CATALOG;
        }

        @Override
        public String describe() {
            return "Trino has no catalog for databases " + String.join(", ", databases);
        }

        @Override
        public ObjectNode toJson() {
            ObjectNode json = codeOnly(code());
            json.set("databases", textArray(databases));
            return json;
        }
    }

    /**
     * Only replicas staler than the query's {@code freshness} could serve it.
     *
     * @param availableLag the best lag that was on offer
     */
    record FreshnessUnmet(String requiredFreshness, String availableLag) implements PlannerDetails {
        public FreshnessUnmet {
            requireNonNull(requiredFreshness, "requiredFreshness is null");
            requireNonNull(availableLag, "availableLag is null");
        }

        @Override
        public ErrorCode code() {
            return ErrorCode.FRESHNESS_UNMET;
        }

        @Override
        public String describe() {
            return "freshness '" + requiredFreshness + "' is required, but the freshest replica lags '"
                    + availableLag + "'";
        }

        @Override
        public ObjectNode toJson() {
            ObjectNode json = codeOnly(code());
            json.put("requiredFreshness", requiredFreshness);
            json.put("availableLag", availableLag);
            return json;
        }
    }

    private static ObjectNode codeOnly(ErrorCode code) {
        return JsonNodeFactory.instance.objectNode().put("code", code.name());
    }

    private static ArrayNode textArray(List<String> texts) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode(texts.size());
        for (String text : texts) {
            array.add(text);
        }
        return array;
    }

    private static List<String> nonEmptyCopy(List<String> names, String field) {
        List<String> copy = List.copyOf(requireNonNull(names, field + " is null"));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(field + " is empty");
        }
        return copy;
    }
}
