package org.dyad.actors;

import java.util.List;
import java.util.Optional;
import org.dyad.model.SentenceGraph;

/**
 * {@link ActorRule#AFFILIATION}: a person the dictionary does not know, or an organisation it lacks,
 * tied by <i>of</i>, <i>for</i>, <i>at</i>, <i>from</i> or <i>with</i> to a noun phrase that names
 * an actor takes that actor's codes: "Anna Kovacs with Human Rights Watch said" gives Anna Kovacs
 * {@code NGOHRI}. The person is discovered. Needs the dependency parse. Where <i>of</i>, <i>for</i> or <i>from</i> (or
 * <i>at</i>, of place) attaches the actor inside the person's own noun phrase, {@link TitleName}
 * reads it first: "Daniel Fried of Human Rights Watch" is {@code NGOHRI} by {@code title-name}.
 */
final class Affiliation implements PhraseRule {
    @Override
    public ActorRule id() {
        return ActorRule.AFFILIATION;
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
            if (described.isEmpty() && g.baseRelation(c).equals("nmod")
                    && FunctionWords.AFFILIATION_CASES.contains(r.caseOf(c)) && !r.portfolio(c)) {
                described = r.describedAt(c);
            }
        }
        return described.isEmpty() ? Optional.empty()
                : Optional.of(r.describedAs(p, ActorRule.AFFILIATION, described));
    }
}
