package org.dyad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
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
     * classic syntax, in no particular order, an event once for each of its matching sentences (a
     * semi-join takes them as they are; sorting a hundred thousand hits would cost more than the join).
     *
     * @throws IllegalArgumentException when the search cannot be parsed, saying how to write one
     */
    public long[] eventIds(String query) throws IOException {
        Query q = new BooleanQuery.Builder().add(SearchIndex.parse(query, analyzer), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(SearchIndex.KIND, "evidence")), BooleanClause.Occur.FILTER).build();
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.search(q, new CollectorManager<IdCollector, long[]>() {
                @Override
                public IdCollector newCollector() {
                    return new IdCollector();
                }

                @Override
                public long[] reduce(Collection<IdCollector> collectors) {
                    int n = 0;
                    for (IdCollector c : collectors) {
                        n += c.size;
                    }
                    long[] all = new long[n];
                    int at = 0;
                    for (IdCollector c : collectors) {
                        System.arraycopy(c.ids, 0, all, at, c.size);
                        at += c.size;
                    }
                    return all;
                }
            });
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The first {@code n} events with a matching sentence in order of event date and number (newest
     * first when {@code descending}), after the position {@code after} ({day, number}) when given: a
     * page of a search without other criteria, found in the index without listing every hit to the
     * store. Empty when the index predates event dates as doc values; the caller then asks the store.
     *
     * @return pairs {epoch day, event number}, in order
     */
    public Optional<List<long[]>> firstEvents(String query, boolean descending, Optional<long[]> after, int n)
            throws IOException {
        Query q = new BooleanQuery.Builder().add(SearchIndex.parse(query, analyzer), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(SearchIndex.KIND, "evidence")), BooleanClause.Occur.FILTER).build();
        Comparator<long[]> order = Comparator.<long[]>comparingLong(k -> k[0]).thenComparingLong(k -> k[1]);
        Comparator<long[]> pageOrder = descending ? order.reversed() : order;
        IndexSearcher searcher = searchers.acquire();
        try {
            TreeSet<long[]> first = searcher.search(q, new CollectorManager<FirstCollector, TreeSet<long[]>>() {
                @Override
                public FirstCollector newCollector() {
                    return new FirstCollector(pageOrder, after, n);
                }

                @Override
                public TreeSet<long[]> reduce(Collection<FirstCollector> collectors) {
                    TreeSet<long[]> all = new TreeSet<>(pageOrder);
                    for (FirstCollector c : collectors) {
                        if (c.lacking) {
                            return null;
                        }
                        for (long[] k : c.first) {
                            all.add(k);
                            if (all.size() > n) {
                                all.pollLast();
                            }
                        }
                    }
                    return all;
                }
            });
            // an evidence document without its date: an index written before dates were kept
            return first == null ? Optional.empty() : Optional.of(List.copyOf(first));
        } finally {
            searchers.release(searcher);
        }
    }

    /** Keeps the first {@code n} (day, event) pairs of the hits in a page's order, each once. */
    private static final class FirstCollector extends SimpleCollector {
        private final TreeSet<long[]> first;
        private final Comparator<long[]> order;
        private final Optional<long[]> after;
        private final int n;
        private NumericDocValues events;
        private NumericDocValues days;
        private boolean lacking;

        FirstCollector(Comparator<long[]> order, Optional<long[]> after, int n) {
            this.first = new TreeSet<>(order);
            this.order = order;
            this.after = after;
            this.n = n;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            events = context.reader().getNumericDocValues(SearchIndex.EVENT_VALUE);
            days = context.reader().getNumericDocValues(SearchIndex.EVENT_DAY);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (events == null || days == null || !events.advanceExact(doc) || !days.advanceExact(doc)) {
                lacking = true;
                return;
            }
            long[] key = {days.longValue(), events.longValue()};
            if (after.isPresent() && order.compare(key, after.get()) <= 0) {
                return;
            }
            if (first.size() < n) {
                first.add(key);
            } else if (order.compare(key, first.last()) < 0) {
                first.add(key);
                if (first.size() > n) {
                    first.pollLast();
                }
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /**
     * Collects the event numbers of matching evidence documents: from doc values where the index has
     * them (a hit costs a few nanoseconds), else from the stored fields of indexes written before them.
     */
    private static final class IdCollector extends SimpleCollector {
        private long[] ids = new long[1024];
        private int size;
        private NumericDocValues values;
        private StoredFields fields;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            values = context.reader().getNumericDocValues(SearchIndex.EVENT_VALUE);
            fields = values == null ? context.reader().storedFields() : null;
        }

        @Override
        public void collect(int doc) throws IOException {
            if (values != null && values.advanceExact(doc)) {
                add(values.longValue());
            } else if (fields != null) {
                for (IndexableField f : fields.document(doc, Set.of(SearchIndex.EVENT)).getFields(SearchIndex.EVENT)) {
                    add(f.numericValue().longValue());
                }
            }
        }

        private void add(long id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, 2 * size);
            }
            ids[size++] = id;
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
