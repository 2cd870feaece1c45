package org.dyad.actors;

import java.util.Objects;

/**
 * Something wrong or doubtful in a dictionary, found while reading or validating it: {@code where}
 * is the file and line (or entry id), {@code message} says what was found and what Dyad did about
 * it. Problems are reported, never silently dropped; the rest of the dictionary stays usable.
 */
public record DictionaryProblem(String where, String message) {
    public DictionaryProblem {
        Objects.requireNonNull(where, "where");
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("problem message must not be blank");
        }
    }

    @Override
    public String toString() {
        return where + ": " + message;
    }
}
