package org.dyad.coding;

/**
 * Choices that change what the coder reports.
 *
 * @param requireTarget when true, an action whose target cannot be found codes nothing (PETRARCH's
 *     {@code require_dyad}); when false it codes an event without a target
 */
public record CoderSettings(boolean requireTarget) {
    /** Dyad's default: events need a target, as in PETRARCH. */
    public static CoderSettings defaults() {
        return new CoderSettings(true);
    }

    /** These settings with another {@link #requireTarget}. */
    public CoderSettings withRequireTarget(boolean value) {
        return new CoderSettings(value);
    }
}
