package org.dyad.bench;

import java.util.concurrent.TimeUnit;
import org.dyad.coding.ArticleCoder;
import org.dyad.coding.EventCoder;
import org.dyad.coding.VerbDictionary;
import org.dyad.ontology.Cameo;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Pattern matching: {@code EventCoder.code} (verb lookup, argument finding over the dependency
 * graph, refinements, modality, dating, merging) over the analysed articles of
 * {@link AnalysedArticles}, with their actors resolved beforehand. One operation codes every article once.
 *
 * <p>Run from the project root: {@code ./dyad bench --jmh EventCoding}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@State(Scope.Benchmark)
public class EventCodingBenchmark {
    private final EventCoder coder = new EventCoder(VerbDictionary.standard(), Cameo.standard(), ArticleCoder.VERSION);

    /** Codes the events of every article. */
    @Benchmark
    public void code(AnalysedArticles state, Blackhole sink) {
        for (int i = 0; i < state.documents.size(); i++) {
            sink.consume(coder.code(state.documents.get(i), state.actors.get(i)));
        }
    }
}
