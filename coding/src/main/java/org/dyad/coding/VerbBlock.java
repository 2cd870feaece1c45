package org.dyad.coding;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A group of verbs (and event nouns) that share patterns: the unit of a verb dictionary. A trigger
 * found in a sentence is coded by the most specific of the block's {@link #patterns} that matches,
 * else by a matching {@link #refinements refinement}, else by its own code or the block's
 * {@link #code}. {@code origin} names the file and line of the block.
 */
public record VerbBlock(String id, CodePair code, List<TriggerPhrase> triggers, List<Pattern> patterns,
        List<Refinement> refinements, String origin) {
    public VerbBlock {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a verb block needs an id");
        }
        Objects.requireNonNull(code, "code");
        triggers = List.copyOf(triggers);
        // most specific first; the sort is stable, so equally specific patterns keep file order
        patterns = patterns.stream().sorted(Comparator.comparingInt(Pattern::specificity).reversed()).toList();
        refinements = List.copyOf(refinements);
        Objects.requireNonNull(origin, "origin");
    }
}
