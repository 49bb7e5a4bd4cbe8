package com.mkven.multidb.jdbc.metadata;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NamePatternTest {
    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "%|orders|true",
        "%|''|true",
        "''|''|true",
        "''|orders|false",
        "orders|orders|true",
        "orders|Orders|false",
        "order%|ordersArchive|true",
        "%Archive|ordersArchive|true",
        "ord_rs|orders|true",
        "ord_rs|ordrs|false",
        "tenant_a|tenantXa|true",
        "tenant\\_a|tenant_a|true",
        "tenant\\_a|tenantXa|false",
        "100\\%|100%|true",
        "100\\%|1000|false",
        "a\\\\b|a\\b|true",
        "end\\|end\\|true",
        "a.c|abc|false",
        "a.c|a.c|true",
        "(x)*|(x)*|true",
        "%[%|a[b|true"
    })
    void likePatterns(String pattern, String name, boolean matches) {
        assertThat(NamePattern.like(pattern).matches(name)).isEqualTo(matches);
    }

    @Test
    void nullMatchesEveryName() {
        assertThat(NamePattern.like(null).matches("anything")).isTrue();
        assertThat(NamePattern.nameOrLike(null, List.of("orders")).matches("users")).isTrue();
    }

    @Test
    void aKnownNameMatchesOnlyItselfEvenWithAnUnderscore() {
        List<String> schemas = List.of("tenant_a", "tenantXa");

        assertThat(NamePattern.nameOrLike("tenant_a", schemas).matches("tenant_a")).isTrue();
        assertThat(NamePattern.nameOrLike("tenant_a", schemas).matches("tenantXa")).isFalse();
    }

    @Test
    void anUnknownNameIsReadAsAPatternSoToolsCanPassPercent() {
        List<String> tables = List.of("orders", "users");

        assertThat(NamePattern.nameOrLike("%", tables).matches("users")).isTrue();
        assertThat(NamePattern.nameOrLike("us%", tables).matches("users")).isTrue();
        assertThat(NamePattern.nameOrLike("us%", tables).matches("orders")).isFalse();
    }
}
