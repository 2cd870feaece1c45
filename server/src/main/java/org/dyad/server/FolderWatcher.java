package org.dyad.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the new files of a watched folder (and its subfolders) as they appear: scans it every
 * interval, and queues for ingest each regular file it has not taken before in its current size and
 * modification time, once the file has not changed for a scan (a file still being copied waits).
 * Hidden files and partial downloads ({@code .tmp}, {@code .part}, {@code .crdownload}, {@code .swp})
 * are left alone. Files taken are recorded, with size and time, in a ledger beside the store
 * ({@code FILE.ingest/watched.tsv}), so a restarted server does not take them again; a file changed
 * since is taken again, and only its new articles are coded.
 */
final class FolderWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);
    private static final List<String> PARTIAL = List.of(".tmp", ".part", ".crdownload", ".swp", ".partial");

    private final Path dir;
    private final Path ledger;
    private final IngestService ingest;
    private final Duration interval;
    private final IngestProgress progress;
    private final Set<String> taken = ConcurrentHashMap.newKeySet();
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    /** Files seen at the last scan with their key: a file is taken once it is unchanged between two scans. */
    private final Set<String> seen = new HashSet<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dyad-watch");
        t.setDaemon(true);
        return t;
    });

    FolderWatcher(Path dir, Path ledger, IngestService ingest, Duration interval, IngestProgress progress)
            throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("the watched folder " + dir.toAbsolutePath() + " is not a folder");
        }
        this.dir = dir.toAbsolutePath().normalize();
        this.ledger = ledger;
        this.ingest = ingest;
        this.interval = interval;
        this.progress = progress;
        if (Files.exists(ledger)) {
            taken.addAll(Files.readAllLines(ledger, StandardCharsets.UTF_8));
        }
    }

    void start() {
        timer.scheduleWithFixedDelay(this::scanSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void scanSafely() {
        try {
            scan();
        } catch (IOException | RuntimeException e) {
            LOG.warn("scanning {} failed: {}", dir, e.getMessage());
            progress.lastError.set("watch: " + e.getMessage());
        }
    }

    /** One scan: queues the files that are new and have stopped changing. */
    void scan() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir, 8)) {
            files = walk.filter(Files::isRegularFile).filter(this::eligible).sorted().toList();
        }
        Set<String> now = new HashSet<>();
        for (Path f : files) {
            String key = key(f);
            now.add(key);
            if (taken.contains(key) || queued.contains(key) || !seen.contains(key)) {
                continue;
            }
            if (!ingest.hasRoom()) {
                break;
            }
            queued.add(key);
            ingest.submitExternal(f, IngestBatch.Source.WATCH, b -> done(key, b));
        }
        seen.clear();
        seen.addAll(now);
    }

    private boolean eligible(Path f) {
        for (Path part : dir.relativize(f)) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return PARTIAL.stream().noneMatch(name::endsWith);
    }

    private String key(Path f) throws IOException {
        return Files.size(f) + "\t" + Files.getLastModifiedTime(f).toMillis() + "\t" + dir.relativize(f);
    }

    private void done(String key, IngestBatch b) {
        queued.remove(key);
        if (b.state() != IngestBatch.State.DONE) {
            return;
        }
        taken.add(key);
        progress.watchedFiles.incrementAndGet();
        try {
            Files.writeString(ledger, key + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.warn("could not record {} in {}: {}", key, ledger, e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
