package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorResolver;
import org.dyad.coding.ArticleCoder;
import org.dyad.coding.CodedArticle;
import org.dyad.coding.EventCoder;
import org.dyad.coding.VerbDictionary;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.testkit.Conllu;
import org.dyad.ontology.Cameo;
import org.dyad.store.AggregateSource;
import org.dyad.store.EventQuery;
import org.dyad.store.EventStore;
import org.dyad.store.StoreCounts;
import org.dyad.store.StoreInspection;
import org.dyad.store.StoredEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoderTest {
    @TempDir
    Path dir;

    /** The sample article, and a second report of it under another id and source, a day later. */
    private static List<AnnotatedDocument> documents() {
        AnnotatedDocument sample = Conllu.sample();
        Article a = sample.article();
        AnnotatedDocument copy = new AnnotatedDocument(new Article("syndicated-copy", a.date().plusDays(1), "", a.text(),
                "https://news.example.org/putin-macron", "Example News"), sample.sentences(), sample.entities(),
                sample.times(), sample.coreference(), sample.quotes(), sample.layers());
        return List.of(sample, copy);
    }

    private EventStore coded(String name, ArticleCoder coder) throws Exception {
        EventStore store = EventStore.open(dir.resolve(name));
        for (AnnotatedDocument d : documents()) {
            store.write(CodedArticles.forStore(coder.code(d)), "test", "test-analyzer");
        }
        return store;
    }

    @Test
    void recodingWithTheSameDictionariesGivesTheSameStore() throws Exception {
        ArticleCoder coder = ArticleCoder.standard();
        try (EventStore store = coded("same.duckdb", coder)) {
            assertThat(store.counts().articleEvents()).isPositive();
            String before = digestWithoutGeneration(store);
            Recoder.Result r = new Recoder(coder, 2).recode(store);
            assertThat(r.articles()).isEqualTo(2);
            assertThat(r.sentences()).isEqualTo(2L * Conllu.sample().sentences().size());
            assertThat(digestWithoutGeneration(store)).isEqualTo(before);
        }
    }

    @Test
    void aRecodeRewritesTheDailyCountsWithTheEvents() throws Exception {
        try (EventStore store = coded("daily.duckdb", ArticleCoder.standard())) {
            ArticleCoder noVerbs = new ArticleCoder(new ActorResolver(ActorDictionary.standard(), "test"),
                    new EventCoder(new VerbDictionary(List.of()), Cameo.standard(), "test"));
            new Recoder(noVerbs, 2).recode(store);
            assertThat(store.count(EventQuery.all())).isZero();
            assertThat(store.timeline(EventQuery.all())).isEmpty();
            assertThat(StoreInspection.dailyCountDifferences(store)).isEmpty();
            new Recoder(ArticleCoder.standard(), 2).recode(store);
            assertThat(store.count(EventQuery.all())).isPositive();
            assertThat(store.timeline(EventQuery.all(), AggregateSource.DAILY_COUNTS))
                    .isEqualTo(store.timeline(EventQuery.all(), AggregateSource.EVENTS));
            assertThat(StoreInspection.dailyCountDifferences(store)).isEmpty();
        }
    }

    @Test
    void aSyndicatedCopyIsMergedIntoTheEventsOfTheOriginal() throws Exception {
        try (EventStore store = coded("copy.duckdb", ArticleCoder.standard())) {
            StoreCounts c = store.counts();
            assertThat(c.articleEvents()).isEqualTo(2 * c.events());
            for (StoredEvent e : store.events(EventQuery.all())) {
                assertThat(e.numArticles()).isEqualTo(2);
                assertThat(e.numSources()).isEqualTo(2);
            }
        }
    }

    @Test
    void recodingWithChangedDictionariesReplacesTheEventsWithoutParsing() throws Exception {
        try (EventStore store = coded("changed.duckdb", ArticleCoder.standard())) {
            ArticleCoder noVerbs = new ArticleCoder(new ActorResolver(ActorDictionary.standard(), "test"),
                    new EventCoder(new VerbDictionary(List.of()), Cameo.standard(), "test"));
            Recoder.Result r = new Recoder(noVerbs, 1).recode(store);
            assertThat(r.articleEvents()).isZero();
            StoreCounts c = store.counts();
            assertThat(c.articles()).isEqualTo(2);
            assertThat(c.events()).isZero();
            assertThat(c.mentions()).isZero();
            assertThat(c.actors()).isPositive();
            // and back: the standard dictionaries give the first store again
            new Recoder(ArticleCoder.standard(), 2).recode(store);
            try (EventStore fresh = coded("fresh.duckdb", ArticleCoder.standard())) {
                assertThat(digestWithoutGeneration(store)).isEqualTo(digestWithoutGeneration(fresh));
            }
        }
    }

    @Test
    void theParseCacheTheRecoderReadsIsTheDocumentThatWasStored() throws Exception {
        try (EventStore store = coded("cache.duckdb", ArticleCoder.standard())) {
            AnnotatedDocument d = documents().get(1);
            assertThat(store.cachedDocument(d.article(), "test-analyzer")).contains(d);
            CodedArticle again = ArticleCoder.standard().code(store.cachedDocument(d.article(), "test-analyzer").get());
            assertThat(again.events()).isEqualTo(ArticleCoder.standard().code(d).events());
            assertThat(d.article().date()).isEqualTo(LocalDate.parse("2022-01-29"));
        }
    }

    private static String digestWithoutGeneration(EventStore store) throws Exception {
        StoreInspection.execute(store, "DELETE FROM store_meta WHERE key = 'generation'");
        return store.contentDigest();
    }
}
