package org.dyad.pipeline;

import java.io.IOException;

/**
 * Receives the outcome of every record, in input order, on the thread that called
 * {@link Pipeline#run}. An exception from the sink stops the run.
 */
@FunctionalInterface
public interface OutcomeSink {
    void accept(Outcome outcome) throws IOException;
}
