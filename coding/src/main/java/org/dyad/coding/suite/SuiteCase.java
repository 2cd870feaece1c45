package org.dyad.coding.suite;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dyad.coding.CoderSettings;

/**
 * One validation case: a dated text and what it should code. {@code expected} lists the codings;
 * {@code noEvents} is true when the case says it codes nothing; {@code error} names PETRARCH's
 * expected error ("storydiscard", "sentencediscard", "bad_input_parse", "dateline") or is {@code ""},
 * and an error case expects no coding either. {@code settings} carries the suite's configuration at
 * that point ({@code require_dyad}). {@code key} is unique within the suite even where ids repeat.
 * {@code match} says how codings are compared.
 */
public record SuiteCase(String key, String id, LocalDate date, String category, String text,
        List<ExpectedCoding> expected, boolean noEvents, String error, CoderSettings settings, Match match) {
    /** How a coding is compared with an expected one. */
    public enum Match {
        /** Source, target and code all equal (PETRARCH's suites). */
        EXACT,
        /** The CAMEO root of the code equal, actors aside (the CAMEO manual's example sentences). */
        ROOT,
        /** The PLOVER type of the code equal to the expected type, actors aside (PLOVER's gold records). */
        PLOVER
    }

    public SuiteCase {
        if (key == null || key.isBlank() || id == null || id.isBlank()) {
            throw new IllegalArgumentException("a suite case needs an id");
        }
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(category, "category");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("case " + id + " has no text");
        }
        expected = List.copyOf(expected);
        Objects.requireNonNull(error, "error: use \"\" for none");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(match, "match");
    }

    /** True when the case expects no coding at all. */
    public boolean expectsNothing() {
        return expected.isEmpty();
    }
}
