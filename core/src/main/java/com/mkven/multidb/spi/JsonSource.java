package com.mkven.multidb.spi;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the text of the JSON files and resources providers load from. */
final class JsonSource {
    private JsonSource() {}

    static String readFile(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    static String readResource(String resource) throws IOException {
        String absolute = resource.startsWith("/") ? resource : "/" + resource;
        try (InputStream in = JsonSource.class.getResourceAsStream(absolute)) {
            if (in == null) {
                throw new FileNotFoundException("class path resource not found: " + absolute);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
