package org.dyad.actors;

import java.util.List;
import java.util.Optional;

/**
 * A rule that gives a noun phrase its codes, at stage {@link Rule.Stage#HEAD},
 * {@link Rule.Stage#DESCRIPTION} or {@link Rule.Stage#STORY}. At each stage, each noun phrase still
 * without a code (at {@code HEAD}, every noun phrase), in text order, is offered to the stage's rules
 * in the order of the resolver's list; the first rule that claims it gives its codes, and the others
 * are not asked. A rule that claims a phrase and gives it no code leaves it for the next stage.
 */
non-sealed interface PhraseRule extends Rule {
    /**
     * The phrase's codes by this rule, when the rule claims the phrase; empty when the rule does not
     * apply to it.
     */
    Optional<List<Found>> code(NounPhrase p, PhraseReading r);

    /**
     * At stage {@code HEAD} only: codes the rule gives beside those of whichever rule claimed the
     * phrase, after it ("Russia" in "Russia's Gazprom"). None by default.
     */
    default List<Found> alongside(NounPhrase p, PhraseReading r) {
        return List.of();
    }
}
