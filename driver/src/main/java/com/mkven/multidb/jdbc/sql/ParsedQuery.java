package com.mkven.multidb.jdbc.sql;

import net.sf.jsqlparser.statement.select.PlainSelect;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A parsed statement of the subset's shape, independent of metadata, so it can be cached per text
 * and translated again for each set of bound values. Nobody mutates the tree after parsing, which
 * is what makes sharing it between threads safe.
 *
 * @param markers where each {@code ?} is, in text order
 */
record ParsedQuery(PlainSelect select, boolean explain, List<SourcePosition> markers) {
    ParsedQuery {
        requireNonNull(select, "select is null");
        markers = List.copyOf(markers);
    }
}
