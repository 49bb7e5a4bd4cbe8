/**
 * What {@code ./multidb demo} stands on: the shared fixture shipped in the server jar
 * ({@link com.mkven.multidb.server.demo.Fixture}), loaded into a real PostgreSQL started from Maven Central binaries
 * ({@link com.mkven.multidb.server.demo.EmbeddedFixtureDatabase}), the config file that points the JDBC driver at it
 * ({@link com.mkven.multidb.server.demo.DemoConfigFile}) and the walk-through itself
 * ({@link com.mkven.multidb.server.demo.DemoWalkthrough}).
 */
package com.mkven.multidb.server.demo;
