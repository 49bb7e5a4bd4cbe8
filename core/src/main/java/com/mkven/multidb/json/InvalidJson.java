package com.mkven.multidb.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.mkven.multidb.error.InvalidJsonException;

import java.util.Optional;

/** Builds the {@link InvalidJsonException} for what Jackson rejected. */
final class InvalidJson {
    private InvalidJson() {}

    static InvalidJsonException from(JsonProcessingException exception) {
        return new InvalidJsonException(JsonErrorText.path(exception), JsonErrorText.problem(exception), Optional.of(exception));
    }

    static InvalidJsonException from(IllegalArgumentException exception) {
        if (exception.getCause() instanceof JsonProcessingException processing) {
            return from(processing);
        }
        return new InvalidJsonException("$", String.valueOf(exception.getMessage()), Optional.of(exception));
    }

    static InvalidJsonException tooLarge(int length) {
        return new InvalidJsonException("$", "document of %d characters exceeds the limit of %d".formatted(length, JsonLimits.MAX_DOCUMENT_CHARS), Optional.empty());
    }
}
