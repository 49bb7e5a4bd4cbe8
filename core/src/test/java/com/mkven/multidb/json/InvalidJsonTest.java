package com.mkven.multidb.json;

import com.mkven.multidb.error.InvalidJsonException;
import com.mkven.multidb.metadata.MetadataConfig;
import com.mkven.multidb.query.ExecutionContext;
import com.mkven.multidb.query.QueryDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every way a JSON document can be wrong gives a typed error that names the path. */
class InvalidJsonTest {
    @Test
    void malformedJsonNamesTheProblem() {
        assertThatThrownBy(() -> MultiDbJson.read("{\"from\": \"orders\",", QueryDefinition.class))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageStartingWith("Invalid JSON at $");
    }

    @Test
    void unknownFieldIsRejectedAndListsTheKnownOnes() {
        assertThatThrownBy(() -> MultiDbJson.read("{\"from\": \"orders\", \"colums\": [\"id\"]}", QueryDefinition.class))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("$.colums")
                .hasMessageContaining("unknown field 'colums'")
                .hasMessageContaining("columns");
    }

    @Test
    void unknownFieldInsideANestedFilterNamesTheFullPath() {
        assertThatThrownBy(() -> MultiDbJson.read("""
                {"from": "orders", "filters": [{"logic": "and", "conditions": [{"column": "a", "operator": "=", "vale": 1}]}]}""",
                QueryDefinition.class))
                .isInstanceOf(InvalidJsonException.class)
                .satisfies(e -> assertThat(((InvalidJsonException) e).path()).isEqualTo("$.filters[0].conditions[0].vale"));
    }

    @Test
    void missingRequiredFieldIsNamed() {
        assertThatThrownBy(() -> MultiDbJson.read("{\"columns\": [\"id\"]}", QueryDefinition.class))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("missing required field 'from'");
    }

    @Test
    void explicitNullForARequiredFieldIsNamed() {
        assertThatThrownBy(() -> MultiDbJson.read("{\"from\": null}", QueryDefinition.class))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("from is null");
    }

    @Test
    void unknownOperatorListsTheAllowedOnes() {
        assertThatThrownBy(() -> MultiDbJson.read("""
                {"from": "orders", "filters": [{"column": "status", "operator": "equals", "value": "x"}]}""", QueryDefinition.class))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("$.filters[0].operator")
                .hasMessageContaining("unknown value 'equals'")
                .hasMessageContaining("levenshteinLte");
    }

    @Test
    void aStringWhereAListBelongsIsRejected() {
        assertThatThrownBy(() -> MultiDbJson.read("{\"from\": \"orders\", \"columns\": \"id\"}", QueryDefinition.class))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("$.columns")
                .hasMessageContaining("expected an array");
    }

    @Test
    void aNumberWhereAStringBelongsIsNotCoerced() {
        assertThatThrownBy(() -> MultiDbJson.read("{\"from\": 42}", QueryDefinition.class))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("$.from")
                .hasMessageContaining("expected a string");
    }

    @Test
    void aStringWhereANumberBelongsIsNotCoerced() {
        assertThatThrownBy(() -> MultiDbJson.read("{\"from\": \"orders\", \"limit\": \"10\"}", QueryDefinition.class))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("$.limit");
    }

    @Test
    void aFractionalLimitIsNotTruncated() {
        assertThatThrownBy(() -> MultiDbJson.read("{\"from\": \"orders\", \"limit\": 1.5}", QueryDefinition.class))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("$.limit");
    }

    @Test
    void aFilterThatIsNotAnObjectIsRejected() {
        assertThatThrownBy(() -> MultiDbJson.read("{\"from\": \"orders\", \"filters\": [\"status = 1\"]}", QueryDefinition.class))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("$.filters[0]")
                .hasMessageContaining("a filter must be a JSON object, not a string");
    }

    @Test
    void duplicateKeysAreRejected() {
        assertThatThrownBy(() -> MultiDbJson.read("{\"from\": \"orders\", \"from\": \"users\"}", QueryDefinition.class))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("Duplicate field 'from'");
    }

    @Test
    void trailingContentIsRejected() {
        assertThatThrownBy(() -> MultiDbJson.read("{\"from\": \"orders\"} {}", QueryDefinition.class))
                .isInstanceOf(InvalidJsonException.class);
    }

    @Test
    void wrongRoleScopeTypeIsRejected() {
        assertThatThrownBy(() -> MultiDbJson.read("{\"roles\": {\"user\": \"admin\"}}", ExecutionContext.class))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("$.roles.user");
    }

    @Test
    void grantThatIsNeitherWildcardNorListIsRejected() {
        assertThatThrownBy(() -> MultiDbJson.read("[{\"id\": \"r\", \"tables\": \"all\"}]", com.mkven.multidb.metadata.RoleMeta[].class))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("$[0].tables")
                .hasMessageContaining("expected '*' or a list of table grants");
    }

    @Test
    void unknownColumnTypeInMetadataIsRejected() {
        assertThatThrownBy(() -> MultiDbJson.read("""
                {"databases": [], "tables": [{"id": "t", "apiName": "t", "database": "d", "physicalName": "t",
                  "columns": [{"apiName": "a", "physicalName": "a", "type": "varchar", "nullable": true}], "primaryKey": ["a"]}]}""",
                MetadataConfig.class))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("$.tables[0].columns[0].type")
                .hasMessageContaining("string[]");
    }

    @Test
    void trinoPhysicalNameThatIsNoStringIsRejected() {
        assertThatThrownBy(() -> MultiDbJson.read("""
                {"databases": [], "tables": [{"id": "t", "apiName": "t", "database": "d", "physicalName": "t",
                  "trinoPhysicalName": ["trino", "t"],
                  "columns": [{"apiName": "a", "physicalName": "a", "type": "string", "nullable": true}], "primaryKey": ["a"]}]}""",
                MetadataConfig.class))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("$.tables[0].trinoPhysicalName");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.SECONDS)
    void tenMegabyteDefinitionIsRejectedBeforeParsing() {
        String huge = "{\"from\": \"orders\", \"columns\": [" + "\"id\",".repeat(1_700_000) + "\"id\"]}";

        assertThatThrownBy(() -> MultiDbJson.read(huge, QueryDefinition.class))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("exceeds the limit of 1048576");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.SECONDS)
    void filterGroupsNestedAThousandDeepAreRejectedWithoutStackOverflow() {
        String open = "{\"logic\": \"and\", \"conditions\": [";
        String nested = open.repeat(1000) + "{\"column\": \"id\", \"operator\": \"isNull\"}" + "]}".repeat(1000);
        String json = "{\"from\": \"orders\", \"filters\": [" + nested + "]}";

        assertThatThrownBy(() -> MultiDbJson.read(json, QueryDefinition.class))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("nesting depth")
                .hasMessageContaining("200");
    }

    @Test
    void longStringsAreRejected() {
        String json = "{\"from\": \"" + "x".repeat(JsonLimits.MAX_STRING_CHARS + 1) + "\"}";

        assertThatThrownBy(() -> MultiDbJson.read(json, QueryDefinition.class))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("String value length");
    }
}
