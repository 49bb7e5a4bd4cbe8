package com.mkven.multidb.query;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.mkven.multidb.json.FilterNodeDeserializer;

/**
 * One condition of a query. On the wire the variants are told apart by their shape:
 * {@code logic} → group, {@code refColumn} → column filter, {@code exists}/{@code count} or a
 * {@code table} without {@code column} → EXISTS filter, anything else → plain filter.
 */
@JsonDeserialize(using = FilterNodeDeserializer.class)
public sealed interface FilterNode permits QueryFilter, QueryColumnFilter, QueryFilterGroup, QueryExistsFilter {
}
