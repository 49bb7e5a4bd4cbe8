package com.mkven.multidb.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.mkven.multidb.engine.QueryStream;
import com.mkven.multidb.error.MultiDbException;
import com.mkven.multidb.result.ResultColumn;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * Writes an {@code execute} query as a {@code DataResult} document row by row while the database delivers them, so
 * neither the engine nor the server holds the whole result: {@code {"kind":"data","meta":…,"data":[…],"debugLog":…}}.
 * {@code meta} is complete once the statement has started, and comes first so that a client can type each row as it
 * arrives (the remote JDBC driver streams it that way); for any other JSON reader the order of members is immaterial.
 *
 * <p>A failure after the first byte cannot change the status any more (200 is out). The document then ends with an
 * {@code "error"} member holding the error's {@code toJson()} body after the rows; {@code MultiDbClient}
 * throws it, and a strict reader of {@code DataResult} refuses the document, so a cut result is never mistaken for a
 * whole one.
 */
final class StreamedRows {
    private static final System.Logger LOG = System.getLogger(StreamedRows.class.getName());

    private StreamedRows() {}

    static void write(QueryStream stream, boolean debug, JsonGenerator json) throws IOException {
        List<ResultColumn> columns = stream.meta().columns();
        String[] keys = new String[columns.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = columns.get(i).apiName();
        }
        json.writeStartObject();
        json.writeStringField("kind", "data");
        json.writeObjectField("meta", stream.meta());
        json.writeArrayFieldStart("data");
        try {
            while (stream.next()) {
                json.writeStartObject();
                for (int i = 0; i < keys.length; i++) {
                    json.writeFieldName(keys[i]);
                    json.writeObject(stream.value(i));
                }
                json.writeEndObject();
            }
        } catch (RuntimeException failure) {
            json.writeEndArray();
            json.writeObjectField("error", errorBody(failure));
            json.writeEndObject();
            return;
        }
        json.writeEndArray();
        if (debug) {
            json.writeObjectField("debugLog", stream.debugLog());
        }
        json.writeEndObject();
    }

    private static Object errorBody(RuntimeException failure) {
        if (failure instanceof MultiDbException error) {
            return error.toJson();
        }
        LOG.log(Level.ERROR, "unexpected failure while streaming rows", failure);
        return ApiHandler.internalError().toJson();
    }
}
