package org.dyad.coding;

import java.util.Objects;
import java.util.Optional;

/**
 * The event codes a dictionary entry gives: {@code forward} for what the source does to the target,
 * and {@code reverse} for what the target does to the source at the same time ("A visited B" is 042
 * from A to B and 043, "host a visit", from B to A). Written as in PETRARCH dictionaries:
 * {@code 064} (forward only), {@code 042:043} (both), {@code :054} (reverse only) and {@code ---}
 * (no event). Codes are kept as written: most are CAMEO codes, but legacy dictionaries also use
 * codes outside CAMEO, which Dyad reports in evaluations but cannot turn into CAMEO events.
 */
public record CodePair(Optional<String> forward, Optional<String> reverse) {
    /** The null code: the entry codes no event. */
    public static final CodePair NONE = new CodePair(Optional.empty(), Optional.empty());

    public CodePair {
        Objects.requireNonNull(forward, "forward: use Optional.empty()");
        Objects.requireNonNull(reverse, "reverse: use Optional.empty()");
        forward.ifPresent(c -> check(c, "forward"));
        reverse.ifPresent(c -> check(c, "reverse"));
    }

    private static void check(String code, String which) {
        if (code.isBlank() || code.chars().anyMatch(Character::isWhitespace) || code.contains(":")) {
            throw new IllegalArgumentException(which + " code '" + code + "' must be one word without ':'");
        }
    }

    /** A pair with only a forward code. */
    public static CodePair of(String forward) {
        return parse(forward);
    }

    /**
     * Reads the written form.
     *
     * @throws IllegalArgumentException for an empty text or more than one ':'
     */
    public static CodePair parse(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("empty event code; write a code such as 064, 042:043, :054 or ---");
        }
        int colon = t.indexOf(':');
        if (colon < 0) {
            return new CodePair(code(t), Optional.empty());
        }
        if (t.indexOf(':', colon + 1) >= 0) {
            throw new IllegalArgumentException("event code '" + text + "' has more than one ':'; write FORWARD:REVERSE");
        }
        return new CodePair(code(t.substring(0, colon).strip()), code(t.substring(colon + 1).strip()));
    }

    private static Optional<String> code(String s) {
        return s.isEmpty() || s.equals("---") ? Optional.empty() : Optional.of(s);
    }

    /** True when neither direction has a code. */
    public boolean isNone() {
        return forward.isEmpty() && reverse.isEmpty();
    }

    /** The written form, as {@link #parse} reads it. */
    public String text() {
        if (reverse.isEmpty()) {
            return forward.orElse("---");
        }
        return forward.orElse("") + ":" + reverse.get();
    }
}
