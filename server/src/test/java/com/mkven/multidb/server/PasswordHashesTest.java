package com.mkven.multidb.server;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordHashesTest {
    private static final int FAST = PasswordHash.MIN_ITERATIONS;

    @Test
    void aHashVerifiesItsPasswordOnly() {
        String hash = PasswordHashes.hash("s3cret é".toCharArray(), FAST);

        assertThat(hash).matches("pbkdf2-sha256\\$10000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(PasswordHashes.verify("s3cret é".toCharArray(), hash)).isTrue();
        assertThat(PasswordHashes.verify("s3cret e".toCharArray(), hash)).isFalse();
        assertThat(PasswordHashes.verify(new char[0], hash)).isFalse();
    }

    @Test
    void everyHashHasItsOwnSalt() {
        assertThat(PasswordHashes.hash("same".toCharArray(), FAST)).isNotEqualTo(PasswordHashes.hash("same".toCharArray(), FAST));
    }

    @Test
    void theDefaultCostIsOwaspsRecommendation() {
        assertThat(PasswordHashes.DEFAULT_ITERATIONS).isEqualTo(600_000);
    }

    @Test
    void theEncodingCarriesEverythingNeededToVerifyAndIsStableForAGivenSalt() {
        byte[] salt = "saltsaltsaltsalt".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String hash = PasswordHash.derive("passwd".toCharArray(), salt, FAST).encode();

        assertThat(hash).startsWith("pbkdf2-sha256$10000$c2FsdHNhbHRzYWx0c2FsdA$");
        assertThat(PasswordHash.derive("passwd".toCharArray(), salt, FAST).encode()).isEqualTo(hash);
        assertThat(PasswordHash.parse(hash).encode()).isEqualTo(hash);
        assertThat(PasswordHashes.verify("passwd".toCharArray(), hash)).isTrue();
    }

    @Test
    void malformedHashesAreRefusedWithoutEchoingThem() {
        String salt = "c2FsdHNhbHRzYWx0c2FsdA";
        String hash = "A".repeat(43);
        for (String bad : new String[] {"plain-secret", "bcrypt$10$" + salt + "$" + hash, "pbkdf2-sha256$many$" + salt + "$" + hash,
                "pbkdf2-sha256$1000$" + salt + "$" + hash, "pbkdf2-sha256$10000$c2FsdA$" + hash, "pbkdf2-sha256$10000$" + salt + "$AAAA",
                "pbkdf2-sha256$10000$" + salt + "$" + hash + "$x"}) {
            assertThatThrownBy(() -> PasswordHashes.verify("x".toCharArray(), bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining(bad);
        }
    }

    @Test
    void tooFewIterationsAreRefusedWhenHashing() {
        assertThatThrownBy(() -> PasswordHashes.hash("x".toCharArray(), 1000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10000");
    }

    @Test
    void tokenHashesAreSha256InLowerCaseHex() {
        assertThat(TokenHashes.sha256("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(TokenHashes.newToken()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(TokenHashes.newToken());
    }
}
