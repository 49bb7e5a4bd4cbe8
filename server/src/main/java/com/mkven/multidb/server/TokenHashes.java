package com.mkven.multidb.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import static java.util.Objects.requireNonNull;

/**
 * Bearer tokens for {@link ServerUser}: the server keeps only the SHA-256 of a token (lower-case hex). A random
 * 256-bit token needs no slow hash: nobody can guess it, and a stolen configuration does not reveal it.
 */
public final class TokenHashes {
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenHashes() {}

    /** The SHA-256 of the token's UTF-8 bytes, as 64 lower-case hex digits. */
    public static String sha256(String token) {
        return HexFormat.of().formatHex(digest(requireNonNull(token, "token is null")));
    }

    /** A new random token: 32 bytes, base64url without padding. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static boolean isHash(String text) {
        return text.length() == 64 && text.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }
}
