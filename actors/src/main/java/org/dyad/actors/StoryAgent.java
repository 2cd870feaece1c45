package org.dyad.actors;

import java.util.List;
import java.util.Optional;

/**
 * {@link ActorRule#STORY_AGENT}: an agent noun phrase that names no country or organisation ("police",
 * "the rebels", "a jury", "unions") is of the story's country, when the story has one and the agents
 * are of the state or the country's own society ({@link DiscourseContext#localCode}). In an article
 * about the Philippines, "Communist rebels killed 18 soldiers" gives {@code PHLREB} and
 * {@code PHLMIL}; in one about Queens, "police arrested the driver" gives {@code USACOP}. Off under
 * PETRARCH's conventions, where {@link BareAgent} gives {@code ---REB}.
 */
final class StoryAgent implements PhraseRule {
    @Override
    public ActorRule id() {
        return ActorRule.STORY_AGENT;
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
        if (p.kind() != Unit.Kind.AGENT && p.kind() != Unit.Kind.NOUN) {
            return Optional.empty();
        }
        NounPhrase shared = r.phrases().sharingFirstConjunct(p);
        if (!shared.actors().isEmpty()) {
            return Optional.empty();
        }
        List<Unit> members = p.members();
        String agents = r.agentText(members);
        return r.context().localCode(shared.agents()).map(code -> List.of(new Found(code, agents,
                ActorRule.STORY_AGENT, r.context().home().orElseThrow() + "+" + agents, members.get(0).begin,
                members.get(members.size() - 1).end, p.root().head)));
    }
}
