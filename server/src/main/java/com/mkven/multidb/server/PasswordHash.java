package com.mkven.multidb.server;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import static java.util.Objects.requireNonNull;

/**
 * A parsed {@code pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>}: checks a password against it in constant time.
 */
final class PasswordHash {
    static final String SCHEME = "pbkdf2-sha256";
    /** Below this a stolen configuration could be brute-forced cheaply. */
    static final int MIN_ITERATIONS = 10_000;
    static final int MIN_SALT_BYTES = 16;
    static final int HASH_BYTES = 32;

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    PasswordHash(int iterations, byte[] salt, byte[] hash) {
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("a password hash needs at least " + MIN_ITERATIONS + " iterations");
        }
        if (salt.length < MIN_SALT_BYTES) {
            throw new IllegalArgumentException("a password hash needs a salt of at least " + MIN_SALT_BYTES + " bytes");
        }
        if (hash.length != HASH_BYTES) {
            throw new IllegalArgumentException("a pbkdf2-sha256 hash is " + HASH_BYTES + " bytes");
        }
        this.iterations = iterations;
        this.salt = salt.clone();
        this.hash = hash.clone();
    }

    /** @throws IllegalArgumentException naming what is wrong, never echoing the text */
    static PasswordHash parse(String encoded) {
        requireNonNull(encoded, "password hash is null");
        String[] parts = encoded.split("\\$", -1);
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            throw new IllegalArgumentException("a password hash reads " + SCHEME + "$<iterations>$<salt base64>$<hash base64>");
        }
        try {
            return new PasswordHash(Integer.parseInt(parts[1]), Base64.getDecoder().decode(parts[2]),
                    Base64.getDecoder().decode(parts[3]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the iterations of a password hash are not a number");
        }
    }

    static PasswordHash derive(char[] password, byte[] salt, int iterations) {
        return new PasswordHash(iterations, salt, pbkdf2(password, salt, iterations));
    }

    int iterations() {
        return iterations;
    }

    boolean matches(char[] password) {
        return MessageDigest.isEqual(hash, pbkdf2(password, salt, iterations));
    }

    String encode() {
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    private static byte[] pbkdf2(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}
