package org.dyad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.Rejection;

/**
 * Dyad's embedded event database: one DuckDB file (by default {@value #DEFAULT_FILE}) holding the
 * articles with their parse cache, the events each article reported, the real-world events they
 * merge into with GDELT's counts, one mention per supporting sentence, actor mentions, quotes and
 * quarantined records. A full-text index (Lucene) is kept beside it in {@code FILE.search/} and
 * brought up to date when a search needs it.
 *
 * <p>This class is the store's front: each responsibility lives in a class of its own, which it
 * hands calls to: {@link StoreFile} opens the file (with the user's error when it cannot) and
 * {@link Schema} migrates it, {@link ArticleRepository} writes articles and bulk loads, {@link ParseCache}
 * finds stored parses, {@link MergeIndex} gives merging the stored events, {@link QuarantineTable} keeps
 * quarantined records, {@link EventQueries} answers the read-only queries, {@link StoreDigest} counts
 * and digests, and {@link Recoding} recodes the whole store.
 *
 * <p>Writing is idempotent and atomic per article: {@link #write} stores an article, its annotation
 * and its events in one transaction (or a batch of articles in one), and an article already stored
 * with the same content is left alone. A process killed at any point leaves the store as it was
 * after the last committed transaction; running the same input again completes it to exactly what an
 * uninterrupted run gives.
 *
 * <p>Not thread-safe, except {@link #cachedDocument}: one thread writes and queries;
 * {@link #cachedDocument} may be called from analysis worker threads meanwhile. DuckDB lets one
 * process open a file for writing at a time; another process that tries gets a
 * {@link StoreUnavailableException} naming the process that holds it.
 */
public final class EventStore implements AutoCloseable {
    /** The store file used when none is named. */
    public static final String DEFAULT_FILE = "dyad.duckdb";

    /** What {@link #write} did with an article. */
    public enum WriteResult {
        /** The article and its events were stored. */
        STORED,
        /** The same article (id and content) was already stored; nothing changed. */
        ALREADY_STORED,
        /** Another article with this id is stored; nothing changed, and the caller should quarantine it. */
        CONFLICT
    }

    /** A coded article to store and where it was read ({@code path} or {@code path:line}). */
    public record Submission(CodedDocument article, String origin) {
        public Submission {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(origin, "origin");
        }
    }

    private final Path file;
    private final boolean readOnly;
    private final Connection connection;
    private final EventMerger.Rule rule;
    private final DailyCounts daily;
    private final MergeIndex merges;
    private final ParseCache cache;
    private final QuarantineTable quarantine;
    private final ArticleRepository articles;
    private final EventQueries queries;
    private final StoreDigest digest;

    private EventStore(Path file, EventMerger.Rule rule, boolean readOnly) throws SQLException {
        this.file = file;
        this.readOnly = readOnly;
        this.rule = rule;
        this.connection = StoreFile.open(file, readOnly);
        try {
            this.daily = new DailyCounts(connection);
            this.merges = new MergeIndex(connection, file.toString(), rule);
            this.cache = new ParseCache(connection);
            this.quarantine = new QuarantineTable(connection);
            this.articles = new ArticleRepository(connection, file.toString(), merges, daily, cache);
            this.queries = new EventQueries(connection, file);
            this.digest = new StoreDigest(connection);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * Opens a store for reading and writing, creating it and migrating its schema as needed.
     *
     * @throws StoreUnavailableException when the file cannot be opened: another process holds it, or it is
     *     not a store, is damaged, or was written by another version; the message says what to do
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
     * @throws StoreUnavailableException as {@link #open(Path)}
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

    DailyCounts dailyCounts() {
        return daily;
    }

    QuarantineTable quarantineTable() {
        return quarantine;
    }

    /** The content hash of the stored article with this id, if any. */
    public Optional<String> storedHash(String articleId) throws SQLException {
        return articles.storedHash(articleId);
    }

    /**
     * A check to run before an article is analysed: an article whose id is stored with different
     * content is to be quarantined as {@link org.dyad.model.ErrorCode#DUPLICATE_ID} and never analysed
     * or counted as coded.
     *
     * @return the rejection, or empty when the article may be analysed
     */
    public Optional<Rejection> screen(Article article, String origin) {
        return articles.screen(article, origin);
    }

    /**
     * The stored annotation of an article's text, when an article with the same content (date, title
     * and text, whatever its id: a syndicated copy) was analysed by the same analyzer. An entry that is
     * damaged (it fails its checksum, or does not decode) is reported absent, so that the caller
     * analyses the article again; the next write of that content replaces the damaged entry.
     * Thread-safe.
     *
     * @param analyzer the fingerprint of the analyzer that would otherwise analyse it
     */
    public Optional<AnnotatedDocument> cachedDocument(Article article, String analyzer) throws SQLException {
        return cache.find(article, analyzer);
    }

    /**
     * Stores a coded article with its annotation and events in one transaction, merging its events
     * with those already stored.
     *
     * @param origin where the article was read ({@code path} or {@code path:line})
     * @param analyzer the fingerprint of the analyzer that produced the annotation
     */
    public WriteResult write(CodedDocument coded, String origin, String analyzer) throws SQLException {
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
        return articles.write(batch, analyzer);
    }

    /**
     * Keeps a quarantined record. The same record (origin, code and article) is kept once however often
     * it is seen.
     *
     * @return true when it was new
     */
    public boolean quarantine(Rejection r) throws SQLException {
        requireWritable();
        return quarantine.add(r);
    }

    /**
     * Begins recoding the whole store in one transaction (see {@link Recoding}); until it commits,
     * the store is unchanged.
     */
    public Recoding recoding() throws SQLException {
        requireWritable();
        return new Recoding(this, connection, rule);
    }

    /**
     * Forgets every recorded selection check, so that the next recode checks every selectively analysed
     * article, as it does after a change of the dictionaries.
     */
    public void forgetSelectionChecks() throws SQLException {
        requireWritable();
        try (Statement st = connection.createStatement()) {
            st.execute("DELETE FROM article_selections");
        }
    }

    private void requireWritable() {
        if (readOnly) {
            throw new IllegalStateException("store " + file + " was opened read-only");
        }
    }

    /** The merged events that match a query, ordered by date and number, one page of them. */
    public List<StoredEvent> events(EventQuery q) throws SQLException {
        return events(EventFilter.of(q));
    }

    /**
     * The merged events a filter selects (its query's criteria and its confidence range), ordered by
     * date and number, one page of them as its query pages them.
     */
    public List<StoredEvent> events(EventFilter f) throws SQLException {
        return queries.events(f);
    }

    /** How many merged events match a query (paging ignored). */
    public long count(EventQuery q) throws SQLException {
        return count(q, AggregateSource.best(q));
    }

    /** How many merged events match a query, computed from the given source. */
    public long count(EventQuery q, AggregateSource from) throws SQLException {
        return queries.count(EventFilter.of(q), from);
    }

    /** How many merged events a filter selects (paging ignored). */
    public long count(EventFilter f) throws SQLException {
        return queries.count(f, f.aggregateSource());
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
        return queries.timeline(EventFilter.of(q), from);
    }

    /** The timeline of the events a filter selects. */
    public List<TimelinePoint> timeline(EventFilter f) throws SQLException {
        return queries.timeline(f, f.aggregateSource());
    }

    /** The actor codes that take part in most matching events, most first (ties by code). */
    public List<ActorCount> topActors(EventQuery q, int n) throws SQLException {
        return topActors(q, n, AggregateSource.best(q));
    }

    /** The top actors of a query, computed from the given source. */
    public List<ActorCount> topActors(EventQuery q, int n, AggregateSource from) throws SQLException {
        return queries.topActors(EventFilter.of(q), n, from);
    }

    /** The top actors of the events a filter selects. */
    public List<ActorCount> topActors(EventFilter f, int n) throws SQLException {
        return queries.topActors(f, n, f.aggregateSource());
    }

    /** The heaviest directed source-to-target edges among matching events that have a target. */
    public List<NetworkEdge> network(EventQuery q, int n) throws SQLException {
        return network(q, n, AggregateSource.best(q));
    }

    /** The network of a query, computed from the given source. */
    public List<NetworkEdge> network(EventQuery q, int n, AggregateSource from) throws SQLException {
        return queries.network(EventFilter.of(q), n, from);
    }

    /** The network of the events a filter selects. */
    public List<NetworkEdge> network(EventFilter f, int n) throws SQLException {
        return queries.network(f, n, f.aggregateSource());
    }

    /** The full-text index beside the store, brought up to date with it. */
    public SearchIndex search() throws IOException, SQLException {
        return queries.search();
    }

    /** How much the store holds. */
    public StoreCounts counts() throws SQLException {
        return digest.counts();
    }

    /**
     * A digest of every row of every table, independent of the order rows were written in: two stores
     * with the same digest hold the same data.
     */
    public String contentDigest() throws SQLException {
        return digest.contentDigest();
    }

    /** A digest of every table's rows, by table name: says which tables two stores differ in. */
    public Map<String, String> tableDigests() throws SQLException {
        return digest.tableDigests();
    }

    /**
     * Appends merged events as they are, without articles or mentions: for loading events coded
     * elsewhere, and for building large stores to measure queries on. Numbers must not clash with
     * stored ones; the whole load, with the daily counts recomputed in order, is one transaction.
     *
     * @return the number of events appended
     */
    public long load(Iterator<StoredEvent> events) throws SQLException {
        requireWritable();
        return articles.load(events);
    }

    /** After a recode ended (committed or not): what the writer knew of the events is read again. */
    void afterRecode() throws SQLException {
        merges.forget();
        daily.reload();
        articles.reloadCounters();
    }

    @Override
    public void close() throws SQLException {
        try {
            queries.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                daily.close();
                cache.close();
                merges.close();
            } finally {
                connection.close();
            }
        }
    }
}
