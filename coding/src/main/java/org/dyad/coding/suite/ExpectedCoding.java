package org.dyad.coding.suite;

import java.util.Objects;

/**
 * A coding a validation case expects: source code, target code ({@code ---} for none) and event
 * code, compared exactly.
 */
public record ExpectedCoding(String source, String target, String code) {
    public ExpectedCoding {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(code, "code");
    }

    /** The coding as {@code SOURCE TARGET CODE}. */
    public String text() {
        return (source.isEmpty() ? "?" : source) + " " + (target.isEmpty() ? "?" : target) + " "
                + (code.isEmpty() ? "?" : code);
    }
}
