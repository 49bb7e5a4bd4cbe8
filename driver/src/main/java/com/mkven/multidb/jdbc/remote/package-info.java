/**
 * The HTTP client of a MultiDB server (runtime.md §10–§11): {@link com.mkven.multidb.jdbc.remote.MultiDbClient}
 * sends queries, health and validation requests as JSON and rebuilds the server's typed errors, so remote callers see
 * the same {@code MultiDbException}s as in-process ones. The request bodies ({@link
 * com.mkven.multidb.jdbc.remote.QueryRequest}, {@link com.mkven.multidb.jdbc.remote.ConfigRequest}) are shared with
 * the server, which reads exactly these types. The remote JDBC mode is built on this client.
 */
package com.mkven.multidb.jdbc.remote;
