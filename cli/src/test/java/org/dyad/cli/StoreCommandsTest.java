package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.coding.ArticleCoder;
import org.dyad.format.EventJson;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.testkit.Conllu;
import org.dyad.pipeline.CodedArticles;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dyad query}, {@code export} and {@code recode} on a store of the sample article (no CoreNLP). */
class StoreCommandsTest {
    @TempDir
    Path dir;
    Path db;
    long events;

    @BeforeEach
    void store() throws Exception {
        db = dir.resolve("sample.duckdb");
        AnnotatedDocument sample = Conllu.sample();
        try (EventStore store = EventStore.open(db)) {
            store.write(CodedArticles.forStore(ArticleCoder.standard().code(sample)), "sample", "test");
            events = store.counts().events();
        }
        assertThat(events).isPositive();
    }

    private String run(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            int code = Main.commandLine().execute(args);
            assertThat(code).as(String.join(" ", args)).isZero();
        } finally {
            System.setOut(saved);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void queryWithoutFiltersListsEveryEventAsJsonLines() {
        List<String> lines = run("query", "--db", db.toString(), "--format", "jsonl").lines().toList();
        assertThat(lines).hasSize((int) events);
        assertThat(lines).allSatisfy(l -> assertThat(l).startsWith("{").contains("\"numArticles\":1"));
    }

    @Test
    void queryFiltersAggregatesAndCsv() {
        String csv = run("query", "--db", db.toString(), "--source", "RUS", "--format", "csv");
        assertThat(csv.lines().skip(1)).isNotEmpty().allSatisfy(l -> assertThat(l).contains(",RUS"));
        String top = run("query", "--db", db.toString(), "--aggregate", "top-actors", "--format", "jsonl");
        assertThat(top).contains("\"actor\":\"RUSGOV\"");
    }

    @Test
    void queryMinConfidenceKeepsTheEventsAtLeastThatConfidentInListsAndAggregates() throws Exception {
        List<Double> all = confidences(run("query", "--db", db.toString(), "--format", "jsonl"));
        List<Double> distinct = all.stream().distinct().sorted().toList();
        assertThat(distinct).as("the sample's events differ in confidence").hasSizeGreaterThan(1);
        // a threshold that keeps the more confident half and leaves out the rest
        double p = distinct.get(distinct.size() / 2);
        long expected = all.stream().filter(c -> c >= p).count();

        List<Double> kept = confidences(run("query", "--db", db.toString(), "--min-confidence", Double.toString(p),
                "--format", "jsonl"));
        assertThat(kept).hasSize((int) expected).allSatisfy(c -> assertThat(c).isGreaterThanOrEqualTo(p));
        assertThat(kept.size()).isLessThan(all.size());

        // the daily counts know no confidence: the timeline counts the kept events themselves
        long inTimeline = run("query", "--db", db.toString(), "--min-confidence", Double.toString(p), "--aggregate",
                "timeline", "--format", "jsonl").lines()
                .mapToLong(l -> json(l).get("events").asLong()).sum();
        assertThat(inTimeline).isEqualTo(expected);
        assertThat(run("query", "--db", db.toString(), "--min-confidence", "0", "--format", "jsonl").lines())
                .hasSize(all.size());
    }

    @Test
    void queryRefusesAConfidenceOutsideZeroToOne() {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("query", "--db", db.toString(), "--min-confidence", "1.5");
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("--min-confidence was 1.5").contains("from 0 to 1");
    }

    private static List<Double> confidences(String jsonLines) {
        return jsonLines.lines().map(l -> json(l).get("confidence").asDouble()).toList();
    }

    private static JsonNode json(String line) {
        try {
            return EventJson.mapper().readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }

    @Test
    void exportWritesEveryFormatWithItsColumns() throws Exception {
        for (String f : List.of("gdelt", "gdelt-mentions", "phoenix", "icews", "jsonl", "plover", "parquet")) {
            Path out = dir.resolve("x." + f);
            run("export", "--db", db.toString(), "--format", f, "--out", out.toString());
            assertThat(out).exists();
            if (f.equals("gdelt") || f.equals("phoenix")) {
                assertThat(Files.readAllLines(out)).hasSize((int) events)
                        .allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(f.equals("gdelt") ? 61 : 26));
            }
        }
    }

    @Test
    void recodeLeavesAnUnchangedStoreWithTheSameEvents() throws Exception {
        String before = run("query", "--db", db.toString(), "--format", "jsonl");
        run("recode", "--db", db.toString(), "--threads", "2");
        assertThat(run("query", "--db", db.toString(), "--format", "jsonl")).isEqualTo(before);
    }
}
