package org.dyad.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import org.dyad.coding.ArticleCoder;
import org.dyad.format.AnnotationCodec;
import org.dyad.pipeline.Recoder;
import org.dyad.store.EventStore;

/**
 * Recoding speed: copies a store coded from real articles, repeats its articles (their text and
 * stored parses, under new ids) until it holds at least {@code minSentences} sentences, and times
 * {@link Recoder} over the whole copy with the standard dictionaries: decoding every parse, checking
 * that the coder's selection chooses no sentence it lacks, coding it, merging the events and rewriting
 * the event tables in one transaction. This is the recode from the cache: the recoder is given no
 * analyzer, and the first warm-up pass prints how many articles lack parses (0 for a store that a
 * recode with these dictionaries has already completed). Each pass recodes as after a change of the
 * dictionaries, which changes the selection's fingerprint: the records of earlier checks are dropped
 * first, so the selection check runs on every article ({@code keepChecks} keeps them, as a recode with
 * unchanged dictionaries would). Warm-up passes run until the JIT compiler has settled (a pass spends
 * at most {@link #SETTLED_JIT_SHARE} of its time compiling), as it has in the recode of a large store
 * after its first minute; then the timed passes. Prints every pass, the medians of sentences a second
 * and per CPU-second of the timed passes, against the target of 10,000 sentences a second, and the
 * rate over all passes, warm-up included.
 */
public final class RecodeBenchmark {
    /** The target, sentences a second. */
    public static final double TARGET = 10_000;
    /** Warm-up passes at least: the first runs mostly before the JIT compiler has compiled anything. */
    private static final int MIN_WARM_UPS = 2;
    /**
     * The JIT compiler has settled when a pass spent at most this share of its wall-clock time compiling:
     * on 2 cores its compiler thread otherwise takes CPU from the recode (the actor resolver and the event
     * coder inline into large methods, whose compilation takes tens of seconds in all).
     */
    private static final double SETTLED_JIT_SHARE = 0.05;
    /** Rounds of the one-thread phase measurement; the first warms the JIT up and is not counted. */
    private static final int PHASE_ROUNDS = 5;

    /** The figures of one run. */
    public record Result(long articles, long sentences, double[] sentencesPerSecond) {
        public double median() {
            double[] s = sentencesPerSecond.clone();
            Arrays.sort(s);
            return s[s.length / 2];
        }
    }

    private RecodeBenchmark() {
    }

    public static Result run(Path real, Path work, long minSentences, int maxWarmUps, int passes, int threads,
            boolean keepChecks, PrintStream out) throws Exception {
        if (maxWarmUps < MIN_WARM_UPS || passes < 1) {
            throw new IllegalArgumentException("need at least " + MIN_WARM_UPS + " warm-up passes and one timed pass;"
                    + " got " + maxWarmUps + " and " + passes);
        }
        Files.createDirectories(work.toAbsolutePath().getParent());
        Files.copy(real, work, StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(Path.of(work + ".wal"));
        long sentences = repeat(work, minSentences);
        ArticleCoder coder = ArticleCoder.standard();
        double[] rates = new double[passes];
        double[] perCpu = new double[passes];
        long articles = 0;
        long allSentences = 0;
        long allMillis = 0;
        try (EventStore store = EventStore.open(work)) {
            Recoder recoder = new Recoder(coder, threads);
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean();
            var threadClock = java.lang.management.ManagementFactory.getThreadMXBean();
            var jit = java.lang.management.ManagementFactory.getCompilationMXBean();
            int warmUps = -1; // known once the JIT compiler has settled
            for (int i = 0; warmUps < 0 || i < warmUps + passes; i++) {
                if (!keepChecks) {
                    // as after a change of the dictionaries: the selection check runs on every article again
                    Recoder.forgetChecks(store);
                }
                long cpu0 = os.getProcessCpuTime();
                long own0 = threadClock.getCurrentThreadCpuTime();
                long jit0 = jit.getTotalCompilationTime();
                Recoder.Result r = recoder.recode(store);
                double cpuSeconds = (os.getProcessCpuTime() - cpu0) / 1e9;
                double ownSeconds = (threadClock.getCurrentThreadCpuTime() - own0) / 1e9;
                long jitMillis = jit.getTotalCompilationTime() - jit0;
                allSentences += r.sentences();
                allMillis += r.millis();
                String figures = String.format(Locale.ROOT, "%,d sentences in %.2f s: %,.0f sentences/s; %.2f CPU-seconds"
                        + " (%.2f of them reading, merging and writing on the calling thread, %.2f s compiling in the"
                        + " JIT), %,.0f sentences per CPU-second (machine load average %.1f on %d cores);"
                        + " %,d stored parses checked by the selection", r.sentences(), r.millis() / 1000.0,
                        r.sentencesPerSecond(), cpuSeconds, ownSeconds, jitMillis / 1000.0, r.sentences() / cpuSeconds,
                        os.getSystemLoadAverage(), os.getAvailableProcessors(), r.checked());
                if (warmUps < 0) {
                    if (i == 0) {
                        // what the first pass found: articles whose stored parse lacks a sentence the selection chooses
                        out.printf(Locale.ROOT, "warm-up pass 1: %,d articles, %,d events; %,d articles coded from"
                                + " the cache, %,d lacking parses of sentences the selection chooses; %s%n",
                                r.articles(), r.events(), r.fromCache(), r.lackingParses(), figures);
                    } else {
                        out.printf(Locale.ROOT, "warm-up pass %d: %s%n", i + 1, figures);
                    }
                    boolean settled = i + 1 >= MIN_WARM_UPS && jitMillis <= SETTLED_JIT_SHARE * r.millis();
                    if (settled || i + 1 == maxWarmUps) {
                        warmUps = i + 1;
                        out.printf(Locale.ROOT, "%s after %d warm-up passes (%,d sentences in %.1f s, %,.0f"
                                + " sentences/s)%n", settled ? "the JIT compiler has settled" : "the JIT compiler is"
                                + " still compiling (--warm-up caps the warm-up)", warmUps, allSentences,
                                allMillis / 1000.0, allSentences * 1000.0 / Math.max(1, allMillis));
                    }
                } else {
                    rates[i - warmUps] = r.sentencesPerSecond();
                    perCpu[i - warmUps] = r.sentences() / cpuSeconds;
                    articles = r.articles();
                    out.printf(Locale.ROOT, "pass %d: %s%n", i - warmUps + 1, figures);
                }
            }
        }
        phases(work, coder, out); // after the passes, on the code the JIT compiler settled on
        Result res = new Result(articles, sentences, rates);
        out.printf(Locale.ROOT, "recode on %d threads: median %,.0f sentences/s (target >= %,.0f: %s);"
                + " median %,.0f sentences per CPU-second; all passes, warm-up included: %,.0f sentences/s%n", threads,
                res.median(), TARGET, res.median() >= TARGET ? "met" : "NOT met",
                new Result(articles, sentences, perCpu).median(), allSentences * 1000.0 / Math.max(1, allMillis));
        return res;
    }

    /**
     * Where one thread's time goes, in CPU time (so that a busy machine does not skew it): decoding the
     * parse cache, then coding, without writing; the best of several rounds, the one least disturbed by
     * other work on the machine.
     */
    private static void phases(Path store, ArticleCoder coder, PrintStream out) throws SQLException {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("duckdb.read_only", "true");
        java.util.List<org.dyad.model.Article> articles = new java.util.ArrayList<>();
        java.util.List<byte[]> blobs = new java.util.ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store.toAbsolutePath(), p);
                Statement st = c.createStatement();
                var rs = st.executeQuery("SELECT id, date, text, annotation FROM articles ORDER BY seq LIMIT 300")) {
            while (rs.next()) {
                articles.add(org.dyad.model.Article.of(rs.getString(1), rs.getObject(2, java.time.LocalDate.class),
                        rs.getString(3)));
                blobs.add(rs.getBytes(4));
            }
        }
        java.util.List<org.dyad.model.AnnotatedDocument> docs = new java.util.ArrayList<>();
        org.dyad.pipeline.EventSentenceSelector selector = new org.dyad.pipeline.EventSentenceSelector(coder);
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long sentences = 0;
        long[] best = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
        for (int round = 0; round < PHASE_ROUNDS; round++) { // the first round warms the JIT up
            docs.clear();
            sentences = 0;
            long t0 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < articles.size(); i++) {
                org.dyad.model.AnnotatedDocument d = org.dyad.format.AnnotationCodec.decode(articles.get(i), blobs.get(i));
                docs.add(d);
                sentences += d.sentences().size();
            }
            long t1 = threads.getCurrentThreadCpuTime();
            for (org.dyad.model.AnnotatedDocument d : docs) {
                coder.code(d);
            }
            long t2 = threads.getCurrentThreadCpuTime();
            for (org.dyad.model.AnnotatedDocument d : docs) {
                selector.select(d);
            }
            long t3 = threads.getCurrentThreadCpuTime();
            if (round > 0) {
                best[0] = Math.min(best[0], t1 - t0);
                best[1] = Math.min(best[1], t2 - t1);
                best[2] = Math.min(best[2], t3 - t2);
            }
        }
        out.printf(Locale.ROOT, "one thread, %,d sentences, per CPU-second of the thread (best of %d rounds): decoding"
                + " %,.0f sentences, coding %,.0f sentences, selecting the sentences to parse %,.0f sentences%n",
                sentences, PHASE_ROUNDS - 1, sentences / (best[0] / 1e9), sentences / (best[1] / 1e9),
                sentences / (best[2] / 1e9));
    }

    /** Repeats the store's articles under new ids until it holds at least {@code min} sentences. */
    private static long repeat(Path store, long min) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store.toAbsolutePath());
                Statement st = c.createStatement()) {
            long sentences;
            long maxSeq;
            try (var rs = st.executeQuery("SELECT coalesce(sum(sentence_count), 0), coalesce(max(seq), 0) FROM articles")) {
                rs.next();
                sentences = rs.getLong(1);
                maxSeq = rs.getLong(2);
            }
            if (sentences == 0) {
                throw new IllegalArgumentException("store " + store + " holds no articles; code some into it first");
            }
            long copies = Math.max(0, (min + sentences - 1) / sentences - 1);
            for (long k = 1; k <= copies; k++) {
                st.execute("INSERT INTO articles SELECT seq + " + (k * maxSeq) + ", id || '~" + k + "', date, title, url,"
                        + " source, source_name, origin, text, text_hash, sentence_count, analyzer, annotation_format,"
                        + " annotation FROM articles WHERE seq <= " + maxSeq);
            }
            return sentences * (copies + 1);
        }
    }
}
