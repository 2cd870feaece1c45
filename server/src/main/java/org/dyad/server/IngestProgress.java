package org.dyad.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Counters of a server's ingest since it started, for the status panel: batches queued and done,
 * records read, stored, already stored and quarantined, events coded, and what the watched folder
 * and the feeds did. Thread-safe.
 */
final class IngestProgress {
    final AtomicLong queued = new AtomicLong();
    final AtomicLong batches = new AtomicLong();
    final AtomicLong failedBatches = new AtomicLong();
    final AtomicLong read = new AtomicLong();
    final AtomicLong stored = new AtomicLong();
    final AtomicLong alreadyStored = new AtomicLong();
    final AtomicLong quarantined = new AtomicLong();
    final AtomicLong events = new AtomicLong();
    final AtomicLong watchedFiles = new AtomicLong();
    final AtomicLong feedPolls = new AtomicLong();
    final AtomicLong feedItems = new AtomicLong();
    final AtomicLong feedItemsKnown = new AtomicLong();
    final AtomicLong feedFailures = new AtomicLong();
    final AtomicReference<String> current = new AtomicReference<>("");
    final AtomicReference<String> lastError = new AtomicReference<>("");
    final AtomicReference<Instant> lastStored = new AtomicReference<>();

    ObjectNode toJson() {
        ObjectNode o = JsonViews.object();
        o.put("queued", queued.get());
        o.put("current", current.get());
        o.put("batches", batches.get());
        o.put("failedBatches", failedBatches.get());
        o.put("read", read.get());
        o.put("stored", stored.get());
        o.put("alreadyStored", alreadyStored.get());
        o.put("quarantined", quarantined.get());
        o.put("events", events.get());
        o.put("watchedFiles", watchedFiles.get());
        o.put("feedPolls", feedPolls.get());
        o.put("feedItems", feedItems.get());
        o.put("feedItemsKnown", feedItemsKnown.get());
        o.put("feedFailures", feedFailures.get());
        o.put("lastError", lastError.get());
        Instant t = lastStored.get();
        if (t == null) {
            o.putNull("lastStored");
        } else {
            o.put("lastStored", t.toString());
        }
        return o;
    }
}
