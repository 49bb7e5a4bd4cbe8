package com.mkven.multidb.jdbc;

import com.mkven.multidb.metadata.MetadataIndex;

/** What SQL text is resolved against: the tables and columns the connection's roles can see, in API names. */
interface StatementScope {
    MetadataIndex visibleIndex();
}
