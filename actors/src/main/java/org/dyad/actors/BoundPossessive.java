package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.ActorRef;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Dependency;
import org.dyad.model.Provenance;
import org.dyad.model.Sentence;
import org.dyad.model.SentenceGraph;

/**
 * {@link ActorRule#BOUND_POSSESSIVE}: "its" or "their" is bound by the nearest subject of a clause
 * around it, as English binds a possessive: "Chad said its troops had captured the outpost" is
 * Chad's troops, "the US said Iran had moved its troops" Iran's. The nearest subject other than the
 * pronoun's own noun phrase decides: when it is an actor (for "its", not a plural noun) the pronoun
 * takes that actor; when it is something else ("the company said its profits rose") the pronoun takes
 * nothing from this rule. Runs before {@link Coreference}, whose chains put such pronouns with a
 * wrong antecedent too often. A clause coordinated with another is not inside it, so its pronoun
 * is left to the chains. Needs the dependency parse.
 */
final class BoundPossessive implements ArticleRule {
    private static final Set<String> PRONOUNS = Set.of("its", "their");

    @Override
    public ActorRule id() {
        return ActorRule.BOUND_POSSESSIVE;
    }

    @Override
    public List<ActorMention> resolve(AnnotatedDocument doc, List<ActorMention> found, String version) {
        List<ActorMention> out = new ArrayList<>();
        for (int s = 0; s < doc.sentences().size(); s++) {
            Sentence sentence = doc.sentences().get(s);
            if (!sentence.parsed()) {
                continue;
            }
            SentenceGraph g = null;
            for (int t = 0; t < sentence.size(); t++) {
                String word = sentence.token(t).word().toLowerCase(Locale.ROOT);
                if (!PRONOUNS.contains(word) || covered(found, s, t)) {
                    continue;
                }
                g = g == null ? SentenceGraph.of(sentence) : g;
                if (!g.relation(t).equals("nmod:poss")) {
                    continue;
                }
                final int sentenceIndex = s;
                final int pronoun = t;
                binder(g, t).flatMap(b -> actorAt(found, sentenceIndex, b))
                        .filter(a -> word.equals("their") || !plural(sentence, a.head()))
                        .ifPresent(a -> out.add(mention(doc, sentenceIndex, pronoun, a, version)));
            }
        }
        return out;
    }

    /** The nearest subject of a clause around the pronoun, other than the noun phrase it is in. */
    static Optional<Integer> binder(SentenceGraph g, int pronoun) {
        int phrase = g.head(pronoun);
        int cur = phrase;
        while (cur != Dependency.ROOT) {
            int clause = g.head(cur);
            String r = g.baseRelation(cur);
            if (clause == Dependency.ROOT || r.equals("conj") || r.equals("parataxis")) {
                // a clause coordinated with another is not inside it: "China has never condemned ...,
                // and their partnership has helped the Kremlin"
                return Optional.empty();
            }
            if (g.sentence().token(clause).isVerb() || !g.children(clause, "cop").isEmpty()) {
                for (int c : g.children(clause)) {
                    if (g.baseRelation(c).equals("nsubj") && c != phrase && c != cur) {
                        return Optional.of(c);
                    }
                }
            }
            cur = clause;
        }
        return Optional.empty();
    }

    private static boolean covered(List<ActorMention> found, int sentence, int token) {
        return found.stream().anyMatch(f -> f.sentence() == sentence && f.covers(token));
    }

    private static Optional<ActorMention> actorAt(List<ActorMention> found, int sentence, int token) {
        return found.stream().filter(f -> f.sentence() == sentence && f.covers(token)).findFirst();
    }

    private static boolean plural(Sentence s, int head) {
        String pos = s.token(head).pos();
        return pos.equals("NNS") || pos.equals("NNPS");
    }

    private static ActorMention mention(AnnotatedDocument doc, int sentence, int t, ActorMention binder,
            String version) {
        var token = doc.sentences().get(sentence).token(t);
        ActorRef a = binder.actor();
        return new ActorMention(sentence, t, t + 1, t, new ActorRef(a.code(), a.name(), token.word(), token.begin(),
                token.end(), new Provenance(ActorRule.BOUND_POSSESSIVE.id(), a.provenance().entry(), version)));
    }
}
