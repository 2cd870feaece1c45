package org.dyad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.dyad.coding.CodedArticle;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.ErrorCode;
import org.dyad.model.Rejection;
import org.dyad.pipeline.ArticleScreen;
import org.dyad.pipeline.EventJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dyad's embedded event database: one DuckDB file (by default {@value #DEFAULT_FILE}) holding the
 * articles with their parse cache, the events each article reported, the real-world events they
 * merge into with GDELT's counts, one mention per supporting sentence, actor mentions, quotes and
 * quarantined records. A full-text index (Lucene) is kept beside it in {@code FILE.search/} and
 * brought up to date when a search needs it.
 *
 * <p>Writing is idempotent and atomic per article: {@link #write} stores an article, its annotation
 * and its events in one transaction (or a batch of articles in one), and an article already stored
 * with the same content is left alone. A process killed at any point leaves the store as it was
 * after the last committed transaction; running the same input again completes it to exactly what an
 * uninterrupted run gives.
 *
 * <p>Not thread-safe, except {@link #cachedDocument}: one thread writes and queries;
 * {@link #cachedDocument} may be called from analysis worker threads meanwhile. DuckDB lets one
 * process open a file for writing at a time.
 */
public final class EventStore implements AutoCloseable {
    /** The store file used when none is named. */
    public static final String DEFAULT_FILE = "dyad.duckdb";

    private static final Logger LOG = LoggerFactory.getLogger(EventStore.class);

    /** What {@link #write} did with an article. */
    public enum WriteResult {
        /** The article and its events were stored. */
        STORED,
        /** The same article (id and content) was already stored; nothing changed. */
        ALREADY_STORED,
        /** Another article with this id is stored; nothing changed, and the caller should quarantine it. */
        CONFLICT
    }

    private final Path file;
    private final Connection connection;
    private final Connection cacheReader;
    private final EventMerger merger;
    private final DailyCounts daily;
    /** The query of merged events by dyad and root, prepared on first use; writes are single-threaded. */
    private PreparedStatement clusterQuery;
    /**
     * The merge keys of the stored events as sorted hashes ({@link #keyHash}), read when merging first
     * asks and dropped whenever the merger forgets (null until then): a key whose hash is absent has no
     * merged events to load, so a report of a new dyad or family costs no query.
     */
    private long[] storedKeys;
    private final boolean readOnly;
    private long nextSeq;
    private long nextEventId;
    private SearchIndex search;

    private EventStore(Path file, EventMerger.Rule rule, boolean readOnly) throws SQLException {
        this.file = file;
        this.readOnly = readOnly;
        Properties p = new Properties();
        if (readOnly) {
            p.setProperty("duckdb.read_only", "true");
        }
        this.connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
        try {
            if (readOnly) {
                int v = Schema.currentVersionReadOnly(connection);
                if (v != Schema.latestVersion()) {
                    throw new IllegalStateException("store " + file + " has schema version " + v + "; this Dyad needs "
                            + Schema.latestVersion() + ": open it once for writing (e.g. dyad recode) to migrate it");
                }
            } else {
                int applied = Schema.migrate(connection);
                if (applied > 0) {
                    LOG.debug("store {}: applied {} schema migrations", file, applied);
                }
            }
            this.cacheReader = connection.unwrap(org.duckdb.DuckDBConnection.class).duplicate();
            this.daily = new DailyCounts(connection);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        this.merger = new EventMerger(rule, this::loadClusters);
        reloadCounters();
    }

    /**
     * Opens a store for reading and writing, creating it and migrating its schema as needed.
     *
     * @throws SQLException when the file cannot be opened (for instance because another process writes it)
     */
    public static EventStore open(Path file) throws SQLException {
        return open(file, EventMerger.Rule.DEFAULT);
    }

    /** Opens a store that merges reports with the given rule. */
    public static EventStore open(Path file, EventMerger.Rule rule) throws SQLException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            try {
                Files.createDirectories(parent);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new EventStore(file, rule, false);
    }

    /**
     * Opens an existing store for queries and exports only.
     *
     * @throws IllegalArgumentException when there is no store at {@code file}
     */
    public static EventStore openReadOnly(Path file) throws SQLException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no store at " + file.toAbsolutePath()
                    + "; create one with 'dyad code --db " + file + " INPUT'");
        }
        return new EventStore(file, EventMerger.Rule.DEFAULT, true);
    }

    /** The store file. */
    public Path file() {
        return file;
    }

    Connection connection() {
        return connection;
    }

    EventMerger merger() {
        return merger;
    }

    DailyCounts daily() {
        return daily;
    }

    private void reloadCounters() throws SQLException {
        nextSeq = scalar("SELECT coalesce(max(seq), 0) + 1 FROM articles");
        nextEventId = scalar("SELECT coalesce(max(id), 0) + 1 FROM events");
    }

    private long scalar(String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The content hash of the stored article with this id, if any. */
    public Optional<String> storedHash(String articleId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT text_hash FROM articles WHERE id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * A check for the pipeline, run before an article is analysed: an article whose id is stored with
     * different content is quarantined as {@link org.dyad.model.ErrorCode#DUPLICATE_ID} and never
     * analysed or counted as coded.
     */
    public ArticleScreen screen() {
        return (article, origin) -> {
            try {
                Optional<String> stored = storedHash(article.id());
                if (stored.isEmpty() || stored.get().equals(ArticleWriter.contentHash(article))) {
                    return Optional.empty();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("could not look up article " + article.id() + " in " + file + ": "
                        + e.getMessage(), e);
            }
            String text = article.text();
            return Optional.of(new Rejection(ErrorCode.DUPLICATE_ID, origin, article.id(),
                    "a different article with this id is already stored in " + file,
                    text.length() > Rejection.MAX_EXCERPT ? text.substring(0, Rejection.MAX_EXCERPT) : text));
        };
    }

    /**
     * The stored annotation of an article's text, when an article with the same content (date, title
     * and text, whatever its id: a syndicated copy) was analysed by the same analyzer. Thread-safe.
     *
     * @param analyzer the fingerprint of the analyzer that would otherwise analyse it
     */
    public synchronized Optional<AnnotatedDocument> cachedDocument(Article article, String analyzer) throws SQLException {
        try (PreparedStatement ps = cacheReader.prepareStatement("SELECT annotation FROM articles"
                + " WHERE text_hash = ? AND analyzer = ? AND annotation_format = ? ORDER BY seq LIMIT 1")) {
            ps.setString(1, ArticleWriter.contentHash(article));
            ps.setString(2, analyzer);
            ps.setInt(3, AnnotationCodec.FORMAT);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(AnnotationCodec.decode(article, rs.getBytes(1)));
            }
        }
    }

    /** A coded article to store and where it was read ({@code path} or {@code path:line}). */
    public record Submission(CodedArticle article, String origin) {
        public Submission {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(origin, "origin");
        }
    }

    /**
     * Stores a coded article with its annotation and events in one transaction, merging its events
     * with those already stored.
     *
     * @param origin where the article was read ({@code path} or {@code path:line})
     * @param analyzer the fingerprint of the analyzer that produced the annotation
     */
    public WriteResult write(CodedArticle coded, String origin, String analyzer) throws SQLException {
        return write(List.of(new Submission(coded, origin)), analyzer).get(0);
    }

    /**
     * Stores coded articles with their annotations and events in one transaction, in their order, as
     * if each were written on its own: every article is stored whole or, when the transaction fails,
     * not at all. A transaction costs DuckDB about as much as the rows of a few articles, so a writer
     * that receives articles faster than one a few milliseconds gives them in batches.
     *
     * @param analyzer the fingerprint of the analyzer that produced the annotations
     * @return what was done with each article, in their order
     */
    public List<WriteResult> write(List<Submission> batch, String analyzer) throws SQLException {
        requireWritable();
        List<WriteResult> results = new ArrayList<>(batch.size());
        List<Submission> fresh = new ArrayList<>();
        List<byte[]> annotations = new ArrayList<>();
        Map<String, String> hashes = new HashMap<>();
        for (Submission s : batch) {
            Article a = s.article().document().article();
            String hash = ArticleWriter.contentHash(a);
            Optional<String> stored = Optional.ofNullable(hashes.get(a.id())).or(() -> storedHashUnchecked(a.id()));
            if (stored.isPresent()) {
                results.add(stored.get().equals(hash) ? WriteResult.ALREADY_STORED : WriteResult.CONFLICT);
                continue;
            }
            hashes.put(a.id(), hash);
            fresh.add(s);
            annotations.add(AnnotationCodec.encode(s.article().document()));
            results.add(WriteResult.STORED);
        }
        if (fresh.isEmpty()) {
            return results;
        }
        long[] ids = {nextEventId};
        long seq = nextSeq;
        long dailyRows = daily.rows();
        connection.setAutoCommit(false);
        try {
            Set<Long> joined = new LinkedHashSet<>();
            // appenders: one flush a table instead of a statement a row; the rows reach the transaction when
            // they close, before the counts below read the mentions
            try (Table.Rows rows = Table.appenders(connection)) {
                for (int k = 0; k < fresh.size(); k++, seq++) {
                    CodedArticle coded = fresh.get(k).article();
                    Article a = coded.document().article();
                    rows.add(Table.ARTICLES, ArticleWriter.articleRow(a, seq, fresh.get(k).origin(), analyzer,
                            coded.document().sentences().size(), annotations.get(k)));
                    List<ArticleWriter.Placed> placed = ArticleWriter.writeCoding(rows, coded, seq, merger,
                            () -> ids[0]++);
                    List<Event> founded = new ArrayList<>();
                    for (int i = 0; i < placed.size(); i++) {
                        ArticleWriter.Placed p = placed.get(i);
                        if (p.founded()) {
                            rows.add(Table.EVENTS, p.eventRow());
                            founded.add(coded.events().get(i));
                        } else {
                            joined.add(p.eventId());
                        }
                    }
                    daily.add(founded);
                }
                daily.flush(rows);
            }
            for (long id : joined) {
                recount(id);
            }
            if (DailyCounts.compactionDue(dailyRows, daily.rows())) {
                daily.rebuild();
            }
            connection.commit();
            nextSeq = seq;
            nextEventId = ids[0];
            for (Submission f : fresh) {
                LOG.debug("stored article {} ({} events)", f.article().document().article().id(),
                        f.article().events().size());
            }
            return results;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            forgetMerges();
            daily.reload();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private Optional<String> storedHashUnchecked(String articleId) {
        try {
            return storedHash(articleId);
        } catch (SQLException e) {
            throw new IllegalStateException("could not look article " + articleId + " up in " + file + ": "
                    + e.getMessage(), e);
        }
    }

    private void recount(long eventId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                UPDATE events SET
                  num_mentions = (SELECT count(*) FROM event_mentions m WHERE m.event_id = ?),
                  num_sources = (SELECT count(DISTINCT source_name) FROM event_mentions m WHERE m.event_id = ?),
                  num_articles = (SELECT count(DISTINCT article_id) FROM event_mentions m WHERE m.event_id = ?)
                WHERE id = ?""")) {
            for (int i = 1; i <= 4; i++) {
                ps.setLong(i, eventId);
            }
            ps.executeUpdate();
        }
    }

    /** Makes the merger read the store again: after a rollback or a change of the events as a whole. */
    private void forgetMerges() {
        merger.forget();
        storedKeys = null;
    }

    private static long keyHash(String source, String target, String cameoRoot) {
        long h = 1125899906842597L;
        for (String part : new String[] {source, target, cameoRoot}) {
            for (int i = 0; i < part.length(); i++) {
                h = 31 * h + part.charAt(i);
            }
            h = 31 * h + 0x1F;
        }
        return h;
    }

    private List<EventMerger.Cluster> loadClusters(EventMerger.Key key) {
        List<EventMerger.Cluster> out = new ArrayList<>();
        try {
            if (storedKeys == null) {
                try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                        "SELECT DISTINCT source_code, target_code, cameo_root FROM events")) {
                    long[] hashes = new long[64];
                    int n = 0;
                    while (rs.next()) {
                        if (n == hashes.length) {
                            hashes = Arrays.copyOf(hashes, 2 * n);
                        }
                        hashes[n++] = keyHash(rs.getString(1), rs.getString(2), rs.getString(3));
                    }
                    storedKeys = Arrays.copyOf(hashes, n);
                    Arrays.sort(storedKeys);
                }
            }
            if (Arrays.binarySearch(storedKeys, keyHash(key.source(), key.target(), key.cameoRoot())) < 0) {
                return out;
            }
            if (clusterQuery == null) {
                // prepared once: merging asks for the clusters of every event written
                clusterQuery = connection.prepareStatement("""
                        SELECT e.id, e.event_date, a.article_id, a.terms FROM events e
                        JOIN article_events a ON a.event_id = e.id
                        WHERE e.source_code = ? AND e.target_code = ? AND e.cameo_root = ?
                        ORDER BY e.id, a.article_seq, a.position""");
            }
            PreparedStatement ps = clusterQuery;
            ps.setString(1, key.source());
            ps.setString(2, key.target());
            ps.setString(3, key.cameoRoot());
            try (ResultSet rs = ps.executeQuery()) {
                long current = -1;
                LocalDate date = null;
                List<EventMerger.Member> members = new ArrayList<>();
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (id != current && current != -1) {
                        out.add(new EventMerger.Cluster(current, date, members));
                        members = new ArrayList<>();
                    }
                    current = id;
                    date = rs.getObject(2, LocalDate.class);
                    members.add(new EventMerger.Member(rs.getString(3), EventMerger.split(rs.getString(4))));
                }
                if (current != -1) {
                    out.add(new EventMerger.Cluster(current, date, members));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read merged events of " + key + " from " + file + ": "
                    + e.getMessage(), e);
        }
        return out;
    }

    /**
     * Keeps a quarantined record. The same record (origin, code and article) is kept once however often
     * it is seen.
     *
     * @return true when it was new
     */
    public boolean quarantine(Rejection r) throws SQLException {
        requireWritable();
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO quarantine SELECT ?, ?, ?, ?, ?, ?
                WHERE NOT EXISTS (SELECT 1 FROM quarantine WHERE origin = ? AND code = ? AND article_id = ?)""")) {
            ps.setString(1, r.code().id());
            ps.setString(2, r.code().name());
            ps.setString(3, r.origin());
            ps.setString(4, r.articleId());
            ps.setString(5, r.reason());
            ps.setString(6, r.excerpt());
            ps.setString(7, r.origin());
            ps.setString(8, r.code().id());
            ps.setString(9, r.articleId());
            return ps.executeUpdate() > 0;
        }
    }

    private void requireWritable() {
        if (readOnly) {
            throw new IllegalStateException("store " + file + " was opened read-only");
        }
    }

    /** The merged events that match a query, ordered by date and number, one page of them. */
    public List<StoredEvent> events(EventQuery q) throws SQLException {
        EventQuery.Sql where = textFiltered(q);
        String sql = "SELECT e.id, e.json, e.num_mentions, e.num_sources, e.num_articles FROM events e WHERE "
                + where.text() + " ORDER BY e.event_date, e.id LIMIT " + q.limit() + " OFFSET " + q.offset();
        List<StoredEvent> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(sql, where.params()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StoredEvent(rs.getLong(1), parse(rs.getString(2)), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
            }
        }
        return out;
    }

    /** How many merged events match a query (paging ignored). */
    public long count(EventQuery q) throws SQLException {
        return count(q, AggregateSource.best(q));
    }

    /** How many merged events match a query, computed from the given source. */
    public long count(EventQuery q, AggregateSource from) throws SQLException {
        EventQuery.Sql where = aggregated(q, from);
        try (PreparedStatement ps = prepare("SELECT coalesce(sum(" + from.events + "), 0) FROM " + from.from
                + " WHERE " + where.text(), where.params());
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Events a day by QuadClass with their mean Goldstein value, for the events that match (a dyad's
     * or an actor's timeline), in order of day and QuadClass.
     */
    public List<TimelinePoint> timeline(EventQuery q) throws SQLException {
        return timeline(q, AggregateSource.best(q));
    }

    /** The timeline of a query, computed from the given source. */
    public List<TimelinePoint> timeline(EventQuery q, AggregateSource from) throws SQLException {
        EventQuery.Sql where = aggregated(q, from);
        List<TimelinePoint> out = new ArrayList<>();
        // the day as a number: a timeline has thousands of rows, and reading a DATE through JDBC costs more
        try (PreparedStatement ps = prepare("SELECT e.event_date - DATE '1970-01-01', e.quad_class, sum(" + from.events
                + ") AS n, CAST(sum(" + from.goldstein + ") AS DOUBLE) / CAST(n AS DOUBLE) FROM " + from.from + " WHERE "
                + where.text() + " GROUP BY e.event_date, e.quad_class ORDER BY 1, 2", where.params());
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new TimelinePoint(LocalDate.ofEpochDay(rs.getLong(1)), rs.getInt(2), rs.getLong(3),
                        rs.getDouble(4)));
            }
        }
        return out;
    }

    /** The actor codes that take part in most matching events, most first (ties by code). */
    public List<ActorCount> topActors(EventQuery q, int n) throws SQLException {
        return topActors(q, n, AggregateSource.best(q));
    }

    /** The top actors of a query, computed from the given source. */
    public List<ActorCount> topActors(EventQuery q, int n, AggregateSource from) throws SQLException {
        EventQuery.Sql where = aggregated(q, from);
        List<ActorCount> out = new ArrayList<>();
        String sql = "WITH m AS (SELECT e.source_code, e.target_code, " + from.events + " AS n FROM " + from.from
                + " WHERE " + where.text() + "),"
                + " sides AS (SELECT source_code AS code, n AS s, 0 AS t FROM m"
                + " UNION ALL SELECT target_code, 0, n FROM m WHERE target_code <> '')"
                + " SELECT code, sum(s) + sum(t), sum(s), sum(t) FROM sides GROUP BY code ORDER BY 2 DESC, 1 LIMIT " + n;
        try (PreparedStatement ps = prepare(sql, where.params()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ActorCount(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
            }
        }
        return out;
    }

    /** The heaviest directed source-to-target edges among matching events that have a target. */
    public List<NetworkEdge> network(EventQuery q, int n) throws SQLException {
        return network(q, n, AggregateSource.best(q));
    }

    /** The network of a query, computed from the given source. */
    public List<NetworkEdge> network(EventQuery q, int n, AggregateSource from) throws SQLException {
        EventQuery.Sql where = aggregated(q, from);
        List<NetworkEdge> out = new ArrayList<>();
        String sql = "SELECT e.source_code, e.target_code, sum(" + from.events + ") AS n, CAST(sum(" + from.goldstein
                + ") AS DOUBLE) / CAST(n AS DOUBLE) FROM " + from.from + " WHERE " + where.text()
                + " AND e.target_code <> '' GROUP BY ALL ORDER BY 3 DESC, 1, 2 LIMIT " + n;
        try (PreparedStatement ps = prepare(sql, where.params()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new NetworkEdge(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getDouble(4)));
            }
        }
        return out;
    }

    /** The condition of an aggregate over {@code from}, which must be able to answer the query. */
    private EventQuery.Sql aggregated(EventQuery q, AggregateSource from) throws SQLException {
        Objects.requireNonNull(from, "from");
        if (from == AggregateSource.DAILY_COUNTS && !q.servedByDailyCounts()) {
            throw new IllegalArgumentException("the daily counts cannot answer a query with " + q.eventOnlyCriteria()
                    + "; compute it from AggregateSource.EVENTS");
        }
        return textFiltered(q);
    }

    /** The full-text index beside the store, brought up to date with it. */
    public SearchIndex search() throws IOException, SQLException {
        if (search == null) {
            search = new SearchIndex(Path.of(file.toAbsolutePath() + ".search"));
        }
        search.update(connection);
        return search;
    }

    private EventQuery.Sql textFiltered(EventQuery q) throws SQLException {
        EventQuery.Sql where = q.where();
        if (q.text().isEmpty()) {
            return where;
        }
        Set<Long> ids;
        try {
            ids = search().eventIds(q.text().get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE OR REPLACE TEMP TABLE text_hits(id BIGINT)");
        }
        try (var appender = connection.unwrap(org.duckdb.DuckDBConnection.class).createAppender("temp", "main", "text_hits")) {
            for (long id : ids) {
                appender.beginRow();
                appender.append(id);
                appender.endRow();
            }
        }
        return new EventQuery.Sql(where.text() + " AND e.id IN (SELECT id FROM text_hits)", where.params());
    }

    private PreparedStatement prepare(String sql, List<Object> params) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
        return ps;
    }

    static Event parse(String json) {
        try {
            return EventJson.fromJson(EventJson.mapper().readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored event is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** How much the store holds. */
    public StoreCounts counts() throws SQLException {
        return new StoreCounts(scalar("SELECT count(*) FROM articles"), scalar("SELECT count(*) FROM sentences"),
                scalar("SELECT count(*) FROM article_events"), scalar("SELECT count(*) FROM events"),
                scalar("SELECT count(*) FROM event_mentions"), scalar("SELECT count(*) FROM actors"),
                scalar("SELECT count(*) FROM quotes"), scalar("SELECT count(*) FROM quarantine"),
                scalar("SELECT count(*) FROM dyad_days"));
    }

    /**
     * A digest of every row of every table, independent of the order rows were written in: two stores
     * with the same digest hold the same data.
     */
    public String contentDigest() throws SQLException {
        MessageDigest md = sha256();
        for (Map.Entry<String, String> e : tableDigests().entrySet()) {
            md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
            md.update(e.getValue().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** A digest of every table's rows, by table name: says which tables two stores differ in. */
    public Map<String, String> tableDigests() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables"
                        + " WHERE table_schema = 'main' ORDER BY 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, String> out = new TreeMap<>();
        for (String t : tables) {
            MessageDigest md = sha256();
            try (Statement st = connection.createStatement();
                    ResultSet rs = st.executeQuery("SELECT * FROM \"" + t + "\" ORDER BY ALL")) {
                ResultSetMetaData meta = rs.getMetaData();
                int n = meta.getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= n; i++) {
                        Object v = rs.getObject(i);
                        byte[] bytes = v == null ? new byte[] {(byte) 0xFF}
                                : v instanceof byte[] b ? b
                                : v instanceof java.sql.Blob blob ? blob.getBytes(1, (int) blob.length())
                                : v.toString().getBytes(StandardCharsets.UTF_8);
                        md.update(bytes);
                        md.update((byte) 0);
                    }
                    md.update((byte) '\n');
                }
            }
            out.put(t, HexFormat.of().formatHex(md.digest()));
        }
        return out;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }

    /**
     * Appends merged events as they are, without articles or mentions: for loading events coded
     * elsewhere, and for building large stores to measure queries on. Numbers must not clash with
     * stored ones; the whole load, with the daily counts recomputed in order, is one transaction.
     *
     * @return the number of events appended
     */
    public long load(java.util.Iterator<StoredEvent> events) throws SQLException {
        requireWritable();
        long n = 0;
        connection.setAutoCommit(false);
        try {
            try (Table.Rows rows = Table.appenders(connection)) {
                while (events.hasNext()) {
                    StoredEvent s = events.next();
                    Event e = s.event();
                    Object[] row = ArticleWriter.eventRow(s.id(), e, Article.of(e.articleId(), e.articleDate(),
                            e.evidence().get(0).text()));
                    row[29] = s.numMentions();
                    row[30] = s.numSources();
                    row[31] = s.numArticles();
                    rows.add(Table.EVENTS, row);
                    n++;
                }
            }
            daily.rebuild();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            daily.reload();
            throw e;
        } finally {
            connection.setAutoCommit(true);
            forgetMerges();
        }
        reloadCounters();
        return n;
    }

    /** The next article sequence number (for recoding). */
    long nextSeq() {
        return nextSeq;
    }

    void afterRecode() throws SQLException {
        forgetMerges();
        daily.reload();
        reloadCounters();
    }

    @Override
    public void close() throws SQLException {
        try {
            if (search != null) {
                search.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                daily.close();
                cacheReader.close();
                if (clusterQuery != null) {
                    clusterQuery.close();
                }
            } finally {
                connection.close();
            }
        }
    }
}
