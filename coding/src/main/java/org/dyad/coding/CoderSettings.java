package org.dyad.coding;

import java.util.Objects;

/**
 * Choices that change what the coder reports.
 *
 * @param targets when an action whose target cannot be found is still an event
 * @param newActorLength when above zero, a subject or object noun phrase of at most this many words
 *     that names no known actor becomes an actor coded by its words in quotes, e.g.
 *     {@code "THE MINISTRY OF MAGIC"} (PETRARCH's {@code new_actor_length}); 0, the default, turns this off
 */
public record CoderSettings(TargetRule targets, int newActorLength) {
    /** When an event needs a target. */
    public enum TargetRule {
        /** Always: an action without a target codes nothing (PETRARCH's {@code require_dyad = true}). */
        REQUIRED,
        /** Never: an action without a target is an event without one ({@code require_dyad = false}). */
        OPTIONAL,
        /**
         * As the trigger says: a verb needs a target (without one the parse or the verb's sense is
         * usually off), an event noun ("Russia's demands", "the build-up") only when its PLOVER type
         * requires a recipient (COOPERATE, AID, SANCTION) or its CAMEO code has none (01 statements,
         * 02 appeals, codes outside CAMEO). Dyad's default.
         */
        BY_TRIGGER
    }

    public CoderSettings {
        Objects.requireNonNull(targets, "targets");
        if (newActorLength < 0) {
            throw new IllegalArgumentException("newActorLength was " + newActorLength + "; use 0 to turn it off");
        }
    }

    /** Dyad's defaults: targets as the trigger needs them; unknown noun phrases are not actors. */
    public static CoderSettings defaults() {
        return new CoderSettings(TargetRule.BY_TRIGGER, 0);
    }

    /** These settings with targets always required (true) or never (false), as PETRARCH's {@code require_dyad}. */
    public CoderSettings withRequireTarget(boolean value) {
        return new CoderSettings(value ? TargetRule.REQUIRED : TargetRule.OPTIONAL, newActorLength);
    }

    /** These settings with another {@link #newActorLength}. */
    public CoderSettings withNewActorLength(int value) {
        return new CoderSettings(targets, value);
    }
}
