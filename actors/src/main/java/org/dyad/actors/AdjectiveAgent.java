package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link ActorRule#ADJECTIVE_AGENT}: an agent noun phrase with a country or organisation, before or
 * after it, is that actor with the agents' sectors. "Russian troops" is {@code RUSMIL}, "soldiers of
 * Arnor" {@code ARNMIL}; "former Russian officials" are {@code RUSELI} ("former" makes the agents
 * {@code ELI}). Each modifying actor, with those coordinated with it, gives one code ("the ambassadors
 * of Arnor, Osgiliath and Gondor" are three) and is folded into it. A later conjunct without an
 * actor of its own shares the first conjunct's ("the Russian media and government" gives
 * {@code RUSMED} and {@code RUSGOV}). An organisation takes no agents under the standard settings
 * ("NATO officials" is {@code IGOWSTNAT}). The rule claims every agent phrase with an actor, even one
 * whose actor has no role on the date.
 *
 * <p>An actor heading its phrase with agent nouns ("MSF Arnor") is read by {@link DictionaryName}.
 */
final class AdjectiveAgent implements PhraseRule {
    @Override
    public ActorRule id() {
        return ActorRule.ADJECTIVE_AGENT;
    }

    @Override
    public Rule.Stage stage() {
        return Rule.Stage.HEAD;
    }

    @Override
    public Optional<List<Found>> code(NounPhrase p, PhraseReading r) {
        if (p.kind() != Unit.Kind.AGENT && p.kind() != Unit.Kind.NOUN) {
            return Optional.empty();
        }
        NounPhrase shared = r.phrases().sharingFirstConjunct(p);
        if (shared.actors().isEmpty()) {
            return Optional.empty();
        }
        List<Found> found = new ArrayList<>();
        String agents = r.agentText(p.members());
        for (Unit a : shared.actors()) {
            a.markUsed();
            for (String code : a.codes()) {
                String c = r.compose(a.entry, code, shared.agents(), shared.former());
                found.add(r.found(p, a, c, a.entry.displayName() + " (" + agents + ")", ActorRule.ADJECTIVE_AGENT,
                        a.entry.id() + "+" + agents));
            }
        }
        return Optional.of(found);
    }
}
