package com.mkven.multidb.dialect;

import com.mkven.multidb.ir.ConditionOperator.PatternKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LikePatternsTest {
    @ParameterizedTest(name = "{0} ''{1}'' → ''{2}''")
    @CsvSource(delimiter = '|', value = {
            "CALLER_PATTERN | a%b_c   | a%b_c",
            "CONTAINS       | test%user | %test\\%user%",
            "CONTAINS       | test_user | %test\\_user%",
            "STARTS_WITH    | admin     | admin%",
            "ENDS_WITH      | 100%off   | %100\\%off",
            "CONTAINS       | a\\b      | %a\\\\b%",
            "ENDS_WITH      | ''        | %"})
    void escapesThenWraps(PatternKind kind, String value, String pattern) {
        assertThat(LikePatterns.pattern(kind, value)).isEqualTo(pattern);
    }
}
