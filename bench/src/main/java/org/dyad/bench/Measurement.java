package org.dyad.bench;

import java.util.Objects;

/**
 * One timed pass of a {@link Workload} over a corpus: how many articles and sentences it processed
 * in how many milliseconds of wall-clock time, and, for Dyad's pipeline, how many sentences it
 * parsed and the events it produced. {@code cpuMillis} is the CPU time the whole process spent during
 * the pass (every thread: workers, writer, garbage collector, compiler), 0 when not measured.
 */
record Measurement(String label, long articles, long sentences, long parsedSentences, long quarantined,
        EventSet events, long millis, long cpuMillis) {
    Measurement {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(events, "events");
        if (articles < 0 || sentences < 0 || parsedSentences < 0 || quarantined < 0 || millis < 0
                || cpuMillis < 0) {
            throw new IllegalArgumentException("negative count in measurement of " + label + ": articles " + articles
                    + ", sentences " + sentences + ", parsed " + parsedSentences + ", quarantined " + quarantined
                    + ", millis " + millis + ", CPU millis " + cpuMillis);
        }
    }

    /** A pass whose CPU time was not measured. */
    Measurement(String label, long articles, long sentences, long parsedSentences, long quarantined, EventSet events,
            long millis) {
        this(label, articles, sentences, parsedSentences, quarantined, events, millis, 0);
    }

    /** This pass with the CPU time the process spent during it. */
    Measurement withCpuMillis(long cpu) {
        return new Measurement(label, articles, sentences, parsedSentences, quarantined, events, millis, cpu);
    }

    /** Cores kept busy on average: CPU time over wall-clock time. */
    double coresBusy() {
        return cpuMillis / (double) Math.max(1, millis);
    }

    /** Sentences per second of wall-clock time. */
    double sentencesPerSecond() {
        return sentences * 1000.0 / Math.max(1, millis);
    }

    /** Articles per second of wall-clock time. */
    double articlesPerSecond() {
        return articles * 1000.0 / Math.max(1, millis);
    }

    /** The measurement of this pass and another of the same workload over other articles. */
    Measurement plus(Measurement other) {
        if (!label.equals(other.label)) {
            throw new IllegalArgumentException("cannot add measurements of " + label + " and " + other.label);
        }
        return new Measurement(label, articles + other.articles, sentences + other.sentences,
                parsedSentences + other.parsedSentences, quarantined + other.quarantined, events.plus(other.events),
                millis + other.millis, cpuMillis + other.cpuMillis);
    }
}
