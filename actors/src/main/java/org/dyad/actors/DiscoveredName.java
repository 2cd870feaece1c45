package org.dyad.actors;

import java.util.List;
import java.util.Optional;

/**
 * {@link ActorRule#DISCOVERED_NAME}: a person the dictionary does not know, or an organisation it
 * lacks, that the article describes elsewhere takes the code of that description, matched on the
 * surname (an organisation on its whole name). "Sudani" after "Iraqi Prime Minister Mohammed Shia
 * al-Sudani" is {@code IRQGOV}; "Chaudhry" before "Ahmed Sharif Chaudhry, the Pakistani military
 * spokesman" is {@code PAKMIL}, since the first reading of the article learned the description.
 * The description's own mention is not resolved by it.
 */
final class DiscoveredName implements PhraseRule {
    @Override
    public ActorRule id() {
        return ActorRule.DISCOVERED_NAME;
    }

    @Override
    public Rule.Stage stage() {
        return Rule.Stage.HEAD;
    }

    @Override
    public Optional<List<Found>> code(NounPhrase p, PhraseReading r) {
        Unit root = p.root();
        if (!r.describable(root)) {
            return Optional.empty();
        }
        return r.context().discovered(r.surname(root))
                .filter(d -> !(d.sentence() == r.sentence().index() && d.tokenBegin() <= root.begin
                        && root.begin < d.tokenEnd()))
                .map(d -> List.of(new Found(d.code(), d.name(), ActorRule.DISCOVERED_NAME, d.entry(), root.begin,
                        root.end, root.head)));
    }
}
