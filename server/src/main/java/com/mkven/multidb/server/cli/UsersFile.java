package com.mkven.multidb.server.cli;

import com.mkven.multidb.error.InvalidJsonException;
import com.mkven.multidb.json.MultiDbJson;
import com.mkven.multidb.server.ServerUser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The callers of {@code multidb serve --users <file>}: a JSON array of
 * {@code {"name", "passwordHash"?, "tokenHash"?, "roles": {"user"?: [...], "service"?: [...]}}}, the hashes made by
 * {@code HashTool}. Kept apart from the engine's config file so the same engine config can be served to different
 * callers, and so the file with the hashes can be readable by the server alone.
 */
final class UsersFile {
    private UsersFile() {}

    /** @throws IllegalArgumentException naming the file and what is wrong with it */
    static List<ServerUser> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("users file " + file + ": cannot read it (" + e.getMessage() + ")", e);
        }
        ServerUser[] users;
        try {
            users = MultiDbJson.read(text, ServerUser[].class);
        } catch (InvalidJsonException | IllegalArgumentException e) {
            throw new IllegalArgumentException("users file " + file + ": " + e.getMessage(), e);
        }
        if (users == null) {
            throw new IllegalArgumentException("users file " + file + ": expected a JSON array of users, got null");
        }
        return List.of(users);
    }
}
