package com.mkven.multidb.server.cli;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A result set as text, the way {@code psql} shows one: a header, aligned columns (numbers to the right), and the
 * row count. Rows holding a long or multi-line value (generated SQL, for one) are shown one field per line instead,
 * since a table as wide as the longest value is unreadable.
 *
 * @param rows every value as {@link ResultSet#getString} gives it, {@code NULL} for SQL NULL
 */
record ResultTable(List<Column> columns, List<List<String>> rows) {
    static final String NULL = "NULL";
    /** Longest value that still fits a table on a terminal next to a few short columns. */
    static final int MAX_TABLE_CELL = 80;

    ResultTable {
        columns = List.copyOf(requireNonNull(columns, "columns is null"));
        List<List<String>> copies = new ArrayList<>();
        for (List<String> row : requireNonNull(rows, "rows is null")) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " values for " + columns.size() + " columns");
            }
            copies.add(List.copyOf(row));
        }
        rows = Collections.unmodifiableList(copies);
    }

    /** Reads every row of {@code resultSet} (and closes nothing: the caller owns it). */
    static ResultTable read(ResultSet resultSet) throws SQLException {
        ResultSetMetaData metaData = resultSet.getMetaData();
        List<Column> columns = new ArrayList<>();
        for (int i = 1; i <= metaData.getColumnCount(); i++) {
            columns.add(new Column(metaData.getColumnLabel(i), isNumeric(metaData.getColumnType(i))));
        }
        List<List<String>> rows = new ArrayList<>();
        while (resultSet.next()) {
            List<String> row = new ArrayList<>(columns.size());
            for (int i = 1; i <= columns.size(); i++) {
                String value = resultSet.getString(i);
                row.add(value == null ? NULL : value);
            }
            rows.add(row);
        }
        return new ResultTable(columns, rows);
    }

    /** The values of the column labelled {@code label}, top to bottom; empty when there is no such column. */
    List<String> values(String label) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).label().equals(label)) {
                for (List<String> row : rows) {
                    values.add(row.get(i));
                }
                return values;
            }
        }
        return values;
    }

    /** The table (or the fields of each row) followed by {@code (N rows)}; ends with a line break. */
    String render() {
        StringBuilder text = new StringBuilder();
        if (fitsTable()) {
            renderTable(text);
        } else {
            renderFields(text);
        }
        text.append(rows.size() == 1 ? "(1 row)" : "(" + rows.size() + " rows)").append('\n');
        return text.toString();
    }

    private boolean fitsTable() {
        for (List<String> row : rows) {
            for (String value : row) {
                if (value.length() > MAX_TABLE_CELL || value.indexOf('\n') >= 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private void renderTable(StringBuilder text) {
        int[] widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).label().length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        List<String> header = new ArrayList<>();
        List<String> rule = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            header.add(pad(columns.get(i).label(), widths[i], false));
            rule.add("-".repeat(widths[i]));
        }
        line(text, header);
        text.append('-').append(String.join("-+-", rule)).append("-\n");
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < widths.length; i++) {
                cells.add(pad(row.get(i), widths[i], columns.get(i).numeric()));
            }
            line(text, cells);
        }
    }

    private void renderFields(StringBuilder text) {
        int width = 0;
        for (Column column : columns) {
            width = Math.max(width, column.label().length());
        }
        for (int r = 0; r < rows.size(); r++) {
            text.append("-[ row ").append(r + 1).append(" ]").append("-".repeat(Math.max(3, width - 6))).append('\n');
            for (int i = 0; i < columns.size(); i++) {
                String[] lines = rows.get(r).get(i).split("\n", -1);
                text.append(pad(columns.get(i).label(), width, false)).append(" | ").append(lines[0]).append('\n');
                for (int l = 1; l < lines.length; l++) {
                    text.append(" ".repeat(width)).append(" | ").append(lines[l]).append('\n');
                }
            }
        }
    }

    private static void line(StringBuilder text, List<String> cells) {
        text.append(' ').append(String.join(" | ", cells).stripTrailing()).append('\n');
    }

    private static String pad(String value, int width, boolean right) {
        String padding = " ".repeat(width - value.length());
        return right ? padding + value : value + padding;
    }

    private static boolean isNumeric(int jdbcType) {
        return switch (jdbcType) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.DECIMAL, Types.NUMERIC, Types.REAL,
                    Types.FLOAT, Types.DOUBLE -> true;
            default -> false;
        };
    }

    /** @param numeric aligned to the right, as numbers are easiest to compare that way */
    record Column(String label, boolean numeric) {
        Column {
            requireNonNull(label, "label is null");
        }
    }
}
