package com.mkven.multidb.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The driver's version, from the build ({@code driver-version.properties}, filtered by Maven). */
final class DriverVersion {
    static final String VERSION = load();
    static final int MAJOR = part(0);
    static final int MINOR = part(1);

    private DriverVersion() {}

    private static String load() {
        try (InputStream in = DriverVersion.class.getResourceAsStream("driver-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("driver-version.properties is missing from the driver jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int part(int index) {
        String[] parts = VERSION.split("[.-]");
        return parts.length > index && parts[index].matches("\\d+") ? Integer.parseInt(parts[index]) : 0;
    }
}
