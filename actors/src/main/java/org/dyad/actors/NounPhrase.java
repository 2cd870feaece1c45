package org.dyad.actors;

import java.util.List;
import java.util.Objects;

/**
 * A noun phrase of a sentence as the rules read it: its root unit (the one that modifies no other),
 * every unit below it in text order ({@code members}, the root included), the actors that modify it
 * with those coordinated with them ({@code actors}: "the ambassadors of Arnor, Osgiliath and Gondor"),
 * its agents in text order (with, for an organisation the dictionaries lack, the trade its name ends
 * in: "Hormuud Telecom"), and whether "former" qualifies it. Built by
 * {@link PhraseReading#phrase(Unit)}.
 */
record NounPhrase(Unit root, List<Unit> members, List<Unit> actors, List<Agent> agents, boolean former) {
    NounPhrase {
        Objects.requireNonNull(root, "root");
        members = List.copyOf(members);
        actors = List.copyOf(actors);
        agents = List.copyOf(agents);
    }

    /** The kind of the root unit. */
    Unit.Kind kind() {
        return root.kind;
    }

    /** A code found for the whole phrase: from its first member to its last, headed by its root. */
    Found found(String code, String name, ActorRule rule, String entry) {
        return new Found(code, name, rule, entry, members.get(0).begin, members.get(members.size() - 1).end,
                root.head);
    }
}
