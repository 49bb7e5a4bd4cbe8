package com.mkven.multidb.metadata;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The federation switch of {@link MetadataConfig}. */
public record TrinoSettings(@JsonProperty(required = true) boolean enabled) {
}
