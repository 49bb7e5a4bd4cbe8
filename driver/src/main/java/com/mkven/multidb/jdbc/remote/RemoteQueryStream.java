package com.mkven.multidb.jdbc.remote;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.mkven.multidb.engine.QueryStream;
import com.mkven.multidb.error.ConnectionException;
import com.mkven.multidb.error.MultiDbException;
import com.mkven.multidb.result.DebugLogEntry;
import com.mkven.multidb.result.QueryResultMeta;
import com.mkven.multidb.result.ResultColumn;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * The rows of a remote {@code execute} query, read from its one streamed answer as they arrive:
 * {@code {"kind":"data","meta":…,"data":[…],"debugLog":…}}. The server writes {@code meta} first, so each row is
 * typed as it is read and the client holds one row at a time; the query runs once, as in-process. A failure the server
 * met after its 200 ends the rows with an {@code "error"} member, thrown from {@link #next()} as the typed error.
 *
 * <p>{@link #cancel()} (any thread) and an early {@link #close()} close the answer, which ends the exchange: the
 * server's next write fails, and it cancels the database statement.
 */
final class RemoteQueryStream implements QueryStream {
    private static final ObjectReader ROW = ResponseJson.memberReader(new TypeReference<Map<String, Object>>() {});
    private static final ObjectReader DEBUG_LOG = ResponseJson.memberReader(new TypeReference<List<DebugLogEntry>>() {});
    private static final ObjectReader META = ResponseJson.memberReader(new TypeReference<QueryResultMeta>() {});
    private static final ObjectReader ERROR = ResponseJson.memberReader(new TypeReference<JsonNode>() {});

    private final JsonParser parser;
    /** Closed by {@link #cancel()} from another thread: the parser is the reader's alone. */
    private final InputStream answer;
    private final String url;
    private final QueryResultMeta meta;
    private final Map<String, ResultColumn> columns;
    private final String[] keys;
    private List<DebugLogEntry> debugLog = List.of();
    private Map<String, Object> row;
    private boolean ended;
    private volatile boolean cancelled;

    private RemoteQueryStream(JsonParser parser, InputStream answer, String url, QueryResultMeta meta) {
        this.parser = parser;
        this.answer = answer;
        this.url = url;
        this.meta = meta;
        this.columns = RemoteValues.columnsByName(meta);
        this.keys = meta.columns().stream().map(ResultColumn::apiName).toArray(String[]::new);
    }

    /**
     * Reads the answer up to its first row: {@code kind}, {@code meta} and the opening of {@code data}.
     *
     * @throws MultiDbException {@code INVALID_RESPONSE} when the answer does not start that way (the body is closed)
     */
    static RemoteQueryStream open(InputStream answer, String url) {
        requireNonNull(answer, "answer is null");
        requireNonNull(url, "url is null");
        JsonParser parser = null;
        try {
            parser = ResponseJson.parser(answer);
            expect(parser.nextToken() == JsonToken.START_OBJECT, "an object");
            expect("kind".equals(parser.nextFieldName()) && "data".equals(parser.nextTextValue()), "\"kind\":\"data\" first");
            expect("meta".equals(parser.nextFieldName()), "\"meta\" before the rows");
            parser.nextToken();
            QueryResultMeta meta = META.readValue(parser);
            expect("data".equals(parser.nextFieldName()) && parser.nextToken() == JsonToken.START_ARRAY, "\"data\" after \"meta\"");
            return new RemoteQueryStream(parser, answer, url, meta);
        } catch (IOException | RuntimeException e) {
            closeQuietly(parser, answer);
            RuntimeException problem = e instanceof RuntimeException runtime ? runtime : new IllegalArgumentException(e.getMessage(), e);
            throw ErrorResponses.invalidResponse(url, "a streamed DataResult", problem);
        }
    }

    @Override
    public QueryResultMeta meta() {
        return meta;
    }

    @Override
    public boolean next() {
        if (cancelled) {
            throw cancelled();
        }
        if (ended) {
            return false;
        }
        try {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_OBJECT) {
                row = RemoteValues.row(ROW.readValue(parser), columns);
                return true;
            }
            expect(token == JsonToken.END_ARRAY, "a row or the end of \"data\"");
            row = null;
            ended = true;
            readTrailer();
            return false;
        } catch (IOException e) {
            throw cancelled ? cancelled() : ConnectionException.networkError(url, e);
        } catch (MultiDbException e) {
            throw e;
        } catch (RuntimeException e) {
            throw cancelled ? cancelled() : ErrorResponses.invalidResponse(url, "a streamed DataResult", e);
        }
    }

    /** What follows the rows: the debug log, or the error that cut them short. */
    private void readTrailer() throws IOException {
        try {
            for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
                parser.nextToken();
                switch (field) {
                    case "debugLog" -> debugLog = List.copyOf(DEBUG_LOG.<List<DebugLogEntry>>readValue(parser));
                    case "error" -> {
                        JsonNode error = ERROR.readValue(parser);
                        throw ErrorResponses.rebuild(200, error, error.toString(), url);
                    }
                    default -> throw new IllegalArgumentException("unexpected member \"" + field + "\" after the rows");
                }
            }
            expect(parser.currentToken() == JsonToken.END_OBJECT, "the end of the answer");
        } finally {
            close();
        }
    }

    @Override
    public Object value(int column) {
        return row().get(keys[column]);
    }

    @Override
    public Map<String, Object> row() {
        if (row == null) {
            throw new IllegalStateException("no current row");
        }
        return row;
    }

    /** Closes the answer: a reader blocked on it wakes up with a cancel, and the server stops the statement. */
    @Override
    public void cancel() {
        cancelled = true;
        try {
            answer.close();
        } catch (IOException e) {
            // the exchange is abandoned either way
        }
    }

    @Override
    public List<DebugLogEntry> debugLog() {
        return debugLog;
    }

    @Override
    public void close() {
        ended = true;
        row = null;
        try {
            parser.close();
        } catch (IOException e) {
            // the exchange is abandoned either way; nothing of it is read any more
        }
    }

    static MultiDbException cancelled() {
        return new MultiDbException("STATEMENT_CANCELLED", "The statement was cancelled; no more rows are read");
    }

    private static void expect(boolean condition, String what) {
        if (!condition) {
            throw new IllegalArgumentException("expected " + what);
        }
    }

    private static void closeQuietly(JsonParser parser, InputStream answer) {
        try {
            if (parser != null) {
                parser.close();
            }
            answer.close();
        } catch (IOException e) {
            // the answer is refused already; closing it only releases the connection
        }
    }
}
