package org.dyad.server;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A file taken for ingest (a posted body, a feed poll's new items, a file of the watched folder) and
 * what became of each of its records. Thread-safe: the writer thread fills it, requests read it.
 */
final class IngestBatch {
    /** Where a batch came from. */
    enum Source { POST, WATCH, FEED }

    /** How far a batch is. */
    enum State { QUEUED, RUNNING, DONE, FAILED }

    /** What became of one record. */
    enum Status { STORED, ALREADY_STORED, QUARANTINED }

    /**
     * One record's outcome: where it was read, its article id (empty when unreadable), what became of
     * it, the quarantine code and reason, and the numbers of its events once stored.
     */
    record Item(String origin, String articleId, Status status, String code, String reason, List<Long> events) {
        Item {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(reason, "reason");
            events = List.copyOf(events);
        }
    }

    private final String id;
    private final Source source;
    private final Path file;
    private final Instant queued = Instant.now();
    private final List<Item> items = new ArrayList<>();
    private final CompletableFuture<IngestBatch> done = new CompletableFuture<>();
    private State state = State.QUEUED;
    private String failure = "";

    IngestBatch(String id, Source source, Path file) {
        this.id = Objects.requireNonNull(id, "id");
        this.source = Objects.requireNonNull(source, "source");
        this.file = Objects.requireNonNull(file, "file");
    }

    String id() {
        return id;
    }

    Source source() {
        return source;
    }

    Path file() {
        return file;
    }

    Instant queued() {
        return queued;
    }

    synchronized State state() {
        return state;
    }

    synchronized void start() {
        state = State.RUNNING;
    }

    synchronized void add(Item item) {
        items.add(item);
    }

    synchronized List<Item> items() {
        return List.copyOf(items);
    }

    synchronized Optional<String> failure() {
        return failure.isEmpty() ? Optional.empty() : Optional.of(failure);
    }

    void finish() {
        synchronized (this) {
            state = State.DONE;
        }
        done.complete(this);
    }

    void fail(String why) {
        synchronized (this) {
            state = State.FAILED;
            failure = why;
        }
        done.complete(this);
    }

    /** Completes when the batch is done or failed. */
    CompletableFuture<IngestBatch> done() {
        return done;
    }

    synchronized long count(Status s) {
        return items.stream().filter(i -> i.status() == s).count();
    }
}
