package org.dyad.actors;

import java.util.List;
import java.util.Optional;

/**
 * {@link ActorRule#ARTICLE_COUNTRY} for an organisation: an organisation the dictionaries lack that
 * nothing owns, describes or places is of the article's country, with the sector of the agent noun
 * its name ends in. In an article about Somalia, "Hormuud Telecom raised its prices" gives Hormuud
 * Telecom {@code SOMMED}. A guess, not a discovery: every mention of the name guesses the same. Off
 * under PETRARCH's conventions.
 */
final class StoryOrganisation implements PhraseRule {
    @Override
    public ActorRule id() {
        return ActorRule.ARTICLE_COUNTRY;
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
        Optional<String> home = r.context().home();
        if (u.kind != Unit.Kind.ORG || home.isEmpty()) {
            return Optional.empty();
        }
        String name = r.text(u.begin, u.end);
        return Optional.of(List.of(r.found(p, null, ActorCode.compose(home.get(), p.agents(), false), name,
                ActorRule.ARTICLE_COUNTRY, home.get() + "+" + name)));
    }
}
