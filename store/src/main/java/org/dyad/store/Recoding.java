package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.format.AnnotationCodec;
import org.dyad.model.Article;
import org.dyad.model.ErrorCode;
import org.dyad.model.Rejection;

/**
 * One recode of a whole store, as one transaction: the store's side of recoding, for a recoder that
 * codes the stored parses again. Opening it deletes everything derived from coding (actors, quotes,
 * supporting sentences, reports, merged events and mentions, and the failures of earlier recodes);
 * the recoder then reads the stored articles in order ({@link #next}) and gives back, in the same
 * order, each one's new coding ({@link #write}) or failure ({@link #fail}), a new parse where it
 * analysed an article again ({@link #replaceParse}), and whether its parse lacks nothing its selection
 * chooses ({@link #checked}). Events are merged afresh in article order, which gives the same store as
 * coding the articles one by one. {@link #commit} makes it all visible at once; closing without
 * committing leaves the store as it was.
 *
 * <p>Not thread-safe: the thread that owns the store drives it.
 */
public final class Recoding implements AutoCloseable {
    /** A stored article: its number, the article, where it was read, its parse and the selection it was checked with. */
    public record Stored(long seq, Article article, String origin, byte[] annotation, String checkedWith) {
        public Stored {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(annotation, "annotation");
            Objects.requireNonNull(checkedWith, "checkedWith");
        }
    }

    private final EventStore store;
    private final Connection c;
    private final Connection reader;
    private final Statement query;
    private final ResultSet rs;
    private final Table.Rows rows;
    private final EventMerger merger;
    private final Map<Long, Object[]> events = new LinkedHashMap<>();
    private final Map<Long, Set<String>> articlesOf = new LinkedHashMap<>();
    private final Map<Long, Set<String>> sourcesOf = new LinkedHashMap<>();
    private final List<Rejection> failures = new ArrayList<>();
    private final Map<Long, byte[]> reparsed = new LinkedHashMap<>();
    private final Map<Long, String> analyzers = new LinkedHashMap<>();
    private final List<Long> complete = new ArrayList<>();
    private final List<Long> stale = new ArrayList<>();
    private long nextId = 1;
    private boolean committed;

    Recoding(EventStore store, Connection connection, EventMerger.Rule rule) throws SQLException {
        this.store = store;
        this.c = connection;
        this.merger = new EventMerger(rule, k -> List.of());
        c.setAutoCommit(false);
        Connection r = null;
        Statement q = null;
        try {
            try (Statement st = c.createStatement()) {
                for (String t : List.of("sentences", "actors", "quotes", "article_events", "events", "event_mentions")) {
                    st.execute("DELETE FROM " + t);
                }
            }
            store.quarantineTable().clearRecodeFailures(ErrorCode.CODING_FAILED.id(), ErrorCode.NLP_FAILED.id(),
                    ErrorCode.TIMEOUT.id());
            r = c.unwrap(org.duckdb.DuckDBConnection.class).duplicate();
            q = r.createStatement();
            this.rs = q.executeQuery("SELECT a.seq, a.id, a.date, a.title, a.text, a.url, a.source,"
                    + " a.origin, a.annotation, coalesce(s.fingerprint, '') FROM articles a"
                    + " LEFT JOIN article_selections s ON s.article_seq = a.seq ORDER BY a.seq");
            this.rows = Table.appenders(c);
        } catch (SQLException | RuntimeException e) {
            if (q != null) {
                q.close();
            }
            if (r != null) {
                r.close();
            }
            c.rollback();
            c.setAutoCommit(true);
            throw e;
        }
        this.reader = r;
        this.query = q;
    }

    /** The next stored article, in the order they were stored; empty after the last. */
    public Optional<Stored> next() throws SQLException {
        if (!rs.next()) {
            return Optional.empty();
        }
        Article a = new Article(rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7));
        return Optional.of(new Stored(rs.getLong(1), a, rs.getString(8), rs.getBytes(9), rs.getString(10)));
    }

    /** Stores the new coding of a stored article, merging its events with those recoded before it. */
    public void write(long seq, CodedDocument coded) throws SQLException {
        for (ArticleWriter.Placed p : ArticleWriter.writeCoding(rows, coded, seq, merger, () -> nextId++)) {
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

    /** Quarantines an article the recode could not code; it keeps its parse and has no events. */
    public void fail(Rejection r) {
        failures.add(Objects.requireNonNull(r, "r"));
    }

    /** Replaces a stored article's parse by a new analysis, made by the analyzer of that fingerprint. */
    public void replaceParse(long seq, byte[] annotation, String analyzer) {
        reparsed.put(seq, Objects.requireNonNull(annotation, "annotation"));
        analyzers.put(seq, Objects.requireNonNull(analyzer, "analyzer"));
    }

    /**
     * Records what the selection check found for an article: its parse lacks nothing the selection
     * chooses ({@code complete}), or it does and an earlier record of a check no longer holds.
     */
    public void checked(long seq, boolean isComplete) {
        (isComplete ? complete : stale).add(seq);
    }

    /**
     * Completes the recode: merged events with their counts, new parses, selection checks, daily
     * counts, quarantined failures, and a new store generation (so the search index is rebuilt), then
     * commits.
     *
     * @param fingerprint the selection the complete parses were checked with
     * @return the number of merged events
     */
    public long commit(String fingerprint) throws SQLException {
        for (Map.Entry<Long, Object[]> e : events.entrySet()) {
            Object[] row = e.getValue();
            row[30] = sourcesOf.get(e.getKey()).size();
            row[31] = articlesOf.get(e.getKey()).size();
            rows.add(Table.EVENTS, row);
        }
        rows.close();
        replaceParses();
        recordChecks(fingerprint);
        store.dailyCounts().rebuild();
        for (Rejection r : failures) {
            store.quarantineTable().add(r);
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
        committed = true;
        return events.size();
    }

    private void replaceParses() throws SQLException {
        if (reparsed.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE articles SET annotation = ?, analyzer = ?, annotation_format = ? WHERE seq = ?")) {
            for (Map.Entry<Long, byte[]> e : reparsed.entrySet()) {
                ps.setBytes(1, e.getValue());
                ps.setString(2, analyzers.get(e.getKey()));
                ps.setInt(3, AnnotationCodec.FORMAT);
                ps.setLong(4, e.getKey());
                ps.executeUpdate();
            }
        }
    }

    private void recordChecks(String fingerprint) throws SQLException {
        List<Long> changed = new ArrayList<>(complete);
        changed.addAll(stale);
        try (Statement st = c.createStatement()) {
            for (int from = 0; from < changed.size(); from += 1000) {
                StringBuilder in = new StringBuilder();
                for (long seq : changed.subList(from, Math.min(changed.size(), from + 1000))) {
                    in.append(in.length() == 0 ? "" : ", ").append(seq);
                }
                st.execute("DELETE FROM article_selections WHERE article_seq IN (" + in + ")");
            }
        }
        if (complete.isEmpty()) {
            return;
        }
        try (Table.Rows selections = Table.appenders(c)) {
            for (long seq : complete) {
                selections.add(Table.ARTICLE_SELECTIONS, seq, fingerprint);
            }
        }
    }

    /** Ends the recode: without a commit, the store is left as it was. */
    @Override
    public void close() throws SQLException {
        try {
            try {
                rs.close();
                query.close();
                reader.close();
            } finally {
                if (!committed) {
                    try {
                        rows.close();
                    } catch (SQLException e) {
                        // the rows are rolled back below either way
                    }
                    c.rollback();
                }
            }
        } finally {
            c.setAutoCommit(true);
            store.afterRecode();
        }
    }
}
