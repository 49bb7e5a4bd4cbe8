package com.mkven.multidb.server;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, per user, a keyed MAC of the last password that passed PBKDF2, so HTTP Basic (which sends the password
 * on every request, as the remote JDBC driver does) costs one PBKDF2 per user and password instead of one per
 * request. The key is random per server and never leaves memory; only successes are remembered, so wrong guesses
 * still pay the full PBKDF2 cost.
 */
final class VerifiedPasswords {
    private final SecretKeySpec key;
    private final Map<String, byte[]> lastVerified = new ConcurrentHashMap<>();

    VerifiedPasswords() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    boolean isKnown(String user, char[] password) {
        byte[] known = lastVerified.get(user);
        return known != null && MessageDigest.isEqual(known, mac(password));
    }

    void remember(String user, char[] password) {
        lastVerified.put(user, mac(password));
    }

    private byte[] mac(char[] password) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(bytes);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        } finally {
            if (bytes.hasArray()) {
                Arrays.fill(bytes.array(), (byte) 0);
            }
        }
    }
}
