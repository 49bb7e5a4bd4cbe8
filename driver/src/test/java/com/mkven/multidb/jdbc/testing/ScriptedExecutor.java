package com.mkven.multidb.jdbc.testing;

import com.mkven.multidb.spi.BackendSettings;
import com.mkven.multidb.spi.DbExecutor;
import com.mkven.multidb.spi.ExecutionOptions;
import com.mkven.multidb.spi.RowCursor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static java.util.Objects.requireNonNull;

/** Answers every statement with the rows of the current {@link Script}, recording what it was asked. */
public final class ScriptedExecutor implements DbExecutor {
    /** What a statement returns. */
    @FunctionalInterface
    public interface Script {
        ScriptedCursor run(String sql, List<Object> params, ExecutionOptions options);
    }

    /** One executed statement. */
    public record Call(String sql, List<Object> params, ExecutionOptions options) {}

    private final BackendSettings settings;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<ScriptedCursor> cursors = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Script script = (sql, params, options) -> ScriptedCursor.rows(0, List.of());

    ScriptedExecutor(BackendSettings settings) {
        this.settings = requireNonNull(settings, "settings is null");
    }

    public void script(Script script) {
        this.script = requireNonNull(script, "script is null");
    }

    public BackendSettings settings() {
        return settings;
    }

    public List<Call> calls() {
        return calls;
    }

    public Call lastCall() {
        return calls.get(calls.size() - 1);
    }

    public List<ScriptedCursor> cursors() {
        return cursors;
    }

    public boolean isClosed() {
        return closed.get();
    }

    @Override
    public RowCursor execute(String sql, List<Object> params, ExecutionOptions options) {
        calls.add(new Call(sql, params, options));
        ScriptedCursor cursor = script.run(sql, params, options);
        cursors.add(cursor);
        return cursor;
    }

    @Override
    public void ping() {
        // a script is always reachable
    }

    @Override
    public void close() {
        closed.set(true);
    }
}
