package org.dyad.actors;

import java.util.List;
import java.util.Optional;

/**
 * {@link ActorRule#ARTICLE_COUNTRY} for a title without a country: a person the dictionary does not
 * know, named only with agent nouns of the state or of the country's own society, is of the
 * article's country ({@link DiscourseContext#localCode}). In an article about Somalia, "Commissioner
 * Omar Alasow said" is {@code SOMGOV} and "prominent journalist Ahmed Yusuf" {@code SOMMED}; the
 * person is discovered. A heuristic: off under PETRARCH's conventions.
 */
final class StoryTitle implements PhraseRule {
    @Override
    public ActorRule id() {
        return ActorRule.ARTICLE_COUNTRY;
    }

    @Override
    public Rule.Stage stage() {
        return Rule.Stage.HEAD;
    }

    @Override
    public boolean enabled(ActorResolver.Settings settings) {
        return !settings.bareAgents();
    }

    @Override
    public Optional<List<Found>> code(NounPhrase p, PhraseReading r) {
        Unit root = p.root();
        if (!r.unknownPerson(root)) {
            return Optional.empty();
        }
        return r.context().localCode(p.agents()).map(code -> {
            String name = r.text(root.begin, root.end);
            Found f = r.found(p, null, code, name, ActorRule.ARTICLE_COUNTRY,
                    r.context().home().orElseThrow() + "+" + r.agentText(p.members()));
            r.discover(root, name, f);
            return List.of(f);
        });
    }
}
