package org.dyad.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dyad.ingest.ArticleReader;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchReportTest {
    @TempDir
    Path dir;

    private Corpus corpus(int articles, int slices) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < articles; i++) {
            b.append("{\"id\": \"a").append(i).append("\", \"date\": \"2025-03-14\", \"text\": \"Russia met Ukraine.\"}\n");
        }
        Path source = Files.writeString(dir.resolve("source.jsonl"), b.toString());
        Path scratch = Files.createDirectories(dir.resolve("scratch"));
        return Corpus.read(ArticleReader.withDefaults(), source, 0, 2, slices, scratch);
    }

    private static Measurement m(String label, long sentences, long millis, EventSet events) {
        return new Measurement(label, 10, sentences, sentences / 5, 0, events, millis);
    }

    private BenchReport report(EventSet dyad, EventSet full) throws IOException {
        return new BenchReport(Path.of("corpus.jsonl"), corpus(10, 4), 2, Map.of("(a)", 1000L),
                List.of(m("(a)", 1000, 2_000, EventSet.NONE), m("(b)", 1000, 30_000, EventSet.NONE),
                        m("(c)", 1000, 6_000, dyad), m("(c')", 1000, 32_000, full)),
                m("(d)", 1000, 100, EventSet.NONE), 0, 2100, 1200, 3072, "./dyad bench --corpus corpus.jsonl",
                "the store");
    }

    @Test
    void theCorpusIsCutIntoConsecutiveSlicesOfEveryArticle() throws IOException {
        Corpus c = corpus(10, 4);
        assertThat(c.size()).isEqualTo(10);
        assertThat(c.slices()).hasSize(4);
        assertThat(c.slices().stream().flatMap(p -> p.articles().stream()).map(Article::id))
                .containsExactly("a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9");
        assertThat(c.warmup().articles()).extracting(Article::id).containsExactly("a0", "a1");
        List<String> lines = Files.readAllLines(c.slices().get(0).file());
        assertThat(lines).hasSize(c.slices().get(0).articles().size()).allMatch(l -> l.contains("Russia met Ukraine."));
        assertThat(c.slices().get(0).articles().get(0).date()).isEqualTo(LocalDate.parse("2025-03-14"));
    }

    @Test
    void theJsonCarriesTheFiguresTheAcceptanceCheckReads() throws IOException {
        EventSet events = new EventSet(Map.of("a0", List.of("e")));
        JsonNode o = report(events, events).json(new ObjectMapper());
        assertThat(o.get("floorSentencesPerSec").asDouble()).isEqualTo(500.0);
        assertThat(o.get("corenlpFullSentencesPerSec").asDouble()).isEqualTo(33.333);
        assertThat(o.get("dyadSentencesPerSec").asDouble()).isEqualTo(166.667);
        assertThat(o.get("speedupOverCorenlpFull").asDouble()).isEqualTo(5.0);
        assertThat(o.get("floorOverDyad").asDouble()).isEqualTo(3.0);
        assertThat(o.get("floorOverDyadCpu").asDouble()).as("no CPU time measured").isZero();
        assertThat(o.get("peakHeapMb").asLong()).isEqualTo(2100);
        assertThat(o.get("eventsIdentical").asBoolean()).isTrue();
        assertThat(o.get("parsedShare").asDouble()).isEqualTo(0.2);
        assertThat(o.get("recodeSentencesPerSec").asDouble()).isEqualTo(10_000.0);
        assertThat(o.get("recodeArticlesLackingParses").asLong()).isZero();
    }

    @Test
    void theCpuRatioComparesCpuTimePerSentence() throws IOException {
        // the floor: 1,000 sentences in 2 s using both cores; Dyad: 1,000 in 6 s with 1.5 cores busy
        BenchReport r = new BenchReport(Path.of("corpus.jsonl"), corpus(10, 4), 2, Map.of(),
                List.of(m("(a)", 1000, 2_000, EventSet.NONE).withCpuMillis(4_000),
                        m("(b)", 1000, 30_000, EventSet.NONE).withCpuMillis(60_000),
                        m("(c)", 1000, 6_000, EventSet.NONE).withCpuMillis(9_000)),
                m("(d)", 1000, 100, EventSet.NONE), 0, 2100, 1200, 3072, "./dyad bench", "the store");
        assertThat(r.floorOverDyad()).isEqualTo(3.0);
        assertThat(r.floorOverDyadCpu()).isEqualTo(2.25);
    }

    @Test
    void theTextReportShowsRatiosDifferencesAndTheCommand() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        report(new EventSet(Map.of("a0", List.of("e1"))), new EventSet(Map.of("a0", List.of("e2"))))
                .print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("(c)/(b) = 5.00", "(a)/(c) = 3.00", "DIFFERENT (1 only in (c), 1 only in (c'))",
                "only (c):  a0 e1", "only (c'): a0 e2", "peak heap 2100 MB",
                "(d)", "10000.0", "rerun: ./dyad bench --corpus corpus.jsonl");
    }

    @Test
    void measurementsOfDifferentWorkloadsDoNotAdd() {
        assertThatThrownBy(() -> m("(a)", 1, 1, EventSet.NONE).plus(m("(b)", 1, 1, EventSet.NONE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(a) and (b)");
    }
}
