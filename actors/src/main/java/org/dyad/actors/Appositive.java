package org.dyad.actors;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.SentenceGraph;

/**
 * {@link ActorRule#APPOSITIVE}: a person the dictionary does not know, or an organisation it lacks,
 * takes the codes of a noun phrase in apposition to its name, after it or before it: "Bruno Kahl,
 * Germany's intelligence chief" and "Germany's intelligence chief, Bruno Kahl" are {@code DEUSPY};
 * "Lucy Mtilatila, director of Malawi's Department of Climate Change" is {@code MWI}, the actor that
 * the description names up to three phrases down ({@link PhraseReading#describedAt}). Another
 * person's name describes no one. The person is discovered. Needs the dependency parse.
 */
final class Appositive implements PhraseRule {
    /** Relations by which a description stands beside a name: "Bruno Kahl, Germany's intelligence chief". */
    static final Set<String> RELATIONS = Set.of("appos", "dep");

    @Override
    public ActorRule id() {
        return ActorRule.APPOSITIVE;
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
        for (int c : g.children(u.head)) {
            if (described.isEmpty() && RELATIONS.contains(g.relation(c))) {
                described = r.describedAt(c);
            }
        }
        if (described.isEmpty() && RELATIONS.contains(g.relation(u.head)) && g.head(u.head) >= 0) {
            described = r.describedAt(g.head(u.head));
        }
        return described.isEmpty() ? Optional.empty()
                : Optional.of(r.describedAs(p, ActorRule.APPOSITIVE, described));
    }
}
