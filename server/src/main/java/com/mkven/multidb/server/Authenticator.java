package com.mkven.multidb.server;

import com.mkven.multidb.error.AuthException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the {@link ServerUser} behind an {@code Authorization} header: HTTP Basic (name and password, PBKDF2) or
 * {@code Bearer} (SHA-256 of the token). Comparisons are constant-time, an unknown user name costs the same PBKDF2 as
 * a known one, and no message says which part was wrong or repeats what was sent.
 */
final class Authenticator {
    private static final String MISSING = "Missing credentials: use HTTP Basic or Authorization: Bearer";
    private static final String INVALID = "Invalid credentials";

    private final List<ServerUser> users;
    private final Map<String, Account> byName = new HashMap<>();
    private final PasswordHash decoy;
    private final VerifiedPasswords verified = new VerifiedPasswords();

    Authenticator(List<ServerUser> users) {
        this.users = List.copyOf(users);
        int iterations = PasswordHash.MIN_ITERATIONS;
        for (ServerUser user : users) {
            Optional<PasswordHash> password = user.passwordHash().map(PasswordHash::parse);
            byName.put(user.name(), new Account(user, password));
            if (password.isPresent()) {
                iterations = Math.max(iterations, password.get().iterations());
            }
        }
        // checked against when the name is unknown, so response time does not tell which names exist
        this.decoy = PasswordHash.derive(new char[] {'x'}, new byte[PasswordHash.MIN_SALT_BYTES], iterations);
    }

    /** @throws AuthException {@code UNAUTHENTICATED} */
    Caller authenticate(Optional<String> authorization) {
        if (users.isEmpty()) {
            return Caller.anonymous();
        }
        String header = authorization.orElseThrow(() -> AuthException.unauthenticated(MISSING)).strip();
        int space = header.indexOf(' ');
        String scheme = space < 0 ? header : header.substring(0, space);
        String credentials = space < 0 ? "" : header.substring(space + 1).strip();
        if (scheme.equalsIgnoreCase("Basic")) {
            return basic(credentials);
        }
        if (scheme.equalsIgnoreCase("Bearer")) {
            return bearer(credentials);
        }
        throw AuthException.unauthenticated(MISSING);
    }

    private Caller basic(String credentials) {
        char[] decoded = decodeBasic(credentials);
        try {
            int colon = indexOf(decoded, ':');
            if (colon < 0) {
                throw AuthException.unauthenticated(INVALID);
            }
            String name = new String(decoded, 0, colon);
            char[] password = Arrays.copyOfRange(decoded, colon + 1, decoded.length);
            try {
                Account account = byName.get(name);
                if (account == null || account.password().isEmpty()) {
                    decoy.matches(password);
                    throw AuthException.unauthenticated(INVALID);
                }
                if (!verified.isKnown(name, password)) {
                    if (!account.password().get().matches(password)) {
                        throw AuthException.unauthenticated(INVALID);
                    }
                    verified.remember(name, password);
                }
                return new Caller(name, Optional.of(account.user().roles()));
            } finally {
                Arrays.fill(password, '\0');
            }
        } finally {
            Arrays.fill(decoded, '\0');
        }
    }

    private Caller bearer(String token) {
        if (token.isEmpty()) {
            throw AuthException.unauthenticated(INVALID);
        }
        byte[] presented = TokenHashes.digest(token);
        ServerUser match = null;
        // every configured token is compared, so the time taken does not depend on which one matched
        for (ServerUser user : users) {
            if (user.tokenHash().isPresent()
                    && MessageDigest.isEqual(presented, HexFormat.of().parseHex(user.tokenHash().get()))) {
                match = user;
            }
        }
        if (match == null) {
            throw AuthException.unauthenticated(INVALID);
        }
        return new Caller(match.name(), Optional.of(match.roles()));
    }

    private static char[] decodeBasic(String credentials) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(credentials);
        } catch (IllegalArgumentException notBase64) {
            throw AuthException.unauthenticated(INVALID);
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            char[] decoded = new char[chars.remaining()];
            chars.get(decoded);
            if (chars.hasArray()) {
                Arrays.fill(chars.array(), '\0');
            }
            return decoded;
        } catch (CharacterCodingException notUtf8) {
            throw AuthException.unauthenticated(INVALID);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static int indexOf(char[] chars, char wanted) {
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private record Account(ServerUser user, Optional<PasswordHash> password) {}
}
