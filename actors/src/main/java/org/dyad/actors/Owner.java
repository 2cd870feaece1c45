package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link ActorRule#OWNER}: an organisation the dictionaries lack belongs to the country or place that
 * owns it in its noun phrase, as a possessive, compound or adjective or after <i>of</i>, <i>from</i>,
 * <i>for</i>: "Kenya's Ministry of Health" is {@code KEN}, "Spanish utility Iberdrola" {@code ESP},
 * with the sector of the agent noun its name ends in. The owner is folded into the
 * organisation's code, and the organisation is discovered. A country or place that only locates the
 * organisation ("the Mercy Clinic in Kenya") is read later, by {@link PlacedOrganisation}.
 */
final class Owner implements PhraseRule {
    @Override
    public ActorRule id() {
        return ActorRule.OWNER;
    }

    @Override
    public Rule.Stage stage() {
        return Rule.Stage.HEAD;
    }

    @Override
    public Optional<List<Found>> code(NounPhrase p, PhraseReading r) {
        Unit root = p.root();
        if (root.kind != Unit.Kind.ORG) {
            return Optional.empty();
        }
        List<Found> found = new ArrayList<>();
        String name = r.text(root.begin, root.end);
        for (Unit m : p.members()) {
            if (m != root && m.kind == Unit.Kind.ACTOR && m.coded() && !m.placeAttached()
                    && (m.entry.kind() == ActorKind.COUNTRY || m.entry.kind() == ActorKind.PLACE)) {
                m.markUsed();
                for (String code : m.codes()) {
                    Found f = r.found(p, m, ActorCode.compose(code, p.agents(), false), name, ActorRule.OWNER,
                            m.entry.id() + "+" + name);
                    found.add(f);
                    r.discover(root, name, f);
                }
            }
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(found);
    }
}
