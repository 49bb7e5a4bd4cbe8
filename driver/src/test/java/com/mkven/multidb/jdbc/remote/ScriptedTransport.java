package com.mkven.multidb.jdbc.remote;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A hand-written {@link HttpTransport}: records every request and plays back scripted answers or failures. */
final class ScriptedTransport implements HttpTransport {
    final List<Request> requests = new ArrayList<>();
    private final Deque<Object> script = new ArrayDeque<>();

    ScriptedTransport answer(int status, String body) {
        script.add(new Response(status, body));
        return this;
    }

    ScriptedTransport fail(Exception failure) {
        script.add(failure);
        return this;
    }

    @Override
    public Response send(Request request) throws IOException, InterruptedException {
        requests.add(request);
        Object next = script.remove();
        if (next instanceof IOException io) {
            throw io;
        }
        if (next instanceof InterruptedException interrupted) {
            throw interrupted;
        }
        return (Response) next;
    }
}
