package com.mkven.multidb.server.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command with captured standard output and standard error. */
final class CommandOutput {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ExitCode exitCode;

    private CommandOutput(String... args) {
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exitCode = new MultiDbCommand(outStream, errStream).run(args);
        }
    }

    static CommandOutput run(String... args) {
        return new CommandOutput(args);
    }

    ExitCode exitCode() {
        return exitCode;
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out ---\n" + out() + "--- err ---\n" + err();
    }
}
