package org.dyad.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.ingest.ArticleReader;
import org.dyad.model.Layer;
import org.dyad.pipeline.CachedAnalyzer;
import org.dyad.pipeline.CodedArticles;
import org.dyad.pipeline.Outcome;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.Progress;
import org.dyad.pipeline.RunSummary;
import org.dyad.store.BatchedWriter;
import org.dyad.store.EventStore;

/**
 * The store {@code dyad demo} makes, coded once per test JVM from the bundled examples with the shared
 * analyzer (as {@code dyad demo} codes them), and copies of it for tests that write.
 */
final class DemoStore {
    /** The bundled examples, beside this module. */
    static final Path EXAMPLES = Path.of("..", "examples");

    private DemoStore() {
    }

    private static final class Holder {
        static final Path STORE = build();
    }

    private static Path build() {
        try {
            Path dir = Files.createDirectories(Path.of("target", "it-stores"));
            Path db = dir.resolve("demo.duckdb");
            deleteStore(db);
            Coding coding = SharedCoding.coding();
            try (EventStore store = EventStore.open(db)) {
                var coder = coding.coder().get();
                Pipeline p = new Pipeline(ArticleReader.withDefaults(), () -> new CachedAnalyzer(List.of(store),
                        coding.fingerprint(), () -> coding.analyzer().apply(coder), Layer.language()), coder,
                        2, coding.maxChars(), store::screen);
                try (BatchedWriter w = new BatchedWriter(store, coding.fingerprint(), (a, r) -> { })) {
                    RunSummary s = p.run(List.of(EXAMPLES), o -> {
                        if (o instanceof Outcome.Coded c) {
                            w.add(CodedArticles.forStore(c.article()), c.origin());
                        }
                    }, Progress.NONE, -1);
                    if (s.coded() != 90) {
                        throw new IllegalStateException("the demo store coded " + s.line());
                    }
                }
            }
            return db;
        } catch (Exception e) {
            throw new IllegalStateException("could not build the demo store: " + e.getMessage(), e);
        }
    }

    /** The demo store, built on first use; do not write to it. */
    static Path path() {
        return Holder.STORE;
    }

    /** A copy of the demo store in {@code dir}, to write to. */
    static Path copy(Path dir) {
        try {
            Path db = dir.resolve("dyad.duckdb");
            Files.copy(path(), db, StandardCopyOption.REPLACE_EXISTING);
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteStore(Path db) throws IOException {
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + ".wal"));
        for (String side : List.of(".search", ".ingest")) {
            Path d = Path.of(db + side);
            if (Files.exists(d)) {
                try (Stream<Path> s = Files.walk(d)) {
                    for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
    }
}
