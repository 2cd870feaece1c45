package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.coding.ArticleCoder;
import org.dyad.coding.CodedArticle;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.ErrorCode;
import org.dyad.model.Rejection;

/**
 * Applies a coder (new or changed dictionaries) to every article of a store from its parse cache,
 * without analysing any text again: decodes each stored annotation, runs
 * {@link ArticleCoder#code(AnnotatedDocument)} on a pool of threads, and replaces the store's
 * actors, events, merged events and mentions in one transaction, so a recode either completes or
 * leaves the store as it was. Events are merged afresh in article order, which gives the same store
 * as coding the articles one by one with the same coder.
 *
 * <p>An article whose coding fails is quarantined ({@link ErrorCode#CODING_FAILED}) and keeps no events.
 */
public final class Recoder {
    /** What a recode did. */
    public record Result(long articles, long sentences, long articleEvents, long events, long failed, long millis) {
        /** Sentences recoded a second. */
        public double sentencesPerSecond() {
            return millis == 0 ? sentences * 1000.0 : sentences * 1000.0 / millis;
        }
    }

    private final ArticleCoder coder;
    private final int threads;

    public Recoder(ArticleCoder coder, int threads) {
        this.coder = Objects.requireNonNull(coder, "coder");
        if (threads < 1) {
            throw new IllegalArgumentException("threads was " + threads + "; need at least 1");
        }
        this.threads = threads;
    }

    private record Work(long seq, String origin, CodedArticle coded, Rejection failure) {
    }

    /** Recodes every article of a store. */
    public Result recode(EventStore store) throws SQLException {
        long start = System.nanoTime();
        Connection c = store.connection();
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dyad-recode-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        EventMerger merger = new EventMerger(store.merger().rule(), k -> List.of());
        long[] nextId = {1};
        Map<Long, Object[]> events = new LinkedHashMap<>();
        Map<Long, Set<String>> articlesOf = new LinkedHashMap<>();
        Map<Long, Set<String>> sourcesOf = new LinkedHashMap<>();
        long articles = 0;
        long sentences = 0;
        long articleEvents = 0;
        long failed = 0;
        c.setAutoCommit(false);
        try (Connection reader = c.unwrap(org.duckdb.DuckDBConnection.class).duplicate()) {
            try (Statement st = c.createStatement()) {
                for (String t : List.of("sentences", "actors", "quotes", "article_events", "events", "event_mentions")) {
                    st.execute("DELETE FROM " + t);
                }
                st.execute("DELETE FROM quarantine WHERE code = '" + ErrorCode.CODING_FAILED.id()
                        + "' AND origin LIKE 'recode:%'");
            }
            List<Rejection> failures = new ArrayList<>();
            try (Table.Rows rows = Table.appenders(c);
                    Statement st = reader.createStatement();
                    ResultSet rs = st.executeQuery("SELECT seq, id, date, title, text, url, source, origin, annotation"
                            + " FROM articles ORDER BY seq")) {
                ArrayDeque<Future<Work>> window = new ArrayDeque<>();
                boolean more = true;
                while (more || !window.isEmpty()) {
                    while (more && window.size() < 4 * threads) {
                        if (!rs.next()) {
                            more = false;
                            break;
                        }
                        long seq = rs.getLong(1);
                        Article a = new Article(rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7));
                        String origin = rs.getString(8);
                        byte[] blob = rs.getBytes(9);
                        window.add(pool.submit(() -> code(seq, origin, a, blob)));
                    }
                    if (window.isEmpty()) {
                        break;
                    }
                    Work w = take(window.poll());
                    articles++;
                    if (w.failure() != null) {
                        failed++;
                        failures.add(w.failure());
                        continue;
                    }
                    sentences += w.coded().document().sentences().size();
                    articleEvents += w.coded().events().size();
                    for (ArticleWriter.Placed p : ArticleWriter.writeCoding(rows, w.coded(), w.seq(), merger,
                            () -> nextId[0]++)) {
                        if (p.founded()) {
                            events.put(p.eventId(), p.eventRow());
                        } else {
                            Object[] row = events.get(p.eventId());
                            row[29] = (Integer) row[29] + p.mentions();
                        }
                        articlesOf.computeIfAbsent(p.eventId(), k -> new HashSet<>()).add(p.articleId());
                        sourcesOf.computeIfAbsent(p.eventId(), k -> new HashSet<>()).add(p.sourceName());
                    }
                }
                for (Map.Entry<Long, Object[]> e : events.entrySet()) {
                    Object[] row = e.getValue();
                    row[30] = sourcesOf.get(e.getKey()).size();
                    row[31] = articlesOf.get(e.getKey()).size();
                    rows.add(Table.EVENTS, row);
                }
            }
            store.daily().rebuild();
            for (Rejection r : failures) {
                store.quarantine(r);
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO store_meta SELECT 'generation', '0' WHERE NOT EXISTS
                      (SELECT 1 FROM store_meta WHERE key = 'generation')""")) {
                ps.executeUpdate();
            }
            try (Statement st = c.createStatement()) {
                st.execute("UPDATE store_meta SET value = CAST(CAST(value AS BIGINT) + 1 AS VARCHAR)"
                        + " WHERE key = 'generation'");
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
            pool.shutdownNow();
            store.afterRecode();
        }
        return new Result(articles, sentences, articleEvents, events.size(), failed,
                (System.nanoTime() - start) / 1_000_000);
    }

    private Work code(long seq, String origin, Article a, byte[] blob) {
        try {
            return new Work(seq, origin, coder.code(AnnotationCodec.decode(a, blob)), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Work(seq, origin, null, new Rejection(ErrorCode.CODING_FAILED, "recode:" + origin, a.id(),
                    e.getClass().getName() + ": " + Objects.toString(e.getMessage(), "(no message)"), ""));
        }
    }

    private static Work take(Future<Work> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while recoding", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("recoding worker failed: " + e.getCause(), e.getCause());
        }
    }
}
