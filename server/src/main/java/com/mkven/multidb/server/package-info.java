/**
 * The MultiDB HTTP server: {@link com.mkven.multidb.server.MultiDbServer} serves runtime.md §10 over one engine on the
 * JDK's own HTTP server, authenticates callers ({@link com.mkven.multidb.server.ServerUser}, HTTP Basic or Bearer) and
 * binds their requests to the roles they were granted. Everything but the configuration types and the hash helpers is
 * package-private.
 */
package com.mkven.multidb.server;
