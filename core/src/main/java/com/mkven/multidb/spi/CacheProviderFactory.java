package com.mkven.multidb.spi;

/**
 * Creates cache providers of one {@link #type()} from config-file settings, found through
 * {@code META-INF/services/com.mkven.multidb.spi.CacheProviderFactory}.
 */
public interface CacheProviderFactory {
    /** {@code redis}. */
    String type();

    /** @throws IllegalArgumentException when a setting is invalid, naming it */
    CacheProvider create(BackendSettings settings);
}
