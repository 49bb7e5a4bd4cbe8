package com.mkven.multidb.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.mkven.multidb.metadata.TableGrant;
import com.mkven.multidb.metadata.TableRoleAccess;

import java.io.IOException;

/** Reads a role's {@code tables}: the string {@code '*'} or a list of per-table grants. */
public final class TableGrantDeserializer extends StdDeserializer<TableGrant> {
    public TableGrantDeserializer() {
        super(TableGrant.class);
    }

    @Override
    public TableGrant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (WildcardOrList.isWildcard(parser)) {
            return TableGrant.all();
        }
        return TableGrant.of(WildcardOrList.readList(parser, context, TableGrant.class, TableRoleAccess.class, "table grants"));
    }
}
