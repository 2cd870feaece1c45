package org.dyad.pipeline.gold;

import java.util.Objects;

/**
 * One hand-coded event of an article: {@code source} did {@code cameo} to {@code target}, as
 * coded by people from the text (see {@code docs/gold-protocol.md}). Actor codes are CAMEO codes
 * ({@code USAGOV}, {@code ---REB}, {@code IGOUNO}); {@code high} is false for events a careful coder
 * might reasonably not code or code otherwise.
 */
public record GoldEvent(String articleId, String source, String target, String cameo, boolean high, String quote) {
    public GoldEvent {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(quote, "quote");
        if (!cameo.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("gold event of " + articleId + " has CAMEO code '" + cameo
                    + "'; give two to four digits");
        }
    }

    /** The CAMEO root, the code's first two digits. */
    public String root() {
        return cameo.substring(0, 2);
    }
}
