/**
 * The internal SQL IR (sql.md §3): what name resolution produces and every {@code SqlDialect} renders.
 *
 * <p>It holds physical names and parameter indexes only — no API names, no masking, no values. Start at
 * {@link com.mkven.multidb.ir.SqlParts}; WHERE and HAVING trees are walked with
 * {@link com.mkven.multidb.ir.WhereVisitor} and {@link com.mkven.multidb.ir.HavingVisitor}, so a new node type breaks
 * every dialect at compile time instead of falling through at run time. The planner rewrites table names and
 * catalogs with {@link com.mkven.multidb.ir.TableRefRewriter}.
 */
package com.mkven.multidb.ir;
