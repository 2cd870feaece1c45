package org.dyad.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.dyad.store.EventStore;
import org.dyad.store.SharedSearch;
import org.dyad.store.StoreReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one store a server owns. Everything that touches the {@link EventStore} itself (writes,
 * quarantine, the search index's updates) runs on one writer thread, as the store requires; reads
 * run on the request threads with readers of their own ({@link ReaderPool}), seeing the store as of
 * its last committed write. After writes the writer {@link #publish}es: the search index is brought up
 * to date, the version readers are told (ETags, the changes feed) moves on, and listeners (the
 * dashboard's live stream) hear of it.
 *
 * <p>Thread-safe.
 */
final class StoreHost implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StoreHost.class);

    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(() -> {
            lowerPriority();
            r.run();
        }, "dyad-store-writer");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService notifier = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dyad-store-notifier");
        t.setDaemon(true);
        return t;
    });
    private final Path file;
    private final boolean writable;
    private final EventStore store;
    private final SharedSearch search;
    private final ReaderPool readers;
    /** The writer thread's own reader: publishing and reading back a write never wait for the pool. */
    private final StoreReader own;
    private final AtomicLong version = new AtomicLong();
    private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();

    private StoreHost(Path file, boolean writable, Limits limits) throws Exception {
        this.file = file;
        this.writable = writable;
        this.store = onWriter(() -> writable ? EventStore.open(file) : EventStore.openReadOnly(file));
        try {
            this.search = onWriter(() -> SharedSearch.open(store));
            this.readers = new ReaderPool(store, search, limits.readers(), limits.queryTimeoutSeconds());
            this.own = StoreReader.open(store, search, 0);
            version.set(own.changes().version().number());
        } catch (Exception e) {
            onWriter(() -> {
                store.close();
                return null;
            });
            writer.shutdown();
            throw e;
        }
    }

    /**
     * Opens a store to serve.
     *
     * @param writable whether the server writes to it (ingest); a read-only store must exist
     */
    static StoreHost open(Path file, boolean writable, Limits limits) throws Exception {
        if (!writable && !Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no store at " + file.toAbsolutePath() + "; create one with"
                    + " 'dyad demo' or 'dyad code --db " + file + " INPUT', or start with --token-file, --watch or"
                    + " --feeds to fill a new one");
        }
        return new StoreHost(file, writable, limits);
    }

    /**
     * Lowers the calling thread's CPU priority (nice 10) on Linux, where a thread is a task that
     * {@code renice} reaches by its id: the writer analyses articles with CoreNLP, seconds of CPU each,
     * and requests should come first when both want the processor; the writer still gets all the time
     * the readers leave. Elsewhere, or when renice is missing, the thread keeps its priority.
     */
    static void lowerPriority() {
        try {
            Path self = Files.readSymbolicLink(Path.of("/proc/thread-self"));
            String tid = self.getFileName().toString();
            Process p = new ProcessBuilder("renice", "-n", "10", "-p", tid).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(5, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) {
                LOG.debug("could not lower the writer thread's priority");
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("the writer thread keeps its priority: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The store file. */
    Path file() {
        return file;
    }

    /** Whether the server writes to the store. */
    boolean writable() {
        return writable;
    }

    /** The published version: the store's as of the last {@link #publish}. */
    long version() {
        return version.get();
    }

    /** Runs a read with a borrowed reader. */
    <T> T read(ReaderPool.ReadTask<T> task) throws Exception {
        return readers.read(task);
    }

    /** Work on the store itself, run on the writer thread. */
    @FunctionalInterface
    interface WriteTask<T> {
        T run(EventStore store) throws Exception;
    }

    /** Runs work on the writer thread and waits for it. */
    <T> T write(WriteTask<T> task) throws Exception {
        return onWriter(() -> task.run(store));
    }

    /** Queues work on the writer thread without waiting. */
    Future<?> submit(WriteTask<?> task) {
        return writer.submit(() -> {
            task.run(store);
            return null;
        });
    }

    /** True when called on the writer thread. */
    static boolean onWriterThread() {
        return Thread.currentThread().getName().equals("dyad-store-writer");
    }

    private <T> T onWriter(java.util.concurrent.Callable<T> c) throws Exception {
        if (onWriterThread()) {
            return c.call();
        }
        try {
            return writer.submit(c).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception x) {
                throw x;
            }
            throw e;
        }
    }

    /**
     * Makes what was written visible to readers: brings the search index up to date, then moves the
     * published version on and tells the listeners. Runs on the writer thread.
     */
    void publish() throws Exception {
        onWriter(() -> {
            store.search();
            search.refresh();
            long v = own.changes().version().number();
            long before = version.getAndSet(v);
            if (v != before) {
                LOG.debug("store {} is at version {}", file, v);
                notifier.execute(() -> listeners.forEach(l -> l.accept(v)));
            }
            return null;
        });
    }

    /** Runs a read with the writer thread's own reader; only on the writer thread. */
    <T> T readOnWriter(ReaderPool.ReadTask<T> task) throws Exception {
        if (!onWriterThread()) {
            throw new IllegalStateException("readOnWriter called on " + Thread.currentThread().getName());
        }
        return task.run(own);
    }

    /** Hears of every new published version, on a thread of its own. */
    void addListener(LongConsumer listener) {
        listeners.add(listener);
    }

    @Override
    public void close() {
        try {
            readers.close();
            onWriter(() -> {
                own.close();
                try {
                    search.close();
                } catch (IOException e) {
                    LOG.warn("closing the search of {}: {}", file, e.getMessage());
                }
                store.close();
                return null;
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warn("closing {}: {}", file, e.getMessage());
        } finally {
            writer.shutdownNow();
            notifier.shutdownNow();
        }
    }
}
