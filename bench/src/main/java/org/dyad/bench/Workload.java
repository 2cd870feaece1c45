package org.dyad.bench;

import java.io.IOException;

/**
 * A configuration the throughput harness measures. The harness calls {@link #load} once (timed as
 * model loading), then {@link #run} on the warm-up part of the corpus, then on the measured part
 * with the clock running. Implementations hold their loaded models between calls.
 */
interface Workload {
    /** A short label for reports, such as {@code "(a) CoreNLP tokenize,ssplit,pos"}. */
    String label();

    /** Loads models and dictionaries. */
    void load();

    /** Processes every article of {@code corpus} on {@code threads} worker threads. */
    Measurement run(Corpus.Part corpus, int threads) throws IOException;
}
