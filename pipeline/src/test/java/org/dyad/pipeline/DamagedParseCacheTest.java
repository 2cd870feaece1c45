package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.coding.ArticleCoder;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.Layer;
import org.dyad.model.testkit.Conllu;
import org.dyad.nlp.TextAnalyzer;
import org.dyad.store.EventStore;
import org.dyad.store.StoreInspection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged entry of the parse cache (one byte of its blob changed on disk) fails its checksum: the
 * article is analysed again rather than decoded wrongly, and the next write of the article replaces
 * the damaged entry; a recode with a way to analyse again does the same from the text.
 */
class DamagedParseCacheTest {
    @TempDir
    Path dir;

    /** Hands out the sample's analysis and counts how often it was asked. */
    private static final class CountingAnalyzer implements TextAnalyzer {
        final AtomicInteger analysed = new AtomicInteger();

        @Override
        public AnnotatedDocument analyze(Article article) {
            analysed.incrementAndGet();
            return Conllu.sample();
        }

        @Override
        public Set<Layer> layers() {
            return Layer.language();
        }
    }

    private static void damage(EventStore store) throws Exception {
        // change a byte in the middle of every stored blob, as a disk or a copy might
        for (List<Object> row : StoreInspection.rows(store, "SELECT seq, annotation FROM articles")) {
            byte[] blob = (byte[]) row.get(1);
            blob[blob.length / 2] ^= 0x5A;
            StoreInspection.update(store, "UPDATE articles SET annotation = ? WHERE seq = ?", blob, row.get(0));
        }
    }

    @Test
    void aDamagedEntryIsAnalysedAgainAndRepairedByTheNextWrite() throws Exception {
        AnnotatedDocument sample = Conllu.sample();
        ArticleCoder coder = ArticleCoder.standard();
        try (EventStore store = EventStore.open(dir.resolve("c.duckdb"))) {
            store.write(CodedArticles.forStore(coder.code(sample)), "test", "analyzer-1");
            damage(store);
            assertThat(store.cachedDocument(sample.article(), "analyzer-1")).as("a damaged entry is no parse").isEmpty();

            CountingAnalyzer real = new CountingAnalyzer();
            CachedAnalyzer cached = new CachedAnalyzer(List.of(store), "analyzer-1", () -> real, real.layers());
            AnnotatedDocument again = cached.analyze(sample.article());
            assertThat(real.analysed).as("analysed again, not decoded wrongly").hasValue(1);
            assertThat(again).isEqualTo(sample);

            // the run stores the article again: already stored, and its damaged parse replaced
            assertThat(store.write(CodedArticles.forStore(coder.code(again)), "test", "analyzer-1"))
                    .isEqualTo(EventStore.WriteResult.ALREADY_STORED);
            assertThat(store.cachedDocument(sample.article(), "analyzer-1")).contains(sample);
            cached.analyze(sample.article());
            assertThat(real.analysed).as("the repaired entry is used").hasValue(1);
        }
    }

    @Test
    void aRecodeAnalysesADamagedParseAgainFromTheText() throws Exception {
        AnnotatedDocument sample = Conllu.sample();
        ArticleCoder coder = ArticleCoder.standard();
        try (EventStore store = EventStore.open(dir.resolve("r.duckdb"))) {
            store.write(CodedArticles.forStore(coder.code(sample)), "test", "analyzer-1");
            long events = store.counts().articleEvents();
            damage(store);
            CountingAnalyzer real = new CountingAnalyzer();
            Recoder.Result r = new Recoder(coder, 1, new Reanalysis(selector -> real, "analyzer-2")).recode(store);
            assertThat(r.failed()).isZero();
            assertThat(r.reanalysed()).isEqualTo(1);
            assertThat(real.analysed).hasValue(1);
            assertThat(store.counts().articleEvents()).isEqualTo(events);
            assertThat(store.cachedDocument(sample.article(), "analyzer-2")).contains(sample);
            // without a way to analyse again, the article is quarantined and the rest recoded
            damage(store);
            Recoder.Result without = new Recoder(coder, 1).recode(store);
            assertThat(without.failed()).isEqualTo(1);
            assertThat(store.counts().quarantined()).isEqualTo(1);
        }
    }
}
