package org.dyad.server;

import io.javalin.http.sse.SseClient;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The server-sent events of {@code /api/v1/stream}: each client hears the store's version when it
 * connects and again whenever a write is published, so a dashboard refreshes its views as new events
 * are stored. Thread-safe.
 */
final class LiveStream {
    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();

    void connect(SseClient client, long version) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        clients.add(client);
        client.sendEvent("version", Long.toString(version));
    }

    /** Tells every client of a new version; a client gone is dropped. */
    void publish(long version) {
        for (SseClient c : clients) {
            if (c.terminated()) {
                clients.remove(c);
            } else {
                c.sendEvent("version", Long.toString(version));
            }
        }
    }

    int clients() {
        return clients.size();
    }

    void close() {
        for (SseClient c : clients) {
            c.close();
        }
        clients.clear();
    }
}
