package org.dyad.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dyad.model.Article;
import org.dyad.nlp.ParserWorkload;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The dependency parser alone on tagged sentences of {@link #articles} VOA stories: the sentences of an
 * article parsed in step, as the parse stage does, against one sentence at a time through CoreNLP's
 * {@code DependencyParser.predict}, both with Dyad's scoring of the network. One operation parses
 * every sentence once; the setup prints how many.
 *
 * <p>Run from the project root: {@code ./dyad bench --jmh Parser}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@State(Scope.Benchmark)
public class ParserBenchmark {
    /** The corpus, relative to the folder the benchmark runs in (the project root). */
    @Param("examples/voa-stories.jsonl")
    public String corpus;

    /** How many of its articles to parse. */
    @Param("30")
    public int articles;

    private ParserWorkload workload;

    /** Reads and tags the articles, loads the parser. */
    @Setup(Level.Trial)
    public void load() throws IOException {
        List<Article> read = AnalysedArticles.firstArticles(corpus, articles);
        workload = new ParserWorkload(read);
        System.out.printf("%n%d articles, %d sentences per operation%n", read.size(), workload.sentences());
    }

    /** The sentences of each article in step. */
    @Benchmark
    public int inStep() {
        return workload.parseInStep();
    }

    /** One sentence at a time. */
    @Benchmark
    public int oneByOne() {
        return workload.parseOneByOne();
    }
}
