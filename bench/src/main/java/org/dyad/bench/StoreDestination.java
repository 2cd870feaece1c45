package org.dyad.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.dyad.coding.CodedArticle;
import org.dyad.nlp.NlpProfile;
import org.dyad.pipeline.CachedAnalyzer;
import org.dyad.pipeline.CodedArticles;
import org.dyad.store.BatchedWriter;
import org.dyad.store.EventStore;

/**
 * Events written to Dyad's DuckDB store as {@code dyad code --db} writes them: articles with their
 * parses (the cache recoding reads), events, merges and mentions, a batch of articles to a transaction
 * ({@link BatchedWriter}). One store file per pass, {@link #FILE} in the pass's scratch folder.
 */
final class StoreDestination implements EventDestination {
    /** The store's file name in a pass's folder. */
    static final String FILE = "events.duckdb";
    private final String fingerprint;

    /** A destination storing parses of the analysis with {@code profile}, fingerprinted as {@code dyad code} does. */
    StoreDestination(NlpProfile profile) {
        this.fingerprint = CachedAnalyzer.fingerprint(profile);
    }

    @Override
    public String description() {
        return "the DuckDB event store (articles, parses, events, merges, mentions)";
    }

    @Override
    public Writer open(Path scratch) throws IOException {
        Path file = scratch.resolve(FILE);
        EventStore store;
        try {
            store = EventStore.open(file);
        } catch (SQLException e) {
            throw new IOException("could not open the store " + file + ": " + e.getMessage(), e);
        }
        BatchedWriter batches = new BatchedWriter(store, fingerprint, (article, result) -> { });
        return new Writer() {
            @Override
            public void write(CodedArticle article) throws IOException {
                batches.add(CodedArticles.forStore(article), "bench");
            }

            @Override
            public void close() throws IOException {
                try (store) {
                    batches.close();
                } catch (SQLException e) {
                    throw new IOException("could not close the store " + file + ": " + e.getMessage(), e);
                }
            }
        };
    }
}
