package com.mkven.multidb.jdbc.sql;

/**
 * An EXISTS subquery may refer to the enclosing query only through its correlation predicate, which
 * the relation already implies; any other outer reference has no place in a query definition.
 */
final class OuterReferences {
    private OuterReferences() {}

    static void refuse(ResolvedColumn column) {
        if (column.depth() > 0) {
            throw UnsupportedSqlException.unsupported("outer reference " + column.describe(),
                    "an EXISTS subquery can refer to " + column.describe()
                            + " of the enclosing query only in its correlation (the relation's key equality)",
                    column.position());
        }
    }
}
