package org.dyad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Searches a store's full-text index ({@link SearchIndex}) from many threads at once, for a process
 * that serves readers while one thread writes. It only reads the index: the store's writer brings
 * the index up to date ({@link EventStore#search()}) and then calls {@link #refresh}, after which
 * searches see what was written. A search in progress keeps the index state it started with.
 *
 * <p>Thread-safe.
 */
public final class SharedSearch implements AutoCloseable {
    private final Directory directory;
    private final SearcherManager searchers;
    private final Analyzer analyzer = new EnglishAnalyzer();

    private SharedSearch(Directory directory) throws IOException {
        this.directory = directory;
        this.searchers = new SearcherManager(directory, null);
    }

    /**
     * Opens the index of a store, bringing it up to date first; call from the store's writing thread.
     */
    public static SharedSearch open(EventStore store) throws IOException, java.sql.SQLException {
        Objects.requireNonNull(store, "store").search();
        Path dir = Path.of(store.file().toAbsolutePath() + ".search");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("the search index of " + store.file() + " was not created at " + dir);
        }
        Directory d = FSDirectory.open(dir);
        try {
            return new SharedSearch(d);
        } catch (IOException | RuntimeException e) {
            d.close();
            throw e;
        }
    }

    /** Makes later searches see the index as the store's writer last committed it. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /**
     * The numbers of the merged events with a supporting sentence that matches a search in Lucene's
     * classic syntax.
     *
     * @throws IllegalArgumentException when the search cannot be parsed, saying how to write one
     */
    public Set<Long> eventIds(String query) throws IOException {
        Query q = new BooleanQuery.Builder().add(SearchIndex.parse(query, analyzer), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(SearchIndex.KIND, "evidence")), BooleanClause.Occur.FILTER).build();
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.search(q, new CollectorManager<IdCollector, Set<Long>>() {
                @Override
                public IdCollector newCollector() {
                    return new IdCollector();
                }

                @Override
                public Set<Long> reduce(Collection<IdCollector> collectors) {
                    Set<Long> all = new TreeSet<>();
                    for (IdCollector c : collectors) {
                        all.addAll(c.ids);
                    }
                    return all;
                }
            });
        } finally {
            searchers.release(searcher);
        }
    }

    /** Collects the event numbers stored on matching documents. */
    private static final class IdCollector extends SimpleCollector {
        private final Set<Long> ids = new TreeSet<>();
        private StoredFields fields;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            fields = context.reader().storedFields();
        }

        @Override
        public void collect(int doc) throws IOException {
            for (IndexableField f : fields.document(doc, Set.of(SearchIndex.EVENT)).getFields(SearchIndex.EVENT)) {
                ids.add(f.numericValue().longValue());
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            directory.close();
        }
    }
}
