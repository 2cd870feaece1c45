package org.dyad.actors;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Unaffiliated armed forces named only by an agent noun ("gunmen", "militants", "a militia") that the
 * sentence ties to no country or organisation. When the article names exactly one armed group
 * (rebels, insurgents or unaffiliated armed forces by name: "al-Shabaab", {@code SOMREB}), such a
 * noun refers to it, as a definite description does ({@link ActorRule#DEFINITE_DESCRIPTION}): "gunmen
 * stormed the hotel ... al-Shabaab claimed the attack". When it names none, they are {@code ---UAF}
 * ({@link ActorRule#BARE_AGENT}): CAMEO's code says their affiliation is unknown, and the story's
 * country is no answer ({@link DiscourseContext#localCode} leaves them out), yet "gunmen killed five
 * soldiers" is an act of force that event data needs. When it names several, which one is meant is
 * left open and the noun has no code. Other agents without a country stay without a code
 * ({@link BareAgent}).
 */
final class BareArmedAgent implements PhraseRule {
    private static final String SECTOR = "UAF";

    @Override
    public ActorRule id() {
        return ActorRule.BARE_AGENT;
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
        List<Agent> agents = shared.agents();
        if (!shared.actors().isEmpty() || agents.isEmpty() || shared.former()
                || !agents.stream().allMatch(a -> !a.prefix() && ActorCode.root(a.code()).equals(SECTOR))) {
            return Optional.empty();
        }
        List<Unit> members = p.members();
        String text = r.agentText(members);
        int begin = members.get(0).begin;
        int end = members.get(members.size() - 1).end;
        Map<String, String> named = r.context().armedGroups();
        if (named.size() > 1) {
            return Optional.empty();
        }
        if (named.size() == 1) {
            Map.Entry<String, String> group = named.entrySet().iterator().next();
            return Optional.of(List.of(new Found(group.getKey(), group.getValue(), ActorRule.DEFINITE_DESCRIPTION,
                    text + "=" + group.getValue(), begin, end, p.root().head)));
        }
        String code = ActorCode.compose(ActorCode.UNKNOWN_ROOT, agents, false);
        return Optional.of(List.of(new Found(code, text, ActorRule.BARE_AGENT, text, begin, end, p.root().head)));
    }
}
