package org.dyad.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.model.Article;
import org.dyad.nlp.CoreNlpBaseline;

/** Bare CoreNLP with an annotator set over every article, on a fixed pool of worker threads. */
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
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (Article a : corpus.articles()) {
                futures.add(pool.submit(() -> baseline.annotate(a)));
            }
            long sentences = 0;
            for (Future<Integer> f : futures) {
                sentences += f.get();
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new Measurement(label, corpus.articles().size(), sentences, 0, 0, EventSet.NONE, millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring " + label, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(label + " failed on an article: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
