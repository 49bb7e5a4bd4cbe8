package com.mkven.multidb.error;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One problem found by config validation: an entry of {@link ConfigException#errors()}. */
public record ConfigIssue(ConfigIssueCode code, String message, ConfigIssueDetails details) {
    public ConfigIssue {
        requireNonNull(code, "code is null");
        requireNonNull(message, "message is null");
        requireNonNull(details, "details is null");
    }

    ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("code", code.name());
        json.put("message", message);
        json.set("details", details.toJson());
        return json;
    }

    static ConfigIssue fromJson(JsonFields json) {
        return new ConfigIssue(
                json.enumValue("code", ConfigIssueCode.class),
                json.text("message"),
                ConfigIssueDetails.fromJson(json.objectOrEmpty("details")));
    }
}
