package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchedWriterTest {
    @TempDir
    Path dir;

    /** The fixture articles again and again under new ids, without events. */
    private static List<CodedDocument> copies(int n) {
        List<CodedDocument> out = new ArrayList<>();
        List<CodedDocument> fixtures = StoreFixtures.articles();
        for (int i = 0; i < n; i++) {
            AnnotatedDocument d = fixtures.get(i % fixtures.size()).document();
            Article a = d.article();
            out.add(new CodedDocument(new AnnotatedDocument(new Article(a.id() + "-" + i, a.date(), a.title(), a.text(),
                    a.url(), a.source()), d.sentences(), d.entities(), d.times(), d.coreference(), d.quotes(),
                    d.layers()), List.of(), List.of()));
        }
        return out;
    }

    @Test
    void articlesAreReportedOnlyOnceTheirBatchIsCommitted() throws Exception {
        try (EventStore store = EventStore.open(dir.resolve("b.duckdb"))) {
            List<String> reported = new ArrayList<>();
            List<Long> storedWhenReported = new ArrayList<>();
            BatchedWriter writer = new BatchedWriter(store, "test-analyzer", (article, result) -> {
                assertThat(result).isEqualTo(EventStore.WriteResult.STORED);
                reported.add(article.article().document().article().id());
                try {
                    storedWhenReported.add(store.counts().articles());
                } catch (java.sql.SQLException e) {
                    throw new java.io.IOException(e);
                }
            });
            List<CodedDocument> articles = copies(BatchedWriter.MAX_ARTICLES + 1);
            for (CodedDocument a : articles.subList(0, BatchedWriter.MAX_ARTICLES - 1)) {
                writer.add(a, "test");
            }
            assertThat(reported).isEmpty();
            assertThat(store.counts().articles()).isZero();
            // the batch is full: one transaction, then every article of it reported
            writer.add(articles.get(BatchedWriter.MAX_ARTICLES - 1), "test");
            assertThat(reported).hasSize(BatchedWriter.MAX_ARTICLES);
            assertThat(storedWhenReported).containsOnly((long) BatchedWriter.MAX_ARTICLES);
            writer.add(articles.get(BatchedWriter.MAX_ARTICLES), "test");
            assertThat(reported).hasSize(BatchedWriter.MAX_ARTICLES);
            writer.close();
            assertThat(reported).containsExactlyElementsOf(articles.stream()
                    .map(a -> a.document().article().id()).toList());
            assertThat(store.counts().articles()).isEqualTo(BatchedWriter.MAX_ARTICLES + 1);
        }
    }
}
