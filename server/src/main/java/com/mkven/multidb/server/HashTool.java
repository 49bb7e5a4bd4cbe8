package com.mkven.multidb.server;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Prints the secrets of a {@link ServerUser} entry:
 * <pre>
 * java -cp multidb-server.jar com.mkven.multidb.server.HashTool password   # asks for a password, prints its hash
 * java -cp multidb-server.jar com.mkven.multidb.server.HashTool token      # prints a new token and its hash
 * </pre>
 * The password is read without echo from the console, or as one line of standard input when there is none (scripts).
 */
public final class HashTool {
    private HashTool() {}

    public static void main(String[] args) throws IOException {
        Console console = System.console();
        Optional<char[]> password = Optional.empty();
        if (args.length == 1 && args[0].equals("password")) {
            password = console != null ? Optional.ofNullable(console.readPassword("Password: ")) : readLine();
        }
        int status = run(args, password, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** The tool without the console: {@code password} is what the user typed, if anything. */
    static int run(String[] args, Optional<char[]> password, PrintStream out, PrintStream err) {
        if (args.length == 1 && args[0].equals("token")) {
            String token = TokenHashes.newToken();
            out.println("token:      " + token);
            out.println("token hash: " + TokenHashes.sha256(token));
            return 0;
        }
        if (args.length == 1 && args[0].equals("password")) {
            if (password.isEmpty() || password.get().length == 0) {
                err.println("no password given");
                return 1;
            }
            try {
                out.println(PasswordHashes.hash(password.get()));
            } finally {
                Arrays.fill(password.get(), '\0');
            }
            return 0;
        }
        err.println("usage: HashTool password | token");
        return 2;
    }

    private static Optional<char[]> readLine() throws IOException {
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return Optional.ofNullable(line).map(String::toCharArray);
    }
}
