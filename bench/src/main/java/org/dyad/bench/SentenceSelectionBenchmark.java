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
 * The cheap first pass's decision: {@code EventSentenceSelector.select} (trigger lookup, actor
 * matching and name coreference on the preview) over the previews of {@link AnalysedArticles}. One
 * operation selects in every article once.
 *
 * <p>Run from the project root: {@code ./dyad bench --jmh SentenceSelection}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class SentenceSelectionBenchmark {
    /** Selects the sentences to parse in every article. */
    @Benchmark
    public void select(AnalysedArticles state, Blackhole sink) {
        for (AnnotatedDocument d : state.previews) {
            sink.consume(state.selector.select(d));
        }
    }
}
