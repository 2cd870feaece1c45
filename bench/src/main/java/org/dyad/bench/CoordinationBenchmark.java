package org.dyad.bench;

import java.util.concurrent.TimeUnit;
import org.dyad.coding.ArticleCoder;
import org.dyad.model.AnnotatedDocument;
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
 * The cost of a long coordination: {@code ArticleCoder.code} (actors, events, places) on the one
 * sentence of {@link CoordinatedSentence} with 500 to 5,000 coordinated names. Coding grows in
 * proportion to the list when the time per operation grows as {@code items} does (the time per item
 * stays flat); a list search per member made it grow with the cube.
 *
 * <p>Run from the project root: {@code ./dyad bench --jmh Coordination}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@State(Scope.Benchmark)
public class CoordinationBenchmark {
    /** How many names the sentence coordinates. */
    @Param({"500", "1000", "2000", "5000"})
    public int items;

    private ArticleCoder coder;
    private AnnotatedDocument document;

    /** Loads the shipped dictionaries and builds the sentence. */
    @Setup(Level.Trial)
    public void build() {
        coder = ArticleCoder.standard();
        document = CoordinatedSentence.document(items);
    }

    /** Codes the sentence. */
    @Benchmark
    public Object code() {
        return coder.code(document);
    }
}
