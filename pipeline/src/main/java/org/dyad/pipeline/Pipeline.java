package org.dyad.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.dyad.coding.ArticleCoder;
import org.dyad.coding.CodedArticle;
import org.dyad.ingest.ArticleReader;
import org.dyad.ingest.Ingested;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.ErrorCode;
import org.dyad.model.Rejection;
import org.dyad.nlp.TextAnalyzer;

/**
 * Reads inputs, analyses and codes every article on a pool of worker threads, and hands each
 * outcome to a sink in input order. Nothing is lost: a record that cannot be read, is a duplicate,
 * is too long, or fails in analysis or coding is quarantined with its {@link ErrorCode} and counted.
 *
 * <p>The analyzer is obtained from its supplier on first use, on a worker thread, so model loading
 * overlaps reading. Not thread-safe: call {@link #run} from one thread at a time.
 */
public final class Pipeline {
    /** Articles longer than this many characters are quarantined as {@link ErrorCode#TOO_LONG} by default. */
    public static final int DEFAULT_MAX_CHARS = 200_000;

    private final ArticleReader reader;
    private final Supplier<TextAnalyzer> analyzer;
    private final ArticleCoder coder;
    private final int threads;
    private final int maxChars;
    private final ArticleScreen screen;

    public Pipeline(ArticleReader reader, Supplier<TextAnalyzer> analyzer, ArticleCoder coder, int threads,
            int maxChars) {
        this(reader, analyzer, coder, threads, maxChars, ArticleScreen.NONE);
    }

    /** A pipeline that quarantines the articles {@code screen} rejects before analysing them. */
    public Pipeline(ArticleReader reader, Supplier<TextAnalyzer> analyzer, ArticleCoder coder, int threads,
            int maxChars, ArticleScreen screen) {
        this.screen = Objects.requireNonNull(screen, "screen");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.analyzer = memoize(Objects.requireNonNull(analyzer, "analyzer"));
        this.coder = Objects.requireNonNull(coder, "coder");
        if (threads < 1) {
            throw new IllegalArgumentException("threads was " + threads + "; need at least 1");
        }
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars was " + maxChars + "; need at least 1");
        }
        this.threads = threads;
        this.maxChars = maxChars;
    }

    private static <T> Supplier<T> memoize(Supplier<T> s) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = Objects.requireNonNull(s.get(), "analyzer supplier returned null");
                }
                return value;
            }
        };
    }

    /**
     * Runs over the inputs.
     *
     * @param total the number of records expected, for progress, or -1
     * @throws IOException when a folder cannot be listed or the sink fails
     */
    public RunSummary run(List<Path> inputs, OutcomeSink sink, Progress progress, long total) throws IOException {
        long start = System.nanoTime();
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dyad-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Counter counter = new Counter(sink, progress, total);
        ArrayDeque<Future<Outcome>> window = new ArrayDeque<>();
        Set<String> ids = new HashSet<>();
        try {
            reader.readAll(inputs, ingested -> {
                Future<Outcome> f;
                if (ingested instanceof Ingested.Rejected r) {
                    f = CompletableFuture.completedFuture(new Outcome.Quarantined(r.rejection()));
                } else {
                    Ingested.Read read = (Ingested.Read) ingested;
                    Article a = read.article();
                    if (!ids.add(a.id())) {
                        f = done(ErrorCode.DUPLICATE_ID, read.origin(), a.id(), "id '" + a.id()
                                + "' was already read in this run", a.text());
                    } else if (a.text().length() > maxChars) {
                        f = done(ErrorCode.TOO_LONG, read.origin(), a.id(), a.text().length()
                                + " characters exceed the maximum of " + maxChars, a.text());
                    } else {
                        Optional<Rejection> rejected = screen.screen(a, read.origin());
                        f = rejected.isPresent()
                                ? CompletableFuture.completedFuture(new Outcome.Quarantined(rejected.get()))
                                : pool.submit(() -> process(a, read.origin()));
                    }
                }
                window.add(f);
                while (window.size() > 2 * threads) {
                    counter.accept(take(window.poll()));
                }
            });
            while (!window.isEmpty()) {
                counter.accept(take(window.poll()));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            pool.shutdownNow();
        }
        return counter.summary((System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Codes one article on the calling thread with the rules {@link #run} applies to each article it
     * reads: too long, rejected by the screen, failed in analysis or in coding, each quarantined with its
     * {@link ErrorCode}. For a caller that reads articles itself (a server's ingest); it checks ids
     * against the other articles of its input itself.
     */
    public Outcome code(Article a, String origin) {
        if (a.text().length() > maxChars) {
            return take(done(ErrorCode.TOO_LONG, origin, a.id(), a.text().length() + " characters exceed the maximum of "
                    + maxChars, a.text()));
        }
        Optional<Rejection> rejected = screen.screen(a, origin);
        return rejected.isPresent() ? new Outcome.Quarantined(rejected.get()) : process(a, origin);
    }

    private static Future<Outcome> done(ErrorCode code, String origin, String id, String reason, String excerpt) {
        return CompletableFuture.completedFuture(new Outcome.Quarantined(new Rejection(code, origin, id, reason,
                excerpt.length() > Rejection.MAX_EXCERPT ? excerpt.substring(0, Rejection.MAX_EXCERPT) : excerpt)));
    }

    private Outcome process(Article a, String origin) {
        AnnotatedDocument doc;
        try {
            doc = analyzer.get().analyze(a);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome.Quarantined(new Rejection(ErrorCode.NLP_FAILED, origin, a.id(), describe(e), ""));
        }
        try {
            CodedArticle coded = coder.code(doc);
            return new Outcome.Coded(coded, origin);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome.Quarantined(new Rejection(ErrorCode.CODING_FAILED, origin, a.id(), describe(e), ""));
        }
    }

    private static String describe(Throwable e) {
        return e.getClass().getName() + ": " + Objects.toString(e.getMessage(), "(no message)");
    }

    private static Outcome take(Future<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a worker", e);
        } catch (ExecutionException e) {
            // process() catches everything a record can cause; what remains is a bug or an Error
            throw new IllegalStateException("worker failed: " + e.getCause(), e.getCause());
        }
    }

    /** Counts outcomes and forwards them to the sink. */
    private static final class Counter {
        private final OutcomeSink sink;
        private final Progress progress;
        private final long total;
        private long read;
        private long coded;
        private long quarantined;
        private long events;
        private long sentences;
        private final Map<ErrorCode, Long> byCode = new EnumMap<>(ErrorCode.class);

        Counter(OutcomeSink sink, Progress progress, long total) {
            this.sink = sink;
            this.progress = progress;
            this.total = total;
        }

        void accept(Outcome o) {
            read++;
            if (o instanceof Outcome.Coded c) {
                coded++;
                events += c.article().events().size();
                sentences += c.article().document().sentences().size();
            } else {
                quarantined++;
                byCode.merge(((Outcome.Quarantined) o).rejection().code(), 1L, Long::sum);
            }
            try {
                sink.accept(o);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            progress.update(read, total, sentences);
        }

        RunSummary summary(long millis) {
            return new RunSummary(read, coded, quarantined, byCode, events, sentences, millis);
        }
    }
}
