package org.dyad.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.dyad.coding.ArticleCoder;
import org.dyad.coding.CodedArticle;
import org.dyad.ingest.ArticleReader;
import org.dyad.ingest.Ingested;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.ErrorCode;
import org.dyad.model.Rejection;
import org.dyad.model.StageInterrupted;
import org.dyad.nlp.TextAnalyzer;
import org.dyad.stage.OrderedRunner;
import org.dyad.stage.Watchdog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads inputs, analyses and codes every article on worker threads ({@link OrderedRunner}), and hands
 * each outcome to a sink in input order. Nothing is lost: a record that cannot be read, is a duplicate,
 * is too long, takes longer than its time budget, or fails in analysis or coding is quarantined with
 * its {@link ErrorCode} and counted.
 *
 * <p>Each article has a time budget ({@link ArticleLimits#budget}); when it runs out, the worker is
 * interrupted, its stages stop at their next check between sentences, and the article is quarantined as
 * {@link ErrorCode#TIMEOUT} with the sentence that was being worked on. A worker that does not stop
 * within {@link #GRACE} after that is left behind, its article quarantined, and the pool given a thread
 * in its place, so that the run goes on.
 *
 * <p>The analyzer is obtained from its supplier on first use, on a worker thread, so model loading
 * overlaps reading; the budget of an article starts once the analyzer is there. Not thread-safe: call
 * {@link #run} from one thread at a time.
 */
public final class Pipeline {
    /** Articles longer than this many characters are quarantined as {@link ErrorCode#TOO_LONG} by default. */
    public static final int DEFAULT_MAX_CHARS = ArticleLimits.DEFAULT_MAX_CHARS;
    /** How long a worker whose budget ran out has to stop before it is left behind. */
    static final Duration GRACE = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final ArticleReader reader;
    private final Supplier<TextAnalyzer> analyzer;
    private final ArticleCoder coder;
    private final int threads;
    private final ArticleLimits limits;
    private final ArticleScreen screen;
    private final Duration grace;

    public Pipeline(ArticleReader reader, Supplier<TextAnalyzer> analyzer, ArticleCoder coder, int threads,
            int maxChars) {
        this(reader, analyzer, coder, threads, maxChars, ArticleScreen.NONE);
    }

    /** A pipeline that quarantines the articles {@code screen} rejects before analysing them. */
    public Pipeline(ArticleReader reader, Supplier<TextAnalyzer> analyzer, ArticleCoder coder, int threads,
            int maxChars, ArticleScreen screen) {
        this(reader, analyzer, coder, threads, ArticleLimits.defaults().withMaxChars(maxChars), screen);
    }

    /** A pipeline with the given limits of length and time per article. */
    public Pipeline(ArticleReader reader, Supplier<TextAnalyzer> analyzer, ArticleCoder coder, int threads,
            ArticleLimits limits, ArticleScreen screen) {
        this(reader, analyzer, coder, threads, limits, screen, GRACE);
    }

    /** As above, leaving a worker behind {@code grace} after its budget ran out (tests wait less). */
    Pipeline(ArticleReader reader, Supplier<TextAnalyzer> analyzer, ArticleCoder coder, int threads,
            ArticleLimits limits, ArticleScreen screen, Duration grace) {
        this.grace = Objects.requireNonNull(grace, "grace");
        this.screen = Objects.requireNonNull(screen, "screen");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.analyzer = memoize(Objects.requireNonNull(analyzer, "analyzer"));
        this.coder = Objects.requireNonNull(coder, "coder");
        if (threads < 1) {
            throw new IllegalArgumentException("threads was " + threads + "; need at least 1");
        }
        this.threads = threads;
        this.limits = Objects.requireNonNull(limits, "limits");
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

    /** One input record to be worked on. */
    private record Job(Article article, String origin) {
    }

    /**
     * Runs over the inputs.
     *
     * @param total the number of records expected, for progress, or -1
     * @throws IOException when a folder cannot be listed or the sink fails
     */
    public RunSummary run(List<Path> inputs, OutcomeSink sink, Progress progress, long total) throws IOException {
        long start = System.nanoTime();
        Counter counter = new Counter(sink, progress, total);
        Set<String> ids = new HashSet<>();
        try (OrderedRunner<Job, Outcome> runner = OrderedRunner.<Job, Outcome>builder("dyad-worker", this::process)
                .threads(threads).leaveBehind(grace, this::leftBehind).build()) {
            reader.readAll(inputs, ingested -> {
                if (ingested instanceof Ingested.Rejected r) {
                    runner.add(new Outcome.Quarantined(r.rejection()));
                } else {
                    Ingested.Read read = (Ingested.Read) ingested;
                    Article a = read.article();
                    if (!ids.add(a.id())) {
                        runner.add(quarantined(ErrorCode.DUPLICATE_ID, read.origin(), a.id(), "id '" + a.id()
                                + "' was already read in this run", a.text()));
                    } else if (a.text().length() > limits.maxChars()) {
                        runner.add(quarantined(ErrorCode.TOO_LONG, read.origin(), a.id(), String.format(Locale.ROOT,
                                "%,d characters exceed the maximum of %,d", a.text().length(), limits.maxChars()),
                                a.text()));
                    } else {
                        Optional<Rejection> rejected = screen.screen(a, read.origin());
                        if (rejected.isPresent()) {
                            runner.add(new Outcome.Quarantined(rejected.get()));
                        } else {
                            runner.submit(new Job(a, read.origin()));
                        }
                    }
                }
                while (runner.pending() > 2 * threads) {
                    counter.accept(runner.take());
                }
            });
            while (runner.pending() > 0) {
                counter.accept(runner.take());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return counter.summary((System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Codes one article on the calling thread with the rules {@link #run} applies to each article it
     * reads: too long, rejected by the screen, past its time budget, failed in analysis or in coding,
     * each quarantined with its {@link ErrorCode}. For a caller that reads articles itself (a server's
     * ingest); it checks ids against the other articles of its input itself.
     */
    public Outcome code(Article a, String origin) {
        if (a.text().length() > limits.maxChars()) {
            return new Outcome.Quarantined(new Rejection(ErrorCode.TOO_LONG, origin, a.id(), String.format(Locale.ROOT,
                    "%,d characters exceed the maximum of %,d", a.text().length(), limits.maxChars()), a.text()));
        }
        Optional<Rejection> rejected = screen.screen(a, origin);
        if (rejected.isPresent()) {
            return new Outcome.Quarantined(rejected.get());
        }
        try (Watchdog watchdog = new Watchdog()) {
            return process(new Job(a, origin), watchdog::arm);
        }
    }

    private static Outcome quarantined(ErrorCode code, String origin, String id, String reason, String excerpt) {
        return new Outcome.Quarantined(new Rejection(code, origin, id, reason, excerpt));
    }

    private Outcome process(Job job, OrderedRunner.Budget budget) {
        Article a = job.article();
        String origin = job.origin();
        TextAnalyzer analysis;
        try {
            analysis = analyzer.get();
        } catch (RuntimeException e) {
            return new Outcome.Quarantined(new Rejection(ErrorCode.NLP_FAILED, origin, a.id(), describe(e), ""));
        }
        // the cached analyzer makes the real one on its first miss: loading models is no article's work
        java.util.function.BooleanSupplier loading = analysis instanceof CachedAnalyzer c ? c::loading : () -> false;
        try (Watchdog.Alarm alarm = budget.arm(limits.budget(a.text().length()), loading)) {
            AnnotatedDocument doc;
            try {
                doc = analysis.analyze(a);
            } catch (RuntimeException | StackOverflowError e) {
                return alarm.rang() ? timedOut(a, origin, "language analysis", e, alarm)
                        : new Outcome.Quarantined(new Rejection(ErrorCode.NLP_FAILED, origin, a.id(), describe(e), ""));
            }
            try {
                CodedArticle coded = coder.code(doc);
                return new Outcome.Coded(coded, origin);
            } catch (RuntimeException | StackOverflowError e) {
                return alarm.rang() ? timedOut(a, origin, "event coding", e, alarm)
                        : new Outcome.Quarantined(new Rejection(ErrorCode.CODING_FAILED, origin, a.id(), describe(e), ""));
            }
        }
    }

    /** The quarantine record of an article whose budget ran out, naming where the work was. */
    private Outcome timedOut(Article a, String origin, String stage, Throwable e, Watchdog.Alarm alarm) {
        Optional<StageInterrupted> where = Optional.empty();
        for (Throwable t = e; t != null && where.isEmpty(); t = t.getCause()) {
            if (t instanceof StageInterrupted s) {
                where = Optional.of(s);
            }
        }
        String text = a.text();
        String place = "";
        String excerpt = text;
        if (where.isPresent()) {
            StageInterrupted w = where.get();
            int b = Math.min(w.begin(), text.length());
            int end = Math.max(b, Math.min(w.end(), text.length()));
            excerpt = text.substring(b, end);
            place = String.format(Locale.ROOT, " at %s (characters %,d-%,d: \"%s\")", w.sentence().isPresent()
                    ? "sentence " + w.sentence().getAsInt() : "the text", b, end, shorten(excerpt, 80));
        }
        return new Outcome.Quarantined(new Rejection(ErrorCode.TIMEOUT, origin, a.id(), String.format(Locale.ROOT,
                "stopped after %.1f s, past its budget of %s for %,d characters, in %s%s; the run went on",
                alarm.elapsed().toMillis() / 1000.0, budgetText(alarm.budget()), text.length(), stage, place),
                excerpt));
    }

    private String budgetText(Duration budget) {
        String s = String.format(Locale.ROOT, "%.1f s", budget.toMillis() / 1000.0);
        return limits.timeout().isPresent() ? s + " (--article-timeout)"
                : s + " (" + ArticleLimits.BASE.toSeconds() + " s + " + ArticleLimits.PER_THOUSAND_CHARS.toSeconds()
                        + " s per 1,000 characters; --article-timeout sets it)";
    }

    private static String shorten(String s, int width) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= width ? flat : flat.substring(0, width - 1) + "\u2026";
    }

    private static String describe(Throwable e) {
        return e.getClass().getName() + ": " + Objects.toString(e.getMessage(), "(no message)");
    }

    /** The quarantine record of an article whose worker did not stop {@code grace} after its budget ran out. */
    private Outcome leftBehind(Job job, Watchdog.Alarm alarm, Duration grace) {
        LOG.warn("article {} did not stop within {} ms of its time budget; its worker is left behind and"
                + " replaced", job.article().id(), grace.toMillis());
        return new Outcome.Quarantined(new Rejection(ErrorCode.TIMEOUT, job.origin(), job.article().id(),
                String.format(Locale.ROOT, "still running %.1f s past its budget of %s for %,d characters;"
                        + " its worker thread was left behind and the run went on", grace.toMillis() / 1000.0,
                        budgetText(alarm.budget()), job.article().text().length()), job.article().text()));
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
