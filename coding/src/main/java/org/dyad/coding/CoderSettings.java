package org.dyad.coding;

import java.util.Objects;

/**
 * Choices that change what the coder reports.
 *
 * @param targets when an action whose target cannot be found is still an event
 * @param newActorLength when above zero, a subject or object noun phrase of at most this many words
 *     that names no known actor becomes an actor coded by its words in quotes, e.g.
 *     {@code "THE MINISTRY OF MAGIC"} (PETRARCH's {@code new_actor_length}); 0, the default, turns this off
 * @param conventions whose reading of news the coder follows
 * @param minConfidence events less likely right than this ({@link org.dyad.model.Event#confidence()}) are
 *     not reported; 0, the default, reports all
 */
public record CoderSettings(TargetRule targets, int newActorLength, Conventions conventions, double minConfidence) {
    /**
     * Whose conventions decide what counts as an event where the two differ.
     *
     * <p>{@link #DYAD}, the default, reads news as the CAMEO codebook and the gold protocol
     * ({@code docs/gold-protocol.md}) do: an action under a condition, in a question, in a claim the
     * article does not assert, or describing someone's role is no event; a future or scheduled action
     * is an intent (03, 13) or nothing; a bare statement (010) is an event only toward whom it is
     * addressed. {@link #PETRARCH} codes as PETRARCH2 does, for its validation suite: a plain future
     * is coded as the action, and clauses are not screened.
     */
    public enum Conventions {
        /** Dyad's reading of real news. */
        DYAD,
        /** PETRARCH2's, for its validation suites and dictionaries. */
        PETRARCH
    }

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
        Objects.requireNonNull(conventions, "conventions");
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minimum confidence was " + minConfidence + "; give a value from 0 to 1");
        }
        if (newActorLength < 0) {
            throw new IllegalArgumentException("newActorLength was " + newActorLength + "; use 0 to turn it off");
        }
    }

    /** Dyad's defaults: targets as the trigger needs them; unknown noun phrases are not actors. */
    public static CoderSettings defaults() {
        return new CoderSettings(TargetRule.BY_TRIGGER, 0, Conventions.DYAD, 0);
    }

    /** These settings with targets always required (true) or never (false), as PETRARCH's {@code require_dyad}. */
    public CoderSettings withRequireTarget(boolean value) {
        return new CoderSettings(value ? TargetRule.REQUIRED : TargetRule.OPTIONAL, newActorLength, conventions, minConfidence);
    }

    /** These settings with another {@link #newActorLength}. */
    public CoderSettings withNewActorLength(int value) {
        return new CoderSettings(targets, value, conventions, minConfidence);
    }

    /** These settings with other {@link #conventions}. */
    public CoderSettings withConventions(Conventions value) {
        return new CoderSettings(targets, newActorLength, value, minConfidence);
    }

    /** These settings reporting only events at least this likely right. */
    public CoderSettings withMinConfidence(double value) {
        return new CoderSettings(targets, newActorLength, conventions, value);
    }

    /** True under Dyad's reading of real news. */
    public boolean dyad() {
        return conventions == Conventions.DYAD;
    }
}
