package org.dyad.pipeline.gold;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * The half of an evaluation set an article belongs to: rules are tuned on {@link #DEV} and only the
 * totals of {@link #TEST} are read. The split is fixed by the article id alone (the parity of the
 * first byte of SHA-256 of {@code "dyad-split-1:" + id}), so adding articles never moves one from a
 * half to the other.
 */
public enum Half {
    /** The development half: tune on it, read its misses. */
    DEV,
    /** The test half: report its totals, never read its misses. */
    TEST,
    /** Both halves. */
    ALL;

    /** The half an article belongs to ({@link #DEV} or {@link #TEST}). */
    public static Half of(String articleId) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256")
                    .digest(("dyad-split-1:" + articleId).getBytes(StandardCharsets.UTF_8));
            return (h[0] & 1) == 0 ? DEV : TEST;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** How reports name this part of a set: "dev half", "test half", "both halves". */
    public String label() {
        return this == ALL ? "both halves" : name().toLowerCase(java.util.Locale.ROOT) + " half";
    }

    /** True when an article belongs to this half. */
    public boolean holds(String articleId) {
        return this == ALL || of(articleId) == this;
    }

    /** The half named {@code dev}, {@code test} or {@code all}. */
    public static Half named(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("half was '" + name + "'; give dev, test or all", e);
        }
    }
}
