package com.mkven.multidb.jdbc.remote;

import com.mkven.multidb.engine.QueryStream;
import com.mkven.multidb.error.MultiDbException;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.result.DataResult;
import com.mkven.multidb.result.DebugLogEntry;
import com.mkven.multidb.result.QueryResult;
import com.mkven.multidb.result.QueryResultMeta;
import com.mkven.multidb.result.ResultColumn;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * The rows of a remote {@code execute} query, read page by page so the client never holds more than one page: each
 * page is the query again with {@code limit}/{@code offset} narrowed to the next {@code pageSize} rows of what the
 * query asked for. The server's answer puts {@code meta} after the rows, so a page is the smallest unit a reader can
 * type; streaming one answer would need {@code meta} first.
 *
 * <p>Queries whose own paging is invalid, {@code byIds} lookups (which the cache may serve, and which are bounded by
 * their id list) and queries whose {@code limit} fits one page are sent once, unchanged, so what the server validates
 * and plans is exactly what the caller wrote. As with any offset paging, the pages of a query without an
 * {@code orderBy} on unique columns may overlap or miss rows if the database orders them differently per request.
 *
 * <p>{@code meta} and the debug log are those of the first page.
 */
final class PagedQueryStream implements QueryStream {
    private final QueryDefinition definition;
    private final int pageSize;
    private final Function<QueryDefinition, QueryResult> fetch;
    private final boolean paged;
    private final QueryResultMeta meta;
    private final Optional<List<DebugLogEntry>> debugLog;
    private final String[] keys;
    private List<Map<String, Object>> page;
    /** Position in {@link #page}. */
    private int position = -1;
    /** Rows of every page before the current one. */
    private long before;
    private boolean lastPage;
    private volatile boolean cancelled;

    private PagedQueryStream(QueryDefinition definition, int pageSize, Function<QueryDefinition, QueryResult> fetch, boolean paged,
            DataResult first) {
        this.definition = definition;
        this.pageSize = pageSize;
        this.fetch = fetch;
        this.paged = paged;
        this.meta = first.meta();
        this.debugLog = first.debugLog();
        List<ResultColumn> columns = first.meta().columns();
        this.keys = new String[columns.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = columns.get(i).apiName();
        }
        accept(first.data());
    }

    /**
     * Fetches the first page, so that validation, access and planning errors surface here as they do in-process.
     *
     * @param fetch sends one query and returns the server's answer, or throws its error
     */
    static PagedQueryStream open(QueryDefinition definition, int pageSize, Function<QueryDefinition, QueryResult> fetch) {
        requireNonNull(definition, "definition is null");
        requireNonNull(fetch, "fetch is null");
        if (pageSize <= 0) {
            throw new IllegalArgumentException("pageSize must be positive: " + pageSize);
        }
        boolean paged = pageable(definition, pageSize);
        QueryDefinition first = paged ? page(definition, pageSize, 0) : definition;
        return new PagedQueryStream(definition, pageSize, fetch, paged, data(fetch.apply(first)));
    }

    /** Only a query that asks for more than one page and whose own limit and offset are valid is split. */
    private static boolean pageable(QueryDefinition definition, int pageSize) {
        if (definition.byIds().isPresent()) {
            return false;
        }
        if (definition.limit().isEmpty()) {
            return definition.offset().isEmpty();
        }
        return definition.limit().get() > pageSize && definition.offset().filter(offset -> offset < 0).isEmpty();
    }

    /** The query for the page after {@code skipped} rows. */
    private static QueryDefinition page(QueryDefinition definition, int pageSize, long skipped) {
        QueryDefinition.Builder page = definition.toBuilder().limit(Math.toIntExact(rowsOfPage(definition, pageSize, skipped)));
        long offset = definition.offset().orElse(0) + skipped;
        if (offset > 0) {
            page.offset(Math.toIntExact(offset));
        }
        return page.build();
    }

    private static long rowsOfPage(QueryDefinition definition, int pageSize, long skipped) {
        return definition.limit().map(total -> Math.min(pageSize, total - skipped)).orElse((long) pageSize);
    }

    /** A short page is the last one; so is the page that reaches the query's own limit, and a query sent unchanged. */
    private void accept(List<Map<String, Object>> rows) {
        page = rows;
        position = -1;
        lastPage = !paged || rows.size() < rowsOfPage(definition, pageSize, before)
                || definition.limit().filter(total -> before + rows.size() >= total).isPresent();
    }

    private static DataResult data(QueryResult result) {
        if (result instanceof DataResult data) {
            return data;
        }
        throw new MultiDbException(ErrorResponses.INVALID_RESPONSE,
                "The server answered an execute query with a result of another kind: " + result.getClass().getSimpleName());
    }

    @Override
    public QueryResultMeta meta() {
        return meta;
    }

    @Override
    public boolean next() {
        if (cancelled) {
            throw new MultiDbException("STATEMENT_CANCELLED", "The statement was cancelled; no more rows are read");
        }
        if (position + 1 >= page.size() && !lastPage) {
            before += page.size();
            accept(data(fetch.apply(page(definition, pageSize, before))).data());
        }
        if (position + 1 < page.size()) {
            position++;
            return true;
        }
        position = page.size();
        return false;
    }

    @Override
    public Object value(int column) {
        return row().get(keys[column]);
    }

    @Override
    public Map<String, Object> row() {
        if (position < 0 || position >= page.size()) {
            throw new IllegalStateException("no current row");
        }
        return page.get(position);
    }

    /** Stops before the next page; a page request already sent runs to its end (the client cannot abort it). */
    @Override
    public void cancel() {
        cancelled = true;
    }

    @Override
    public List<DebugLogEntry> debugLog() {
        return debugLog.orElse(List.of());
    }

    /** Nothing to release: every page was a complete answer. */
    @Override
    public void close() {
        page = List.of();
        position = 0;
        lastPage = true;
    }
}
