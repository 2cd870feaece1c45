package org.dyad.actors;

import java.util.List;
import java.util.Optional;
import org.dyad.model.SentenceGraph;

/**
 * {@link ActorRule#ARTICLE_COUNTRY} for an apposition without a country: a person the dictionary does
 * not know, or an organisation it lacks, described by an apposition of agent nouns of the state or of
 * the country's own society that nothing else placed, is of the article's country
 * ({@link DiscourseContext#localCode}). In an article about Somalia, "Ahmed Yusuf, a lawyer,
 * criticized the court" gives Ahmed Yusuf {@code SOMJUD}; the person is discovered. Needs the
 * dependency parse. A heuristic: off under PETRARCH's conventions.
 */
final class StoryApposition implements PhraseRule {
    @Override
    public ActorRule id() {
        return ActorRule.ARTICLE_COUNTRY;
    }

    @Override
    public Rule.Stage stage() {
        return Rule.Stage.DESCRIPTION;
    }

    @Override
    public boolean enabled(ActorResolver.Settings settings) {
        return !settings.bareAgents();
    }

    @Override
    public Optional<List<Found>> code(NounPhrase p, PhraseReading r) {
        Unit u = p.root();
        if (!r.parsed() || !r.describable(u)) {
            return Optional.empty();
        }
        SentenceGraph g = r.graph();
        List<Found> described = List.of();
        for (int c : g.children(u.head)) {
            Unit w = r.unitAt(c).orElse(null);
            if (described.isEmpty() && Appositive.RELATIONS.contains(g.relation(c)) && w != null && w.isRoot()
                    && w.kind == Unit.Kind.AGENT && r.codes(w).isEmpty()) {
                NounPhrase description = r.phrase(w);
                Optional<String> code = r.context().localCode(description.agents());
                if (code.isPresent()) {
                    described = List.of(new Found(code.get(), "", ActorRule.ARTICLE_COUNTRY,
                            r.context().home().orElseThrow() + "+" + r.agentText(description.members()), w.begin,
                            w.end, w.head));
                }
            }
        }
        return described.isEmpty() ? Optional.empty()
                : Optional.of(r.describedAs(p, ActorRule.ARTICLE_COUNTRY, described));
    }
}
