package org.dyad.store;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Stores coded articles as they come, a batch to a transaction ({@link EventStore#write(List, String)}):
 * a transaction costs DuckDB about as much as the rows of a few articles, so a writer fed by several
 * analysis threads commits once for up to {@link #MAX_ARTICLES} articles, and at least every
 * {@link #MAX_DELAY_MILLIS} ms while articles keep coming. Each article is reported to the listener
 * once its transaction has committed, so whatever a caller prints after it is in the store; a run
 * killed meanwhile loses only the uncommitted batch, which the next run of the same input stores.
 *
 * <p>Not thread-safe: the store's writing thread uses it.
 */
public final class BatchedWriter implements AutoCloseable {
    /** The most articles in one transaction. */
    public static final int MAX_ARTICLES = 16;
    /** The longest an article waits for its batch, measured when the next article comes. */
    public static final long MAX_DELAY_MILLIS = 2_000;

    /** Told what became of each article, once its batch is committed. */
    @FunctionalInterface
    public interface Listener {
        void stored(EventStore.Submission article, EventStore.WriteResult result) throws IOException;
    }

    private final EventStore store;
    private final String analyzer;
    private final Listener listener;
    private final List<EventStore.Submission> pending = new ArrayList<>();
    private long oldest;

    /**
     * @param analyzer the fingerprint of the analyzer that produced the articles' annotations
     * @param listener told about each article once its transaction committed
     */
    public BatchedWriter(EventStore store, String analyzer, Listener listener) {
        this.store = Objects.requireNonNull(store, "store");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Adds an article to the batch, storing the batch when it is full or its oldest article has waited long enough. */
    public void add(CodedDocument article, String origin) throws IOException {
        if (pending.isEmpty()) {
            oldest = System.nanoTime();
        }
        pending.add(new EventStore.Submission(article, origin));
        if (pending.size() >= MAX_ARTICLES || System.nanoTime() - oldest >= MAX_DELAY_MILLIS * 1_000_000) {
            flush();
        }
    }

    /** Stores the articles added since the last flush, in one transaction, and reports each to the listener. */
    public void flush() throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        List<EventStore.Submission> batch = List.copyOf(pending);
        pending.clear();
        List<EventStore.WriteResult> results;
        try {
            results = store.write(batch, analyzer);
        } catch (SQLException e) {
            throw new IOException("could not store articles " + batch.get(0).article().id()
                    + " to " + batch.get(batch.size() - 1).article().id() + " in " + store.file()
                    + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < batch.size(); i++) {
            listener.stored(batch.get(i), results.get(i));
        }
    }

    /** Stores what is pending. */
    @Override
    public void close() throws IOException {
        flush();
    }
}
