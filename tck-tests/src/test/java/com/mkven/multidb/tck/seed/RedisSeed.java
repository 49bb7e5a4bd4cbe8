package com.mkven.multidb.tck.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mkven.multidb.fixture.TestFixture;
import com.mkven.multidb.json.MultiDbJson;
import com.mkven.multidb.metadata.CacheMeta;
import com.mkven.multidb.metadata.CachedTableMeta;
import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.metadata.TableMeta;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;

import java.util.List;

/**
 * Writes the cached seed rows to Redis (fixture.md §11.8): one JSON object per key, keyed by
 * column apiName, holding only the columns the cache declares.
 */
public final class RedisSeed {
    private static final Object LOCK = new Object();
    private static boolean loaded;

    private RedisSeed() {}

    public static String uri() {
        return "redis://127.0.0.1:" + EngineEnvironment.redisPort();
    }

    public static void ensureLoaded() {
        synchronized (LOCK) {
            if (loaded) {
                return;
            }
            SeedData seed = new SeedData();
            RedisClient client = RedisClient.create(uri());
            try (StatefulRedisConnection<String, String> connection = client.connect()) {
                for (CacheMeta cache : TestFixture.metadata().caches()) {
                    for (CachedTableMeta cached : cache.tables()) {
                        write(connection, seed, cached);
                    }
                }
            } finally {
                client.shutdown();
            }
            loaded = true;
        }
    }

    private static void write(StatefulRedisConnection<String, String> connection, SeedData seed, CachedTableMeta cached) {
        TableMeta table = seed.table(cached.tableId());
        String key = table.primaryKey().get(0);
        List<String> ids = seed.cachedIds(table.id());
        for (JsonNode row : seed.rows(table)) {
            // the cache holds the listed rows only; every other id must be a miss
            connection.sync().del(cached.keyPattern().replace("{" + key + "}", row.get(key).asText()));
            if (!ids.contains(row.get(key).asText())) {
                continue;
            }
            ObjectNode value = MultiDbJson.mapper().createObjectNode();
            for (ColumnMeta column : table.columns()) {
                if (cached.columns().isEmpty() || cached.columns().get().contains(column.apiName())) {
                    value.set(column.apiName(), row.get(column.apiName()));
                }
            }
            connection.sync().set(cached.keyPattern().replace("{" + key + "}", row.get(key).asText()), value.toString());
        }
    }
}
