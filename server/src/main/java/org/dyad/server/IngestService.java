package org.dyad.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dyad.coding.ArticleCoder;
import org.dyad.ingest.ArticleReader;
import org.dyad.ingest.Ingested;
import org.dyad.model.Article;
import org.dyad.model.ErrorCode;
import org.dyad.model.Layer;
import org.dyad.model.Rejection;
import org.dyad.pipeline.CachedAnalyzer;
import org.dyad.pipeline.CodedArticles;
import org.dyad.pipeline.Outcome;
import org.dyad.pipeline.Pipeline;
import org.dyad.store.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Codes the files a server takes in (posted bodies, feed items, watched files) with the rules of
 * {@code dyad code}: the same reader and quarantine codes, the same analysis and coder, an article
 * already stored with the same content skipped without being coded again. Runs each file as one
 * {@link IngestBatch} on the store's writer thread, and publishes what it stored.
 *
 * <p><b>Surviving a restart.</b> Posted bodies and feed items are first written to the spool
 * ({@code FILE.ingest/inbox/}) and removed only once their articles are stored or quarantined; a
 * server started again takes what the spool still holds. An article stored before a crash is found
 * in the store and skipped, never coded twice.
 *
 * <p>Thread-safe.
 */
final class IngestService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);
    /** How often a long batch makes what it stored so far visible. */
    private static final long PUBLISH_MILLIS = 2_000;
    private static final int KEPT_BATCHES = 1_000;

    private final StoreHost host;
    private final Coding coding;
    private final Path inbox;
    private final Path failed;
    private final int maxQueue;
    private final IngestProgress progress;
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicLong serial = new AtomicLong();
    private final Map<String, IngestBatch> batches = new LinkedHashMap<>();
    private volatile boolean closing;
    /** Made on the writer thread on first use. */
    private Pipeline pipeline;

    IngestService(StoreHost host, Coding coding, Path spool, int maxQueue, IngestProgress progress) throws IOException {
        this.host = host;
        this.coding = coding;
        this.inbox = Files.createDirectories(spool.resolve("inbox"));
        this.failed = Files.createDirectories(spool.resolve("failed"));
        this.maxQueue = maxQueue;
        this.progress = progress;
    }

    /** Queues what the spool holds from before a restart, oldest first. */
    void recover() throws IOException {
        List<Path> left;
        try (Stream<Path> s = Files.list(inbox)) {
            left = s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
        for (Path p : left) {
            IngestBatch.Source source = p.getFileName().toString().startsWith("feed-") ? IngestBatch.Source.FEED
                    : IngestBatch.Source.POST;
            queue(new IngestBatch(batchId(p), source, p), true, b -> { });
        }
        if (!left.isEmpty()) {
            LOG.info("ingest: {} files left in the spool from before are queued again", left.size());
        }
    }

    private static String batchId(Path p) {
        String name = p.getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * Writes content to the spool as a new file named {@code prefix-N.ext}, whole or not at all (written
     * aside and moved in), so that a crash never leaves half a body to ingest.
     */
    Path spool(String prefix, String ext, byte[] content) throws IOException {
        String name = prefix + "-" + System.currentTimeMillis() + "-" + serial.incrementAndGet() + "." + ext;
        Path tmp = inbox.resolve("." + name + ".tmp");
        Files.write(tmp, content);
        return Files.move(tmp, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Queues a spooled file, removed from the spool once done. */
    IngestBatch submitSpooled(Path file, IngestBatch.Source source) {
        IngestBatch b = new IngestBatch(batchId(file), source, file);
        queue(b, true, x -> { });
        return b;
    }

    /** Queues a file the server does not own (the watched folder's); {@code after} is told when it is done. */
    IngestBatch submitExternal(Path file, IngestBatch.Source source, Consumer<IngestBatch> after) {
        IngestBatch b = new IngestBatch(source.name().toLowerCase(java.util.Locale.ROOT) + "-"
                + System.currentTimeMillis() + "-" + serial.incrementAndGet(), source, file);
        queue(b, false, after);
        return b;
    }

    /** True when another file may be queued. */
    boolean hasRoom() {
        return pending.get() < maxQueue;
    }

    private void queue(IngestBatch b, boolean owned, Consumer<IngestBatch> after) {
        pending.incrementAndGet();
        progress.queued.set(pending.get());
        synchronized (batches) {
            batches.put(b.id(), b);
            while (batches.size() > KEPT_BATCHES) {
                batches.remove(batches.keySet().iterator().next());
            }
        }
        host.submit(store -> {
            try {
                if (!closing) {
                    run(store, b, owned);
                    after.accept(b);
                }
            } finally {
                pending.decrementAndGet();
                progress.queued.set(pending.get());
            }
            return null;
        });
    }

    /** A batch by id, while the server remembers it. */
    Optional<IngestBatch> batch(String id) {
        synchronized (batches) {
            return Optional.ofNullable(batches.get(id));
        }
    }

    /** Keeps a record that could not become an article (a feed item whose page is gone), on the writer thread. */
    void quarantine(Rejection r) {
        host.submit(store -> {
            if (store.quarantine(r)) {
                progress.quarantined.incrementAndGet();
            }
            return null;
        });
    }

    private Pipeline pipeline(EventStore store) {
        if (pipeline == null) {
            ArticleCoder coder = coding.coder().get();
            pipeline = new Pipeline(ArticleReader.withDefaults(), () -> new CachedAnalyzer(List.of(store),
                    coding.fingerprint(), () -> coding.analyzer().apply(coder), Layer.language()), coder, 1,
                    coding.maxChars(), store::screen);
        }
        return pipeline;
    }

    private void run(EventStore store, IngestBatch b, boolean owned) {
        b.start();
        progress.current.set(b.id());
        long lastPublish = System.currentTimeMillis();
        try {
            List<Ingested> records = new ArrayList<>();
            ArticleReader.withDefaults().read(b.file(), records::add);
            Set<String> ids = new HashSet<>();
            for (Ingested record : records) {
                progress.read.incrementAndGet();
                b.add(ingest(store, record, ids, b.source() == IngestBatch.Source.POST));
                if (System.currentTimeMillis() - lastPublish > PUBLISH_MILLIS) {
                    host.publish();
                    lastPublish = System.currentTimeMillis();
                }
            }
            host.publish();
            if (owned) {
                Files.deleteIfExists(b.file());
            }
            progress.batches.incrementAndGet();
            b.finish();
            LOG.info("ingest {}: {} records: {} stored, {} already stored, {} quarantined", b.id(), records.size(),
                    b.count(IngestBatch.Status.STORED), b.count(IngestBatch.Status.ALREADY_STORED),
                    b.count(IngestBatch.Status.QUARANTINED));
        } catch (Exception e) {
            String why = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.error("ingest {} failed: {}", b.id(), why, e);
            progress.failedBatches.incrementAndGet();
            progress.lastError.set(b.id() + ": " + why);
            if (owned) {
                try {
                    Files.move(b.file(), failed.resolve(b.file().getFileName()), StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException m) {
                    LOG.warn("could not move {} to {}: {}", b.file(), failed, m.getMessage());
                }
            }
            b.fail(why);
        } finally {
            progress.current.set("");
        }
    }

    private IngestBatch.Item ingest(EventStore store, Ingested record, Set<String> ids, boolean withEvents)
            throws Exception {
        if (record instanceof Ingested.Rejected r) {
            return keep(store, r.rejection());
        }
        Ingested.Read read = (Ingested.Read) record;
        Article a = read.article();
        if (!ids.add(a.id())) {
            return keep(store, rejection(ErrorCode.DUPLICATE_ID, read.origin(), a, "id '" + a.id()
                    + "' was already read in this input"));
        }
        // the same article already stored: skipped without coding it again
        if (store.storedHash(a.id()).isPresent() && store.screen(a, read.origin()).isEmpty()) {
            progress.alreadyStored.incrementAndGet();
            return new IngestBatch.Item(read.origin(), a.id(), IngestBatch.Status.ALREADY_STORED, "", "",
                    withEvents ? eventsOf(a.id()) : List.of());
        }
        Outcome outcome = pipeline(store).code(a, read.origin());
        if (outcome instanceof Outcome.Quarantined q) {
            return keep(store, q.rejection());
        }
        Outcome.Coded c = (Outcome.Coded) outcome;
        EventStore.WriteResult w = store.write(CodedArticles.forStore(c.article()), read.origin(), coding.fingerprint());
        if (w == EventStore.WriteResult.CONFLICT) {
            return keep(store, rejection(ErrorCode.DUPLICATE_ID, read.origin(), a,
                    "a different article with this id is already stored"));
        }
        if (w == EventStore.WriteResult.STORED) {
            progress.stored.incrementAndGet();
            progress.events.addAndGet(c.article().events().size());
            progress.lastStored.set(Instant.now());
        } else {
            progress.alreadyStored.incrementAndGet();
        }
        return new IngestBatch.Item(read.origin(), a.id(), w == EventStore.WriteResult.STORED
                ? IngestBatch.Status.STORED : IngestBatch.Status.ALREADY_STORED, "", "",
                withEvents ? eventsOf(a.id()) : List.of());
    }

    private List<Long> eventsOf(String articleId) throws Exception {
        return host.readOnWriter(r -> r.details().article(articleId).map(d -> d.events().stream()
                .map(e -> e.eventId()).distinct().toList()).orElse(List.of()));
    }

    private static Rejection rejection(ErrorCode code, String origin, Article a, String reason) {
        String text = a.text();
        return new Rejection(code, origin, a.id(), reason,
                text.length() > Rejection.MAX_EXCERPT ? text.substring(0, Rejection.MAX_EXCERPT) : text);
    }

    private IngestBatch.Item keep(EventStore store, Rejection r) throws Exception {
        store.quarantine(r);
        progress.quarantined.incrementAndGet();
        return new IngestBatch.Item(r.origin(), r.articleId(), IngestBatch.Status.QUARANTINED, r.code().id(),
                r.reason(), List.of());
    }

    /** Stops taking batches; those queued stay in the spool for the next start. */
    @Override
    public void close() {
        closing = true;
    }
}
