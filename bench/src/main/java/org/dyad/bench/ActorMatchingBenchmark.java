package org.dyad.bench;

import java.util.concurrent.TimeUnit;
import org.dyad.model.AnnotatedDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Actor matching: {@code ActorResolver.resolve} (dictionary names and adjectives, agent nouns, titles,
 * definite descriptions, coreference) over the analysed articles of {@link AnalysedArticles}. One
 * operation resolves every article once.
 *
 * <p>Run from the project root: {@code ./dyad bench --jmh ActorMatching}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class ActorMatchingBenchmark {
    /** Resolves the actors of every article. */
    @Benchmark
    public void resolve(AnalysedArticles state, Blackhole sink) {
        for (AnnotatedDocument d : state.documents) {
            sink.consume(state.coder.actors().resolve(d));
        }
    }
}
