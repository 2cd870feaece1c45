package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.coding.ArticleCoder;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.Layer;
import org.dyad.model.Sentence;
import org.dyad.model.testkit.Conllu;
import org.dyad.nlp.SentenceSelector;
import org.dyad.nlp.TextAnalyzer;
import org.dyad.store.EventStore;
import org.dyad.store.StoreInspection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recode analyses again the articles whose stored parse lacks sentences its coder's selection
 * chooses, and only those. The analysis here serves the parses of the sample article as CoreNLP made
 * them ({@link Conllu#sample()}) for the sentences its selector chooses, and none for the others, as
 * the selective analysis does; {@code RecodeReanalysisIT} in the cli module runs CoreNLP itself.
 */
class RecoderReanalysisTest {
    @TempDir
    Path dir;

    /** The sample with the parse of the sentences in {@code parsed} only. */
    private static AnnotatedDocument parsedOnly(AnnotatedDocument full, Set<Integer> parsed) {
        List<Sentence> sentences = new ArrayList<>();
        for (Sentence s : full.sentences()) {
            sentences.add(parsed.contains(s.index()) ? s : Sentence.unparsed(s.index(), s.begin(), s.end(), s.tokens()));
        }
        return new AnnotatedDocument(full.article(), sentences, full.entities(), full.times(), full.coreference(),
                full.quotes(), full.layers());
    }

    /** An analysis of the sample that parses what its selector chooses, counting the analyzers made and the articles analysed. */
    private static final class SampleAnalysis {
        final AtomicInteger made = new AtomicInteger();
        final AtomicInteger analysed = new AtomicInteger();

        Reanalysis reanalysis() {
            return new Reanalysis(this::analyzer, "sample-analysis");
        }

        private TextAnalyzer analyzer(SentenceSelector selector) {
            made.incrementAndGet();
            return new TextAnalyzer() {
                @Override
                public AnnotatedDocument analyze(Article article) {
                    analysed.incrementAndGet();
                    AnnotatedDocument full = Conllu.sample();
                    assertThat(article).isEqualTo(full.article());
                    return parsedOnly(full, selector.select(parsedOnly(full, Set.of())));
                }

                @Override
                public Set<Layer> layers() {
                    return Layer.language();
                }
            };
        }
    }

    @Test
    void anArticleLackingSelectedParsesIsAnalysedAgainOnceAndItsParseReplaced() throws Exception {
        ArticleCoder coder = ArticleCoder.standard();
        AnnotatedDocument full = Conllu.sample();
        EventSentenceSelector selector = new EventSentenceSelector(coder);
        Set<Integer> selected = selector.select(parsedOnly(full, Set.of()));
        assertThat(selected).isNotEmpty().hasSizeLessThan(full.sentences().size());
        try (EventStore store = EventStore.open(dir.resolve("r.duckdb"))) {
            // stored as if a coder whose selection chose nothing had analysed it: no sentence parsed
            store.write(CodedArticles.forStore(coder.code(parsedOnly(full, Set.of()))), "test", "old-analysis");
            assertThat(store.counts().articleEvents()).isZero();
            SampleAnalysis analysis = new SampleAnalysis();

            Recoder.Result first = new Recoder(coder, 2, analysis.reanalysis()).recode(store);

            assertThat(first.reanalysed()).isEqualTo(1);
            assertThat(first.fromCache()).isZero();
            assertThat(analysis.made).hasValue(1);
            AnnotatedDocument cached = store.cachedDocument(full.article(), "sample-analysis").orElseThrow();
            Set<Integer> parsed = cached.sentences().stream().filter(Sentence::parsed).map(Sentence::index)
                    .collect(java.util.stream.Collectors.toSet());
            // what the selection chose on the stored document, and all it chooses on the new one, is parsed
            assertThat(parsed).containsAll(selected).containsAll(selector.select(cached));
            assertThat(first.newlyParsed()).isEqualTo(parsed.size());
            assertThat(store.cachedDocument(full.article(), "old-analysis")).isEmpty();
            // the events are those of the document the analysis gave
            assertThat(store.counts().articleEvents()).isPositive()
                    .isEqualTo(coder.code(parsedOnly(full, parsed)).events().size());
            int analyses = analysis.analysed.get();

            Recoder.Result second = new Recoder(coder, 2, analysis.reanalysis()).recode(store);

            assertThat(second.reanalysed()).isZero();
            assertThat(second.checked()).as("the new parse was checked by the first recode").isZero();
            assertThat(second.fromCache()).isEqualTo(1);
            assertThat(second.newlyParsed()).isZero();
            assertThat(analysis.made).as("no analyzer made when nothing needs parsing").hasValue(1);
            assertThat(analysis.analysed).hasValue(analyses);
            assertThat(StoreInspection.dailyCountDifferences(store)).isEmpty();
        }
    }

    @Test
    void withoutAReanalysisTheArticleIsCodedFromWhatIsStoredAndCounted() throws Exception {
        ArticleCoder coder = ArticleCoder.standard();
        AnnotatedDocument full = Conllu.sample();
        try (EventStore store = EventStore.open(dir.resolve("n.duckdb"))) {
            store.write(CodedArticles.forStore(coder.code(parsedOnly(full, Set.of()))), "test", "old-analysis");
            Recoder.Result r = new Recoder(coder, 1).recode(store);
            assertThat(r.lackingParses()).isEqualTo(1);
            assertThat(r.fromCache()).isEqualTo(1);
            assertThat(r.reanalysed()).isZero();
            assertThat(store.cachedDocument(full.article(), "old-analysis")).isPresent();
            // a parse found lacking is not recorded as checked: the next recode checks it again
            Recoder.Result again = new Recoder(coder, 1).recode(store);
            assertThat(again.checked()).isEqualTo(1);
            assertThat(again.lackingParses()).isEqualTo(1);
        }
    }

    /** The standard dictionaries, and the same with a verb dictionary that codes "owe". */
    private static ArticleCoder withOwe() throws java.io.IOException {
        org.dyad.coding.Dictionaries d = org.dyad.coding.Dictionaries.standard();
        org.dyad.coding.VerbDictionary owe = org.dyad.coding.DyadVerbFormat.read(new java.io.StringReader(
                "verbs OWE\n  verb owe | owes | owed | owing code 061\n"), "owe.verbs.dyad");
        return new org.dyad.coding.Dictionaries(d.actors(), d.actorSettings(), d.verbs().merge(owe), d.discards(),
                d.issues(), d.sources(), d.problems()).coder();
    }

    @Test
    void theSelectionFingerprintFollowsTheDictionariesTheSelectionReads() throws Exception {
        ArticleCoder standard = org.dyad.coding.Dictionaries.standard().coder();
        assertThat(Recoder.selectionFingerprint(standard))
                .isEqualTo(Recoder.selectionFingerprint(org.dyad.coding.Dictionaries.standard().coder()))
                .isNotEqualTo(Recoder.selectionFingerprint(withOwe()))
                .isNotEqualTo(Recoder.selectionFingerprint(ArticleCoder.standard())); // with a gazetteer
    }

    @Test
    void aParseCheckedWithTheSameDictionariesIsNotCheckedAgainAndIsAfterAChange() throws Exception {
        ArticleCoder coder = ArticleCoder.standard();
        AnnotatedDocument full = Conllu.sample();
        Set<Integer> selected = new EventSentenceSelector(coder).select(parsedOnly(full, Set.of()));
        try (EventStore store = EventStore.open(dir.resolve("c.duckdb"))) {
            // stored as the selective analysis stores it: the chosen sentences parsed, the others not
            store.write(CodedArticles.forStore(coder.code(parsedOnly(full, selected))), "test", "selective-analysis");
            SampleAnalysis analysis = new SampleAnalysis();

            Recoder.Result first = new Recoder(coder, 2, analysis.reanalysis()).recode(store);
            Recoder.Result second = new Recoder(coder, 2, analysis.reanalysis()).recode(store);

            assertThat(first.checked()).isEqualTo(1);
            assertThat(second.checked()).isZero();
            assertThat(second.reanalysed()).isZero();
            assertThat(second.articleEvents()).isEqualTo(first.articleEvents()).isPositive();
            Recoder.Result changed = new Recoder(withOwe(), 2, analysis.reanalysis()).recode(store);
            assertThat(changed.checked()).as("checked again with other dictionaries").isEqualTo(1);
            assertThat(new Recoder(withOwe(), 2, analysis.reanalysis()).recode(store).checked()).isZero();
            assertThat(new Recoder(coder, 2, analysis.reanalysis()).recode(store).checked())
                    .as("and again with the first ones").isEqualTo(1);
            assertThat(StoreInspection.rows(store, "SELECT count(*), min(fingerprint) FROM article_selections"))
                    .containsExactly(List.of(1L, Recoder.selectionFingerprint(coder)));
            Recoder.forgetChecks(store);
            assertThat(new Recoder(coder, 2, analysis.reanalysis()).recode(store).checked())
                    .as("and again once the checks are forgotten").isEqualTo(1);
        }
    }

    @Test
    void aFullyParsedStoreIsRecodedFromTheCacheWithoutMakingAnAnalyzer() throws Exception {
        ArticleCoder coder = ArticleCoder.standard();
        try (EventStore store = EventStore.open(dir.resolve("f.duckdb"))) {
            store.write(CodedArticles.forStore(coder.code(Conllu.sample())), "test", "full-analysis");
            SampleAnalysis analysis = new SampleAnalysis();
            Recoder.Result r = new Recoder(coder, 2, analysis.reanalysis()).recode(store);
            assertThat(r.fromCache()).isEqualTo(1);
            assertThat(r.reanalysed()).isZero();
            assertThat(r.lackingParses()).isZero();
            assertThat(analysis.made).hasValue(0);
        }
    }

    @Test
    void anAnalysisThatFailsQuarantinesTheArticleAndKeepsItsParse() throws Exception {
        ArticleCoder coder = ArticleCoder.standard();
        AnnotatedDocument full = Conllu.sample();
        try (EventStore store = EventStore.open(dir.resolve("x.duckdb"))) {
            store.write(CodedArticles.forStore(coder.code(parsedOnly(full, Set.of()))), "test", "old-analysis");
            Reanalysis failing = new Reanalysis(selector -> new TextAnalyzer() {
                @Override
                public AnnotatedDocument analyze(Article article) {
                    throw new IllegalStateException("the parser ran out of memory");
                }

                @Override
                public Set<Layer> layers() {
                    return Layer.language();
                }
            }, "failing");
            Recoder.Result r = new Recoder(coder, 1, failing).recode(store);
            assertThat(r.failed()).isEqualTo(1);
            assertThat(store.counts().quarantined()).isEqualTo(1);
            assertThat(store.cachedDocument(full.article(), "old-analysis")).isPresent();
        }
    }
}
