package com.mkven.multidb.error;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Rebuilds exceptions from the JSON written by {@link ThrowableJson}: the class from the body's {@code code}
 * (runtime.md §11), the details variant from the code as well.
 */
final class ErrorJsonReader {
    private ErrorJsonReader() {}

    static MultiDbException read(JsonNode json) {
        return read(JsonFields.root(json));
    }

    /**
     * A cause: a MultiDB error when its code is one of ours (or it calls itself {@code MultiDbError}), otherwise a
     * {@link RemoteCause} keeping the remote name, message and code.
     */
    static Throwable readCause(JsonFields json) {
        Optional<String> code = json.optionalText("code");
        String name = json.optionalText("name").orElse("Error");
        if (code.isPresent()
                && (ErrorCode.fromWire(code.get()).isPresent() || name.equals(MultiDbException.ERROR_NAME))) {
            return read(json);
        }
        return new RemoteCause(name, json.optionalText("message").orElse(""), code, cause(json));
    }

    private static MultiDbException read(JsonFields json) {
        String code = json.text("code");
        String message = json.text("message");
        Optional<ErrorCode> known = ErrorCode.fromWire(code);
        if (known.isEmpty()) {
            return new MultiDbException(code, message, cause(json));
        }
        JsonFields details = json.objectOrEmpty("details");
        return switch (known.get()) {
            case CONFIG_INVALID -> new ConfigException(message, list(json.objects("errors"), ConfigIssue::fromJson));
            case VALIDATION_FAILED -> new ValidationException(
                    message, json.text("fromTable"), list(json.objects("errors"), ValidationIssue::fromJson));
            case CONNECTION_FAILED -> new ConnectionException(known.get(), message,
                    new ConnectionDetails.Unreachable(
                            list(details.objects("unreachable"), UnreachableProvider::fromJson)),
                    cause(json));
            case NETWORK_ERROR, REQUEST_TIMEOUT -> new ConnectionException(known.get(), message,
                    new ConnectionDetails.NetworkFailure(
                            details.optionalText("url"), details.optionalLong("timeoutMs")),
                    cause(json));
            case UNREACHABLE_TABLES -> new PlannerException(
                    message, json.text("fromTable"), new PlannerDetails.UnreachableTables(details.texts("tables")));
            case TRINO_DISABLED -> new PlannerException(
                    message, json.text("fromTable"), new PlannerDetails.TrinoDisabled());
            case NO_CATALOG -> new PlannerException(
                    message, json.text("fromTable"), new PlannerDetails.NoCatalog(details.texts("databases")));
            case FRESHNESS_UNMET -> new PlannerException(message, json.text("fromTable"),
                    new PlannerDetails.FreshnessUnmet(details.text("requiredFreshness"), details.text("availableLag")));
            case EXECUTOR_MISSING -> new QueryExecutionException(
                    message, new ExecutionDetails.ExecutorMissing(details.text("database")), cause(json));
            case CACHE_PROVIDER_MISSING -> new QueryExecutionException(
                    message, new ExecutionDetails.CacheProviderMissing(details.text("cacheId")), cause(json));
            case QUERY_FAILED -> new QueryExecutionException(message,
                    new ExecutionDetails.QueryFailed(details.text("database"), details.text("dialect"),
                            details.text("sql"), ParamJson.fromJson(details.array("params"))),
                    // A body may carry the driver error only where the spec's type block puts it: details.cause.
                    cause(json).or(() -> cause(details)));
            case QUERY_TIMEOUT -> new QueryExecutionException(message,
                    new ExecutionDetails.QueryTimeout(details.text("database"), details.text("dialect"),
                            details.text("sql"), details.longValue("timeoutMs")),
                    cause(json));
            case METADATA_LOAD_FAILED -> new ProviderException(message, ProviderKind.METADATA, cause(json));
            case ROLE_LOAD_FAILED -> new ProviderException(message, ProviderKind.ROLE, cause(json));
            case INVALID_JSON -> new InvalidJsonException(message, json.text("path"), json.text("problem"), cause(json));
            case UNAUTHENTICATED -> AuthException.unauthenticated(message);
            case FORBIDDEN -> new AuthException(known.get(), message, details.texts("user"), details.texts("service"));
        };
    }

    private static Optional<Throwable> cause(JsonFields json) {
        return json.optionalObject("cause").map(ErrorJsonReader::readCause);
    }

    private static <T> List<T> list(List<JsonFields> objects, Function<JsonFields, T> reader) {
        List<T> values = new ArrayList<>(objects.size());
        for (JsonFields object : objects) {
            values.add(reader.apply(object));
        }
        return values;
    }
}
