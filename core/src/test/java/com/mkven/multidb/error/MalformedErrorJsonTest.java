package com.mkven.multidb.error;

import static com.mkven.multidb.error.JsonText.parse;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What someone rebuilding an error from a broken body (a proxy's HTML, an older or buggy server) is told. */
class MalformedErrorJsonTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            [1, 2] | Malformed error JSON: expected an object but got ARRAY
            {"message": "m"} | Malformed error JSON: 'code' is missing
            {"code": 42, "message": "m"} | Malformed error JSON: 'code' must be a string but is NUMBER
            {"code": "X"} | Malformed error JSON: 'message' is missing
            {"code": "CONFIG_INVALID", "message": "m"} | Malformed error JSON: 'errors' is missing
            {"code": "CONFIG_INVALID", "message": "m", "errors": {}} | Malformed error JSON: 'errors' must be an array but is OBJECT
            {"code": "CONFIG_INVALID", "message": "m", "errors": [1]} | Malformed error JSON: 'errors[0]' must be an object but is NUMBER
            {"code": "CONFIG_INVALID", "message": "m", "errors": [{"code": "NOPE", "message": "m"}]} | Malformed error JSON: 'errors[0].code' has unknown value 'NOPE'
            {"code": "VALIDATION_FAILED", "message": "m", "errors": []} | Malformed error JSON: 'fromTable' is missing
            {"code": "VALIDATION_FAILED", "message": "m", "fromTable": "o", "errors": [{"code": "UNKNOWN_TABLE", "message": "m", "details": {"filterIndex": "2"}}]} | Malformed error JSON: 'errors[0].details.filterIndex' must be an integer but is STRING
            {"code": "VALIDATION_FAILED", "message": "m", "fromTable": "o", "errors": [{"code": "UNKNOWN_TABLE", "message": "m", "details": {"filterIndex": 1.5}}]} | Malformed error JSON: 'errors[0].details.filterIndex' must be an integer but is NUMBER
            {"code": "CONNECTION_FAILED", "message": "m", "details": {"unreachable": [{"id": "pg", "type": "database"}]}} | Malformed error JSON: 'details.unreachable[0].type' has unknown value 'database'
            {"code": "REQUEST_TIMEOUT", "message": "m", "details": {"timeoutMs": "soon"}} | Malformed error JSON: 'details.timeoutMs' must be an integer but is STRING
            {"code": "UNREACHABLE_TABLES", "message": "m", "fromTable": "o", "details": {"tables": ["a", 1]}} | Malformed error JSON: 'details.tables[1]' must be a string but is NUMBER
            {"code": "NO_CATALOG", "message": "m", "fromTable": "o"} | Malformed error JSON: 'details.databases' is missing
            {"code": "FRESHNESS_UNMET", "message": "m", "fromTable": "o", "details": {"requiredFreshness": "seconds"}} | Malformed error JSON: 'details.availableLag' is missing
            {"code": "EXECUTOR_MISSING", "message": "m", "details": "pg-main"} | Malformed error JSON: 'details' must be an object but is STRING
            {"code": "QUERY_FAILED", "message": "m", "details": {"dialect": "postgres", "sql": "s", "params": []}} | Malformed error JSON: 'details.database' is missing
            {"code": "QUERY_TIMEOUT", "message": "m", "details": {"database": "d", "dialect": "postgres", "sql": "s"}} | Malformed error JSON: 'details.timeoutMs' is missing
            {"code": "X", "message": "m", "cause": "boom"} | Malformed error JSON: 'cause' must be an object but is STRING
            {"code": "X", "message": "m", "cause": {"code": "TRINO_DISABLED", "message": "m"}} | Malformed error JSON: 'cause.fromTable' is missing
            """)
    void malformedBodyNamesTheOffendingField(String body, String message) {
        assertThatThrownBy(() -> MultiDbException.fromJson(parse(body)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void nonJsonParameterValueIsRefused() {
        ObjectNode body = (ObjectNode) parse("""
                {"code": "QUERY_FAILED", "message": "m",
                 "details": {"database": "d", "dialect": "postgres", "sql": "s", "params": []}}""");
        body.withObject("/details").withArray("params").add(JsonNodeFactory.instance.binaryNode(new byte[] {1}));

        assertThatThrownBy(() -> MultiDbException.fromJson(body))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Malformed error JSON: parameter of type BINARY is not a JSON value");
    }

    @Test
    void nullBodyIsRefused() {
        assertThatThrownBy(() -> MultiDbException.fromJson(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("json is null");
    }
}
