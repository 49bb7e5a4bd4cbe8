package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.query.QueryDefinition;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** The result of translating one statement with one parameter binding. */
record Translation(QueryDefinition definition, List<SelectedItem> selectedItems) {
    Translation {
        requireNonNull(definition, "definition is null");
        selectedItems = List.copyOf(selectedItems);
    }
}
