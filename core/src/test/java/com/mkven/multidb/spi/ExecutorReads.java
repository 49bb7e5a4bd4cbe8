package com.mkven.multidb.spi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What the executor modules' tests read through a {@link DbExecutor}, and a port where no database listens. */
public final class ExecutorReads {
    private ExecutorReads() {}

    /** Every row of a statement, each as a list of values by position. */
    public static List<List<Object>> rows(DbExecutor executor, String sql, List<Object> params) {
        try (RowCursor cursor = executor.execute(sql, params, ExecutionOptions.defaults())) {
            List<List<Object>> rows = new ArrayList<>();
            while (cursor.next()) {
                List<Object> row = new ArrayList<>(cursor.columnCount());
                for (int i = 0; i < cursor.columnCount(); i++) {
                    row.add(cursor.value(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** The only row of a statement. */
    public static List<Object> row(DbExecutor executor, String sql, Object... params) {
        List<List<Object>> rows = rows(executor, sql, Arrays.asList(params));
        if (rows.size() != 1) {
            throw new AssertionError("expected one row, got " + rows);
        }
        return rows.get(0);
    }

    /** The only value of a one-row, one-column result. */
    public static Object single(DbExecutor executor, String sql, Object... params) {
        List<Object> row = row(executor, sql, params);
        if (row.size() != 1) {
            throw new AssertionError("expected one value, got " + row);
        }
        return row.get(0);
    }

    /** A local port nothing listens on: bound once by the OS, then released. */
    public static int deadPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
