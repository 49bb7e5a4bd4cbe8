/**
 * The {@code multidb} command ({@link com.mkven.multidb.server.cli.MultiDbCommand}): {@code demo}, {@code sql} and
 * {@code serve}, their argument parsing, the table output and the exit codes ({@link com.mkven.multidb.server.cli.ExitCode}).
 * Queries go through the JDBC driver like any application's, so what the command shows is what JDBC users get.
 */
package com.mkven.multidb.server.cli;
