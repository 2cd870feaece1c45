package org.dyad.server;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.dyad.store.EventStore;
import org.dyad.store.SharedSearch;
import org.dyad.store.StoreReader;

/**
 * A fixed set of {@link StoreReader}s shared by the request threads: a request borrows one for the
 * length of its queries and gives it back. A request that finds none free within the query timeout is
 * refused as {@link ApiError#BUSY}, so a flood of slow requests cannot pile up without bound.
 * Thread-safe.
 */
final class ReaderPool implements AutoCloseable {
    private final BlockingQueue<StoreReader> free;
    private final List<StoreReader> all = new ArrayList<>();
    private final long waitMillis;

    ReaderPool(EventStore store, SharedSearch search, int size, int timeoutSeconds) throws SQLException {
        this.free = new ArrayBlockingQueue<>(size);
        this.waitMillis = timeoutSeconds * 1000L;
        try {
            for (int i = 0; i < size; i++) {
                StoreReader r = StoreReader.open(store, search, timeoutSeconds);
                all.add(r);
                free.add(r);
            }
        } catch (SQLException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Work done with a borrowed reader. */
    @FunctionalInterface
    interface ReadTask<T> {
        T run(StoreReader reader) throws Exception;
    }

    /** Runs a task with a reader borrowed for its duration. */
    <T> T read(ReadTask<T> task) throws Exception {
        StoreReader r = free.poll(waitMillis, TimeUnit.MILLISECONDS);
        if (r == null) {
            throw new ApiException(ApiError.BUSY, "all " + all.size() + " store readers stayed busy for "
                    + waitMillis / 1000 + " s");
        }
        try {
            return task.run(r);
        } finally {
            free.add(r);
        }
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (StoreReader r : all) {
            try {
                r.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
