package org.dyad.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.index.Term;

/**
 * The full-text index of a store (Lucene, English analysis with stemming): one document per article
 * (title and body, for {@link #articles}) and one per event mention (the evidence sentence, for
 * {@link #eventIds}), each carrying the numbers of the merged events it supports. The index is derived data: {@link #update} adds what the store
 * gained since the last update and rebuilds it when the store was recoded or replaced, so an index
 * left behind by a killed process is simply brought up to date.
 *
 * <p>Queries use Lucene's classic syntax: words, {@code "phrases"}, {@code AND}/{@code OR}/{@code -word},
 * {@code prefix*}. Not thread-safe; owned by its {@link EventStore}.
 */
public final class SearchIndex implements AutoCloseable {
    static final String KIND = "kind";
    static final String TEXT = "text";
    static final String EVENT = "event";
    /** The event number of an evidence document, as doc values: read for many hits at once without stored fields. */
    static final String EVENT_VALUE = "event_value";
    /**
     * The merged event's date (epoch day) of an evidence document, as doc values: a search ordered by
     * date finds its first events in the index. A merged event's date is its founding report's and never
     * changes; a recode rebuilds the index.
     */
    static final String EVENT_DAY = "event_day";
    private static final String ARTICLE = "article";
    private static final String SEQ = "seq";

    private final Directory directory;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private DirectoryReader reader;

    SearchIndex(Path dir) throws IOException {
        this.directory = FSDirectory.open(dir);
    }

    /** Brings the index up to date with the store. */
    void update(Connection c) throws IOException, SQLException {
        String generation = generation(c);
        Map<String, String> committed = committedData();
        long lastSeq = Long.parseLong(committed.getOrDefault(SEQ, "0"));
        boolean rebuild = !generation.equals(committed.getOrDefault("generation", ""))
                || (lastSeq > 0 && !idAt(c, lastSeq).equals(Optional.ofNullable(committed.get("lastId"))));
        long maxSeq;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT coalesce(max(seq), 0) FROM articles")) {
            rs.next();
            maxSeq = rs.getLong(1);
        }
        if (!rebuild && maxSeq == lastSeq && DirectoryReader.indexExists(directory)) {
            openReader();
            return;
        }
        long from = rebuild ? 0 : lastSeq;
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        try (IndexWriter w = new IndexWriter(directory, config)) {
            if (rebuild) {
                w.deleteAll();
            }
            Map<Long, Set<Long>> eventsOfArticle = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT m.article_seq, m.event_id, s.text, e.event_date - DATE '1970-01-01'
                    FROM event_mentions m JOIN sentences s ON s.article_seq = m.article_seq AND s.sentence = m.sentence
                    JOIN events e ON e.id = m.event_id
                    WHERE m.article_seq > ? ORDER BY m.article_seq, m.event_id, m.sentence""")) {
                ps.setLong(1, from);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long seq = rs.getLong(1);
                        long event = rs.getLong(2);
                        eventsOfArticle.computeIfAbsent(seq, k -> new TreeSet<>()).add(event);
                        Document d = new Document();
                        d.add(new StringField(KIND, "evidence", Field.Store.NO));
                        d.add(new StoredField(EVENT, event));
                        d.add(new NumericDocValuesField(EVENT_VALUE, event));
                        d.add(new NumericDocValuesField(EVENT_DAY, rs.getLong(4)));
                        d.add(new TextField(TEXT, rs.getString(3), Field.Store.NO));
                        w.addDocument(d);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT seq, id, title, text FROM articles WHERE seq > ? ORDER BY seq")) {
                ps.setLong(1, from);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long seq = rs.getLong(1);
                        Document d = new Document();
                        d.add(new StringField(KIND, "article", Field.Store.NO));
                        d.add(new StoredField(ARTICLE, rs.getString(2)));
                        d.add(new StoredField(SEQ, seq));
                        for (long e : eventsOfArticle.getOrDefault(seq, Set.of())) {
                            d.add(new StoredField(EVENT, e));
                        }
                        d.add(new TextField(TEXT, rs.getString(3) + "\n" + rs.getString(4), Field.Store.NO));
                        w.addDocument(d);
                    }
                }
            }
            Map<String, String> data = new HashMap<>();
            data.put(SEQ, Long.toString(maxSeq));
            data.put("generation", generation);
            idAt(c, maxSeq).ifPresent(id -> data.put("lastId", id));
            w.setLiveCommitData(data.entrySet());
            w.commit();
        }
        if (reader != null) {
            reader.close();
            reader = null;
        }
        openReader();
    }

    private void openReader() throws IOException {
        if (reader == null) {
            reader = DirectoryReader.open(directory);
        }
    }

    private Map<String, String> committedData() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Map.of();
        }
        try (DirectoryReader r = DirectoryReader.open(directory)) {
            return r.getIndexCommit().getUserData();
        }
    }

    private static String generation(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT value FROM store_meta WHERE key = 'generation'")) {
            return rs.next() ? rs.getString(1) : "0";
        }
    }

    private static Optional<String> idAt(Connection c, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM articles WHERE seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private Query parse(String query) {
        return parse(query, analyzer);
    }

    /** A search in Lucene's classic syntax, words joined by AND, over the {@code text} field. */
    static Query parse(String query, Analyzer analyzer) {
        try {
            QueryParser p = new QueryParser(TEXT, analyzer);
            p.setDefaultOperator(QueryParser.Operator.AND);
            return p.parse(query);
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot read the search '" + query + "': " + e.getMessage()
                    + "; write words, \"a phrase\", word1 OR word2, -word or prefix*", e);
        }
    }

    /** The numbers of the merged events with a supporting sentence that matches a query. */
    public Set<Long> eventIds(String query) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query q = new BooleanQuery.Builder().add(parse(query), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(KIND, "evidence")), BooleanClause.Occur.FILTER).build();
        return searcher.search(q, new CollectorManager<EventCollector, Set<Long>>() {
            @Override
            public EventCollector newCollector() {
                return new EventCollector();
            }

            @Override
            public Set<Long> reduce(Collection<EventCollector> collectors) {
                Set<Long> all = new TreeSet<>();
                for (EventCollector c : collectors) {
                    all.addAll(c.ids);
                }
                return all;
            }
        });
    }

    /** Collects the event numbers stored on matching documents. */
    private static final class EventCollector extends SimpleCollector {
        private final Set<Long> ids = new TreeSet<>();
        private StoredFields fields;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            fields = context.reader().storedFields();
        }

        @Override
        public void collect(int doc) throws IOException {
            for (IndexableField f : fields.document(doc, Set.of(EVENT)).getFields(EVENT)) {
                ids.add(f.numericValue().longValue());
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** An article that matches a search, with its relevance score. */
    public record ArticleHit(String articleId, float score) {
    }

    /** The articles that best match a query, best first. */
    public List<ArticleHit> articles(String query, int n) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query q = new BooleanQuery.Builder().add(parse(query), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(KIND, "article")), BooleanClause.Occur.FILTER).build();
        List<ArticleHit> out = new ArrayList<>();
        StoredFields fields = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(q, n).scoreDocs) {
            out.add(new ArticleHit(fields.document(sd.doc).get(ARTICLE), sd.score));
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        try {
            if (reader != null) {
                reader.close();
            }
        } finally {
            directory.close();
        }
    }
}
