package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link ActorRule#OWNER} by place: an organisation the dictionaries lack that nothing owns or
 * describes is of the country or place its noun phrase puts it in (<i>in</i>, <i>at</i>,
 * <i>within</i>, <i>inside</i>): "the Mercy Clinic in Kenya" is {@code KEN}, with the sector of the agent
 * noun its name ends in. The place is folded into the organisation's code, and the organisation is
 * discovered. Part of the story's guesses, after descriptions: off under PETRARCH's conventions.
 */
final class PlacedOrganisation implements PhraseRule {
    @Override
    public ActorRule id() {
        return ActorRule.OWNER;
    }

    @Override
    public Rule.Stage stage() {
        return Rule.Stage.STORY;
    }

    @Override
    public boolean enabled(ActorResolver.Settings settings) {
        return !settings.bareAgents();
    }

    @Override
    public Optional<List<Found>> code(NounPhrase p, PhraseReading r) {
        Unit u = p.root();
        if (u.kind != Unit.Kind.ORG) {
            return Optional.empty();
        }
        String name = r.text(u.begin, u.end);
        List<Found> found = new ArrayList<>();
        for (Unit m : p.members()) {
            if (m != u && m.kind == Unit.Kind.ACTOR && m.coded() && m.placeAttached()
                    && (m.entry.kind() == ActorKind.COUNTRY || m.entry.kind() == ActorKind.PLACE)) {
                m.markUsed();
                for (String code : m.codes()) {
                    found.add(r.found(p, m, ActorCode.compose(code, p.agents(), false), name, ActorRule.OWNER,
                            m.entry.id() + "+" + name));
                }
            }
        }
        found.forEach(f -> r.discover(u, name, f));
        return found.isEmpty() ? Optional.empty() : Optional.of(found);
    }
}
