package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.query.QueryDefinition;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A SQL statement translated once, ready to be bound and run any number of times.
 *
 * <p>{@link #definition()} is the query with a {@link ParameterMarker} wherever a value of the
 * definition stands for a {@code ?} (filter values, IN and ARRAY elements, BETWEEN bounds, the
 * levenshtein text and distance). LIMIT, OFFSET and an EXISTS count are numbers in a definition, so
 * a {@code ?} there leaves them out of it until bound. {@link #bind} gives the definition to run; it
 * re-translates the parsed tree with the values, without parsing again.
 */
public final class TranslatedStatement {
    private final Translation template;
    private final boolean explain;
    private final List<ParameterSlot> parameters;
    private final ParsedQuery query;
    private final MetadataIndex index;

    TranslatedStatement(Translation template, boolean explain, List<ParameterSlot> parameters, ParsedQuery query,
            MetadataIndex index) {
        this.template = requireNonNull(template, "template is null");
        this.explain = explain;
        this.parameters = List.copyOf(parameters);
        this.query = requireNonNull(query, "query is null");
        this.index = requireNonNull(index, "index is null");
    }

    /** The query, with markers in place of parameter values; the one to run when there are no parameters. */
    public QueryDefinition definition() {
        return template.definition();
    }

    public int parameterCount() {
        return parameters.size();
    }

    /** Whether the statement was {@code EXPLAIN SELECT …}: the definition then asks for {@code sql-only}. */
    public boolean explain() {
        return explain;
    }

    /** What each {@code ?} expects, by index (the first is parameter 1). */
    public List<ParameterSlot> parameters() {
        return parameters;
    }

    /** The select list in SQL order, to present result columns in that order. */
    public List<SelectedItem> selectedItems() {
        return template.selectedItems();
    }

    /**
     * The definition with the values in place of the markers.
     *
     * @param values one per marker, in order; {@code null} is SQL NULL. Besides the JSON shapes
     *         (String, Number, Boolean, List) dates, timestamps, UUIDs, collections and arrays are
     *         accepted and converted as a JSON query would carry them.
     * @throws UnsupportedSqlException {@link UnsupportedSqlException.Kind#INVALID_PARAMETER} when the
     *         number of values is wrong or a value cannot be used where its marker stands
     */
    public QueryDefinition bind(List<?> values) {
        requireNonNull(values, "values is null");
        if (values.size() != parameters.size()) {
            throw UnsupportedSqlException.invalidParameter("the statement has " + parameters.size() + " parameter"
                    + (parameters.size() == 1 ? "" : "s") + ", " + values.size() + " value"
                    + (values.size() == 1 ? " was" : "s were") + " bound", SourcePosition.START);
        }
        if (parameters.isEmpty()) {
            return template.definition();
        }
        return SqlTranslator.guarded(() -> SelectTranslator.translate(query, index, new BoundParameters(values)))
                .definition();
    }
}
