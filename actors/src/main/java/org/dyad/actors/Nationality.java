package org.dyad.actors;

import java.util.List;
import java.util.Optional;
import org.dyad.model.SentenceGraph;

/**
 * {@link ActorRule#NATIONALITY}: a person the dictionary does not know, or an organisation it lacks,
 * of whom a relative clause predicates a country's adjective with a copula takes that country's
 * code: "Mehdiyev, who is Azerbaijani, said" gives Mehdiyev {@code AZE}. The person is discovered.
 * Needs the dependency parse.
 */
final class Nationality implements PhraseRule {
    @Override
    public ActorRule id() {
        return ActorRule.NATIONALITY;
    }

    @Override
    public Rule.Stage stage() {
        return Rule.Stage.DESCRIPTION;
    }

    @Override
    public Optional<List<Found>> code(NounPhrase p, PhraseReading r) {
        Unit u = p.root();
        if (!r.parsed() || !r.describable(u)) {
            return Optional.empty();
        }
        SentenceGraph g = r.graph();
        List<Found> described = List.of();
        for (int c : g.children(u.head, "acl:relcl")) {
            Unit w = r.unitAt(c).orElse(null);
            if (described.isEmpty() && w != null && w.coded() && w.entry.kind() == ActorKind.COUNTRY
                    && !g.children(c, "cop").isEmpty()) {
                described = r.codes(w);
            }
        }
        return described.isEmpty() ? Optional.empty()
                : Optional.of(r.describedAs(p, ActorRule.NATIONALITY, described));
    }
}
