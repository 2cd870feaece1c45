package org.dyad.model;

import java.util.OptionalInt;

/**
 * Thrown by a stage that stops because its thread was interrupted (the article's time budget ran
 * out), saying where it was: the sentence it was working on when it knows it, and a character span of
 * the article (the sentence's, else the part of the text being worked on). Stages check for
 * interruption between sentences, so that a sentence that costs too much does not hold a worker.
 */
public final class StageInterrupted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int sentence;
    private final int begin;
    private final int end;

    /** Interrupted while working on sentence {@code sentence}, which spans {@code [begin, end)}. */
    public StageInterrupted(int sentence, int begin, int end) {
        super("interrupted while working on sentence " + sentence + " [" + begin + ", " + end + ")");
        Checks.nonNegative(sentence, "sentence");
        Checks.span(begin, end, "interrupted sentence");
        this.sentence = sentence;
        this.begin = begin;
        this.end = end;
    }

    private StageInterrupted(int begin, int end) {
        super("interrupted while working on characters [" + begin + ", " + end + ")");
        Checks.span(begin, end, "interrupted text");
        this.sentence = -1;
        this.begin = begin;
        this.end = end;
    }

    /** Interrupted while working on the characters {@code [begin, end)}, in no sentence known. */
    public static StageInterrupted inText(int begin, int end) {
        return new StageInterrupted(begin, end);
    }

    /** The index of the sentence being worked on, when known. */
    public OptionalInt sentence() {
        return sentence < 0 ? OptionalInt.empty() : OptionalInt.of(sentence);
    }

    /** Where the span being worked on begins, in characters. */
    public int begin() {
        return begin;
    }

    /** Where it ends. */
    public int end() {
        return end;
    }

    /**
     * The same place in a larger document, in which the part worked on starts at character
     * {@code chars} and after {@code sentences} sentences.
     */
    public StageInterrupted shifted(int sentences, int chars) {
        StageInterrupted s = sentence < 0 ? inText(begin + chars, end + chars)
                : new StageInterrupted(sentence + sentences, begin + chars, end + chars);
        s.initCause(getCause());
        return s;
    }
}
