package com.mkven.multidb.jdbc;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's property table is {@link ConnectionProperty}, row by row, so the documentation cannot drift. */
class ReadmeTest {
    @Test
    void thePropertyTableMatchesTheEnum() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);

        for (ConnectionProperty property : ConnectionProperty.values()) {
            assertThat(readme).as(property.key()).contains(row(property));
        }
    }

    private static String row(ConnectionProperty property) {
        List<String> allowed = new ArrayList<>();
        property.allowedValues().forEach(value -> allowed.add("`" + value + "`"));
        List<String> cells = List.of("`" + property.key() + "`", property.defaultValue().map(value -> "`" + value + "`").orElse(""),
                String.join(", ", allowed), property.description());
        StringBuilder row = new StringBuilder("|");
        for (String cell : cells) {
            row.append(cell.isEmpty() ? " |" : " " + cell + " |");
        }
        return row.toString();
    }
}
