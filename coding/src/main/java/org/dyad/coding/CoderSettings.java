package org.dyad.coding;

/**
 * Choices that change what the coder reports.
 *
 * @param requireTarget when true, an action whose target cannot be found codes nothing (PETRARCH's
 *     {@code require_dyad}); when false it codes an event without a target
 * @param newActorLength when above zero, a subject or object noun phrase of at most this many words
 *     that names no known actor becomes an actor coded by its words in quotes, e.g.
 *     {@code "THE MINISTRY OF MAGIC"} (PETRARCH's {@code new_actor_length}); 0, the default, turns this off
 */
public record CoderSettings(boolean requireTarget, int newActorLength) {
    public CoderSettings {
        if (newActorLength < 0) {
            throw new IllegalArgumentException("newActorLength was " + newActorLength + "; use 0 to turn it off");
        }
    }

    /** Dyad's default: events need a target, as in PETRARCH, and unknown noun phrases are not actors. */
    public static CoderSettings defaults() {
        return new CoderSettings(true, 0);
    }

    /** These settings with another {@link #requireTarget}. */
    public CoderSettings withRequireTarget(boolean value) {
        return new CoderSettings(value, newActorLength);
    }

    /** These settings with another {@link #newActorLength}. */
    public CoderSettings withNewActorLength(int value) {
        return new CoderSettings(requireTarget, value);
    }
}
