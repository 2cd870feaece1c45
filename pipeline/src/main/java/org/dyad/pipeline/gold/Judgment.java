package org.dyad.pipeline.gold;

import java.util.Objects;

/**
 * One judge's verdict on one coded event, keyed so that later runs reuse it: the event is
 * {@code real} (the source really does this to the target), its source and target are right, its
 * CAMEO root fits; {@code right} when all four hold.
 */
public record Judgment(EventKey key, String judge, boolean real, boolean sourceOk, boolean targetOk, boolean codeOk,
        boolean right, String why) {
    public Judgment {
        Objects.requireNonNull(key, "key");
        if (judge == null || judge.isBlank()) {
            throw new IllegalArgumentException("a judgment needs the judge's name");
        }
        Objects.requireNonNull(why, "why");
    }
}
