package org.dyad.model;

import java.util.Objects;

/** Argument checks shared by the records of this package; messages name the value and the rule. */
final class Checks {
    private Checks() {
    }

    static String text(String value, String name) {
        return Objects.requireNonNull(value, () -> name + " must not be null; use \"\" for none");
    }

    static String nonBlank(String value, String name) {
        text(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    static void span(int begin, int end, String what) {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException(
                    what + " span [" + begin + ", " + end + ") is invalid: need 0 <= begin <= end");
        }
    }

    static void nonNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " was " + value + "; it must be >= 0");
        }
    }
}
