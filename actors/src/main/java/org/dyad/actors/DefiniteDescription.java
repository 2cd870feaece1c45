package org.dyad.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.model.Sentence;

/**
 * {@link ActorRule#DEFINITE_DESCRIPTION}: "the", up to two adjectives or nouns, and a class noun of
 * the dictionary ending the noun phrase refer back to the last earlier mention in the article of an
 * actor of that class noun, and take its code. After "Nato" ({@code IGOWSTNAT}, class nouns
 * "alliance" and "military alliance"), "the military alliance" is {@code IGOWSTNAT}. Its tokens are
 * claimed before the units are found, so "alliance" is not also an agent noun.
 *
 * <p>Only mentions of earlier sentences count, and only in the reading that resolves: the first
 * reading of an article keeps no mentions, so this rule claims nothing in it.
 */
final class DefiniteDescription implements TokenRule {
    @Override
    public ActorRule id() {
        return ActorRule.DEFINITE_DESCRIPTION;
    }

    @Override
    public void read(PhraseReading r, List<ActorMention> earlier) {
        Sentence s = r.sentence();
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).word().equalsIgnoreCase("the")) {
                definite(r, i, earlier).ifPresent(r::claim);
            }
        }
    }

    /** "the (adj)* classNoun" at token {@code i}, referring back to the last actor of that class. */
    private static Optional<ActorMention> definite(PhraseReading r, int i, List<ActorMention> earlier) {
        Sentence s = r.sentence();
        for (int j = i + 1; j < Math.min(s.size(), i + 4); j++) {
            String noun = s.token(j).word().toLowerCase(Locale.ROOT);
            List<ActorEntry> candidates = r.index().byClassNoun(noun);
            if (!candidates.isEmpty() && s.token(j).isNoun() && (j + 1 >= s.size() || !s.token(j + 1).isNoun())) {
                for (int k = earlier.size() - 1; k >= 0; k--) {
                    ActorMention prior = earlier.get(k);
                    for (ActorEntry c : candidates) {
                        if (prior.actor().provenance().entry().equals(c.id())) {
                            return Optional.of(r.mention(new Found(prior.actor().code(), prior.actor().name(),
                                    ActorRule.DEFINITE_DESCRIPTION, c.id(), i + 1, j + 1, j)));
                        }
                    }
                }
                return Optional.empty();
            }
            if (!s.token(j).pos().startsWith("JJ") && !s.token(j).isNoun()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
