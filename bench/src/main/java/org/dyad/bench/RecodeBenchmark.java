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
import org.dyad.store.EventStore;
import org.dyad.store.Recoder;

/**
 * Recoding speed: copies a store coded from real articles, repeats its articles (their text and
 * stored parses, under new ids) until it holds at least {@code minSentences} sentences, and times
 * {@link Recoder} over the whole copy with the standard dictionaries: decoding every parse, coding
 * it, merging the events and rewriting the event tables in one transaction. Prints sentences a
 * second for each pass and their median, against the target of 10,000.
 */
public final class RecodeBenchmark {
    /** The target, sentences a second. */
    public static final double TARGET = 10_000;

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

    public static Result run(Path real, Path work, long minSentences, int passes, int threads, PrintStream out)
            throws Exception {
        Files.createDirectories(work.toAbsolutePath().getParent());
        Files.copy(real, work, StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(Path.of(work + ".wal"));
        long sentences = repeat(work, minSentences);
        ArticleCoder coder = ArticleCoder.standard();
        double[] rates = new double[passes];
        long articles = 0;
        try (EventStore store = EventStore.open(work)) {
            Recoder recoder = new Recoder(coder, threads);
            Recoder.Result warm = recoder.recode(store);
            out.printf(Locale.ROOT, "warm-up pass: %,d articles, %,d sentences in %.2f s (%,.0f sentences/s), %,d events%n",
                    warm.articles(), warm.sentences(), warm.millis() / 1000.0, warm.sentencesPerSecond(), warm.events());
            for (int i = 0; i < passes; i++) {
                Recoder.Result r = recoder.recode(store);
                rates[i] = r.sentencesPerSecond();
                articles = r.articles();
                out.printf(Locale.ROOT, "pass %d: %,d sentences in %.2f s: %,.0f sentences/s%n", i + 1, r.sentences(),
                        r.millis() / 1000.0, rates[i]);
            }
        }
        Result res = new Result(articles, sentences, rates);
        out.printf(Locale.ROOT, "recode on %d threads: median %,.0f sentences/s (target >= %,.0f: %s)%n", threads,
                res.median(), TARGET, res.median() >= TARGET ? "met" : "NOT met");
        return res;
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
