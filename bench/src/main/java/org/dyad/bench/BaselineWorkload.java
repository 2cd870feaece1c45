package org.dyad.bench;

import java.util.Objects;
import org.dyad.nlp.CoreNlpBaseline;
import org.dyad.stage.OrderedRunner;

/** Bare CoreNLP with an annotator set over every article, on worker threads ({@link OrderedRunner}). */
final class BaselineWorkload implements Workload {
    private final String label;
    private final CoreNlpBaseline.Annotators annotators;
    private CoreNlpBaseline baseline;

    BaselineWorkload(String label, CoreNlpBaseline.Annotators annotators) {
        this.label = Objects.requireNonNull(label, "label");
        this.annotators = Objects.requireNonNull(annotators, "annotators");
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void load() {
        baseline = new CoreNlpBaseline(annotators);
    }

    @Override
    public Measurement run(Corpus.Part corpus, int threads) {
        if (baseline == null) {
            throw new IllegalStateException(label + " was run before load()");
        }
        long start = System.nanoTime();
        long sentences = 0;
        for (int n : OrderedRunner.map("dyad-bench", threads, corpus.articles(), baseline::annotate,
                (a, e) -> {
                    throw new IllegalStateException(label + " failed on an article: " + e, e);
                })) {
            sentences += n;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Measurement(label, corpus.articles().size(), sentences, 0, 0, EventSet.NONE, millis);
    }
}
