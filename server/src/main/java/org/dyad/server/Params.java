package org.dyad.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The query parameters of one request, checked strictly: a parameter the path does not know, one given
 * twice, or a value of the wrong form is refused as {@link ApiError#BAD_PARAMETER} naming the parameter,
 * the value and what is expected, so that a mistyped filter never silently widens a query.
 */
final class Params {
    /** The longest value of any parameter. */
    static final int MAX_VALUE = 500;

    private final Map<String, List<String>> values;

    Params(Map<String, List<String>> values, Set<String> allowed) {
        this.values = values;
        for (Map.Entry<String, List<String>> e : values.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw bad("unknown parameter '" + shorten(e.getKey()) + "'; this path takes " + new TreeSet<>(allowed));
            }
            if (e.getValue().size() > 1) {
                throw bad("parameter '" + e.getKey() + "' is given " + e.getValue().size() + " times; give it once");
            }
            String v = e.getValue().isEmpty() ? "" : e.getValue().get(0);
            if (v.length() > MAX_VALUE) {
                throw bad("parameter '" + e.getKey() + "' has " + v.length() + " characters; at most " + MAX_VALUE);
            }
            if (v.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
                throw bad("parameter '" + e.getKey() + "' holds control characters");
            }
        }
    }

    static ApiException bad(String detail) {
        return new ApiException(ApiError.BAD_PARAMETER, detail);
    }

    static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }

    /** The value, stripped, if given and not blank. */
    Optional<String> text(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0).strip()).filter(s -> !s.isEmpty());
    }

    /** A value that must match a pattern, described by {@code expected} in the error. */
    Optional<String> matching(String name, Pattern pattern, String expected) {
        Optional<String> v = text(name);
        if (v.isPresent() && !pattern.matcher(v.get()).matches()) {
            throw bad("parameter '" + name + "' was '" + shorten(v.get()) + "'; it must be " + expected);
        }
        return v;
    }

    /** An integer within [min, max]. */
    OptionalInt integer(String name, int min, int max) {
        Optional<String> v = text(name);
        if (v.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            int i = Integer.parseInt(v.get());
            if (i < min || i > max) {
                throw bad("parameter '" + name + "' was " + i + "; it must be within " + min + " to " + max);
            }
            return OptionalInt.of(i);
        } catch (NumberFormatException e) {
            throw bad("parameter '" + name + "' was '" + shorten(v.get()) + "'; it must be an integer from " + min + " to "
                    + max);
        }
    }

    /** A long within [min, max]. */
    Optional<Long> number(String name, long min, long max) {
        Optional<String> v = text(name);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            long i = Long.parseLong(v.get());
            if (i < min || i > max) {
                throw bad("parameter '" + name + "' was " + i + "; it must be within " + min + " to " + max);
            }
            return Optional.of(i);
        } catch (NumberFormatException e) {
            throw bad("parameter '" + name + "' was '" + shorten(v.get()) + "'; it must be a whole number from " + min);
        }
    }

    /** A decimal within [min, max]. */
    OptionalDouble decimal(String name, double min, double max) {
        Optional<String> v = text(name);
        if (v.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            double d = Double.parseDouble(v.get());
            if (!(d >= min && d <= max)) {
                throw bad("parameter '" + name + "' was " + v.get() + "; it must be within " + min + " to " + max);
            }
            return OptionalDouble.of(d);
        } catch (NumberFormatException e) {
            throw bad("parameter '" + name + "' was '" + shorten(v.get()) + "'; it must be a number from " + min + " to "
                    + max);
        }
    }

    /** An ISO date, YYYY-MM-DD. */
    Optional<LocalDate> date(String name) {
        Optional<String> v = text(name);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(v.get()));
        } catch (DateTimeParseException e) {
            throw bad("parameter '" + name + "' was '" + shorten(v.get()) + "'; it must be a date YYYY-MM-DD");
        }
    }

    /** One of a fixed set of words, {@code fallback} when absent. */
    String choice(String name, List<String> choices, String fallback) {
        Optional<String> v = text(name);
        if (v.isEmpty()) {
            return fallback;
        }
        if (!choices.contains(v.get())) {
            throw bad("parameter '" + name + "' was '" + shorten(v.get()) + "'; it must be one of " + choices);
        }
        return v.get();
    }
}
