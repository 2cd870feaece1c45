package org.dyad.model;

import java.util.List;

/**
 * Mentions that refer to the same entity, in document order. {@code representative} indexes the
 * most informative mention (usually the first full name). {@code provenance} names the resolver.
 */
public record CorefChain(int id, int representative, List<Mention> mentions, Provenance provenance) {
    public CorefChain {
        mentions = List.copyOf(mentions);
        if (mentions.size() < 2) {
            throw new IllegalArgumentException("chain " + id + " has " + mentions.size() + " mentions; need >= 2");
        }
        if (representative < 0 || representative >= mentions.size()) {
            throw new IllegalArgumentException("representative " + representative + " outside the "
                    + mentions.size() + " mentions of chain " + id);
        }
        java.util.Objects.requireNonNull(provenance, "provenance");
    }

    /** The representative mention. */
    public Mention head() {
        return mentions.get(representative);
    }
}
