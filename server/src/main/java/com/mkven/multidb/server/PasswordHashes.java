package com.mkven.multidb.server;

import java.security.SecureRandom;

import static java.util.Objects.requireNonNull;

/**
 * Password hashes for {@link ServerUser}: PBKDF2 with HMAC-SHA256 from the JDK, written as
 * {@code pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>} so the cost can rise without breaking old entries.
 * {@link HashTool} prints one from the command line.
 */
public final class PasswordHashes {
    /** OWASP's recommendation for PBKDF2-HMAC-SHA256 (2023). */
    public static final int DEFAULT_ITERATIONS = 600_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHashes() {}

    /** A new hash with a random salt and {@link #DEFAULT_ITERATIONS}. The caller may clear {@code password} after. */
    public static String hash(char[] password) {
        return hash(password, DEFAULT_ITERATIONS);
    }

    /** @param iterations at least 10 000; tests use the minimum to stay fast */
    public static String hash(char[] password, int iterations) {
        requireNonNull(password, "password is null");
        byte[] salt = new byte[PasswordHash.MIN_SALT_BYTES];
        RANDOM.nextBytes(salt);
        return PasswordHash.derive(password, salt, iterations).encode();
    }

    /** Whether {@code password} matches {@code encoded}, compared in constant time. */
    public static boolean verify(char[] password, String encoded) {
        requireNonNull(password, "password is null");
        return PasswordHash.parse(encoded).matches(password);
    }
}
