package com.mkven.multidb.server.cli;

import static java.util.Objects.requireNonNull;

/** A command line the command cannot run; the message says what is wrong, the usage text follows it. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(requireNonNull(message, "message is null"));
    }
}
