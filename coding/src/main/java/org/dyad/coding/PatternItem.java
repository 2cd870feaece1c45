package org.dyad.coding;

import java.util.Objects;

/**
 * An element of a pattern with how it joins the element before it in the text: {@code glued}
 * ({@code _} in the pattern) when no word may come between them, otherwise other words may.
 */
public record PatternItem(PatternElement element, boolean glued) {
    public PatternItem {
        Objects.requireNonNull(element, "element");
    }
}
