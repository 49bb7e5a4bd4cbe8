package com.mkven.multidb.tck.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a DDL resource into statements for engines that take one statement per request (the
 * ClickHouse HTTP endpoint, Trino): the files end every statement with a semicolon at the end of a
 * line, and {@code --} comment lines carry no SQL.
 */
final class SqlScript {
    private static final Pattern STATEMENT_END = Pattern.compile(";\\s*$", Pattern.MULTILINE);

    private SqlScript() {}

    /** The statements of a class-path resource, without comments and without the trailing semicolon. */
    static List<String> statements(String resource) {
        StringBuilder code = new StringBuilder();
        for (String line : PostgresSeed.ddl(resource).split("\n")) {
            if (!line.strip().startsWith("--")) {
                code.append(line).append('\n');
            }
        }
        List<String> statements = new ArrayList<>();
        for (String statement : STATEMENT_END.split(code)) {
            if (!statement.isBlank()) {
                statements.add(statement.strip());
            }
        }
        return statements;
    }
}
