package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dyad.coding.ArticleCoder;
import org.dyad.ingest.ArticleReader;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.ErrorCode;
import org.dyad.model.Layer;
import org.dyad.model.Rejection;
import org.dyad.model.Sentence;
import org.dyad.model.StageInterrupted;
import org.dyad.nlp.TextAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles that take longer than their budget are quarantined as TIMEOUT with the sentence being
 * worked on, and the run goes on; a worker that does not stop is left behind and replaced. The
 * analysis is a stand-in: {@link WordAnalyzer}, made to dwell on sentences that contain "slow".
 */
class PipelineTimeoutTest {
    @TempDir
    Path dir;

    private Path input(String... texts) throws IOException {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < texts.length; i++) {
            jsonl.append("{\"id\":\"a").append(i).append("\",\"date\":\"2022-01-28\",\"text\":\"").append(texts[i])
                    .append("\"}\n");
        }
        return Files.writeString(dir.resolve("in.jsonl"), jsonl);
    }

    /** Dwells on a sentence containing "slow", checking for interruption as the real stages do. */
    private static final TextAnalyzer COOPERATIVE = new TextAnalyzer() {
        @Override
        public AnnotatedDocument analyze(Article a) {
            AnnotatedDocument d = new WordAnalyzer().analyze(a);
            for (Sentence s : d.sentences()) {
                while (a.text().substring(s.begin(), s.end()).contains("slow")) {
                    if (Thread.interrupted()) {
                        throw new StageInterrupted(s.index(), s.begin(), s.end());
                    }
                    Thread.onSpinWait();
                }
            }
            return d;
        }

        @Override
        public Set<Layer> layers() {
            return Set.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.DEPENDENCIES);
        }
    };

    private List<Rejection> run(TextAnalyzer analysis, int threads, Duration grace, List<String> coded, Path in)
            throws IOException {
        List<Rejection> held = new ArrayList<>();
        Pipeline p = new Pipeline(ArticleReader.withDefaults(), () -> analysis, ArticleCoder.standard(), threads,
                new ArticleLimits(1_000_000, 100_000, Optional.of(Duration.ofMillis(300))), ArticleScreen.NONE, grace);
        RunSummary s = p.run(List.of(in), o -> {
            if (o instanceof Outcome.Quarantined q) {
                held.add(q.rejection());
            } else {
                coded.add(((Outcome.Coded) o).article().document().article().id());
            }
        }, Progress.NONE, -1);
        assertThat(s.read()).isEqualTo(s.coded() + s.quarantined());
        return held;
    }

    @Test
    void anArticlePastItsBudgetIsQuarantinedNamingItsSentenceAndTheRunGoesOn() throws IOException {
        Path in = input("Peru met Chile.", "Peru met Chile. Then it was slow going for Lima. Chile left.", "Lima won.");
        List<String> coded = new ArrayList<>();
        List<Rejection> held = run(COOPERATIVE, 1, Duration.ofSeconds(30), coded, in);
        assertThat(coded).containsExactly("a0", "a2");
        assertThat(held).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(ErrorCode.TIMEOUT);
            assertThat(r.articleId()).isEqualTo("a1");
            assertThat(r.reason()).contains("past its budget of 0.3 s (--article-timeout)").contains("language analysis")
                    .contains("at sentence 1 (characters 16-48: \"Then it was slow going for Lima.\")")
                    .contains("the run went on");
            assertThat(r.excerpt()).isEqualTo("Then it was slow going for Lima.");
        });
    }

    @Test
    void aWorkerThatDoesNotStopIsLeftBehindAndReplaced() throws IOException {
        AtomicBoolean release = new AtomicBoolean();
        TextAnalyzer deaf = new TextAnalyzer() {
            @Override
            public AnnotatedDocument analyze(Article a) {
                // stuck as code that never checks its interruption is, until the test lets it go
                while (a.text().contains("stuck") && !release.get()) {
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        // not listening
                    }
                }
                return new WordAnalyzer().analyze(a);
            }

            @Override
            public Set<Layer> layers() {
                return COOPERATIVE.layers();
            }
        };
        try {
            List<String> coded = new ArrayList<>();
            List<Rejection> held = run(deaf, 1, Duration.ofMillis(200), coded,
                    input("Peru met Chile.", "This one is stuck.", "Lima won.", "Chile lost."));
            assertThat(coded).as("one thread, left behind and replaced: the others are still coded")
                    .containsExactly("a0", "a2", "a3");
            assertThat(held).singleElement().satisfies(r -> {
                assertThat(r.code()).isEqualTo(ErrorCode.TIMEOUT);
                assertThat(r.reason()).contains("its worker thread was left behind and the run went on");
            });
        } finally {
            release.set(true);
        }
    }

    @Test
    void anArticleThatFinishesWithinItsBudgetIsCodedAndItsThreadServesTheNext() throws IOException {
        Path in = input("Peru met Chile.", "Lima won.", "Chile lost.", "Peru agreed.");
        List<String> coded = new ArrayList<>();
        assertThat(run(COOPERATIVE, 2, Duration.ofSeconds(30), coded, in)).isEmpty();
        assertThat(coded).containsExactly("a0", "a1", "a2", "a3");
    }

    @Test
    void loadingTheModelsOnTheFirstMissCountsInNoArticlesBudget() throws IOException {
        TextAnalyzer slowToMake = new CachedAnalyzer(List.of(), "test", () -> {
            try {
                Thread.sleep(1_000); // models loading, three budgets long
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return new WordAnalyzer();
        }, COOPERATIVE.layers());
        List<String> coded = new ArrayList<>();
        assertThat(run(slowToMake, 2, Duration.ofSeconds(30), coded, input("Peru met Chile.", "Lima won."))).isEmpty();
        assertThat(coded).containsExactly("a0", "a1");
    }
}
