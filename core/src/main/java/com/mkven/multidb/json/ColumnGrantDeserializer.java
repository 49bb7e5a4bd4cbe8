package com.mkven.multidb.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.mkven.multidb.metadata.ColumnGrant;

import java.io.IOException;
import java.util.List;

/** Reads {@code allowedColumns}: the string {@code '*'} or a list of column apiNames. */
public final class ColumnGrantDeserializer extends StdDeserializer<ColumnGrant> {
    public ColumnGrantDeserializer() {
        super(ColumnGrant.class);
    }

    @Override
    public ColumnGrant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (WildcardOrList.isWildcard(parser)) {
            return ColumnGrant.all();
        }
        List<String> columns = WildcardOrList.readList(parser, context, ColumnGrant.class, String.class, "column apiNames");
        return ColumnGrant.of(columns);
    }
}
