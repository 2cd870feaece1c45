package org.dyad.actors;

import java.util.List;
import java.util.Optional;
import org.dyad.model.SentenceGraph;

/**
 * {@link ActorRule#APPOSITIVE} shared along a coordination: names coordinated with a person's name
 * that an apposition described take the same codes. In "three members of the U.S. Senate — Chuck
 * Grassley, Jeanne Shaheen and Jim Risch — criticized the decision", Grassley's apposition makes him
 * {@code USALEG}, and Shaheen and Risch are {@code USALEG} too. Each is discovered. Needs the
 * dependency parse.
 */
final class CoordinatedApposition implements PhraseRule {
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
        if (!g.relation(u.head).equals("conj") || g.head(u.head) < 0) {
            return Optional.empty();
        }
        Unit w = r.unitAt(g.head(u.head)).orElse(null);
        List<Found> f = w == null || w == u ? List.of() : r.codes(w);
        if (!f.isEmpty() && (w.kind == Unit.Kind.PERSON || r.personLike(w))
                && Appositive.RELATIONS.contains(g.relation(w.head))
                && f.stream().allMatch(x -> x.rule() == ActorRule.APPOSITIVE)) {
            return Optional.of(r.describedAs(p, ActorRule.APPOSITIVE, f));
        }
        return Optional.empty();
    }
}
