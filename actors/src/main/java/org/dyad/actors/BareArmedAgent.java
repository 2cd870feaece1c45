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
        Optional<NounPhrase> shared = r.phrases().agentsWithoutActor(p);
        if (shared.isEmpty() || shared.get().agents().isEmpty() || shared.get().former() || !shared.get().agents()
                .stream().allMatch(a -> !a.prefix() && ActorCode.root(a.code()).equals(SECTOR))) {
            return Optional.empty();
        }
        String text = r.agentText(p.members());
        Map<String, String> named = r.context().armedGroups();
        if (named.size() > 1) {
            return Optional.empty();
        }
        if (named.size() == 1) {
            Map.Entry<String, String> group = named.entrySet().iterator().next();
            return Optional.of(List.of(p.found(group.getKey(), group.getValue(), ActorRule.DEFINITE_DESCRIPTION,
                    text + "=" + group.getValue())));
        }
        String code = ActorCode.compose(ActorCode.UNKNOWN_ROOT, shared.get().agents(), false);
        return Optional.of(List.of(p.found(code, text, ActorRule.BARE_AGENT, text)));
    }
}
