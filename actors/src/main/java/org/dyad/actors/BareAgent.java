package org.dyad.actors;

import java.util.List;
import java.util.Optional;

/**
 * {@link ActorRule#BARE_AGENT}, under PETRARCH's conventions only ({@link ActorResolver.Settings#bareAgents()}):
 * an agent noun phrase without a country or organisation is the agent with the unknown root
 * {@link ActorCode#UNKNOWN_ROOT}. "Officials said" is {@code ---GOV}, "Parliament approved the
 * budget" {@code ---LEG}. Dyad's own settings leave such phrases without a code, since an actor of
 * no country is rarely useful in event data.
 */
final class BareAgent implements PhraseRule {
    @Override
    public ActorRule id() {
        return ActorRule.BARE_AGENT;
    }

    @Override
    public Rule.Stage stage() {
        return Rule.Stage.HEAD;
    }

    @Override
    public boolean enabled(ActorResolver.Settings settings) {
        return settings.bareAgents();
    }

    @Override
    public Optional<List<Found>> code(NounPhrase p, PhraseReading r) {
        return r.phrases().agentsWithoutActor(p).map(shared -> {
            String agents = r.agentText(p.members());
            String code = ActorCode.compose(ActorCode.UNKNOWN_ROOT, shared.agents(), shared.former());
            return List.of(p.found(code, agents, ActorRule.BARE_AGENT, agents));
        });
    }
}
