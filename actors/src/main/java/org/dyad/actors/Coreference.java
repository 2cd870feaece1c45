package org.dyad.actors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.dyad.model.ActorRef;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.CorefChain;
import org.dyad.model.Mention;
import org.dyad.model.Provenance;
import org.dyad.model.SentenceGraph;

/**
 * {@link ActorRule#COREFERENCE}: the mentions of a coreference chain that no other rule resolved
 * take the actor of the chain's anchor, the first of its mentions (the representative first) whose
 * head a resolved mention covers. "He added" after "Sergey Lavrov spoke", in one chain, is
 * {@code RUSGOV}. The provenance keeps the anchor's entry. A pronoun that a subject around it binds
 * ({@link BoundPronoun}) takes nothing from a chain that subject is not in.
 */
final class Coreference implements ArticleRule {
    @Override
    public ActorRule id() {
        return ActorRule.COREFERENCE;
    }

    @Override
    public List<ActorMention> resolve(AnnotatedDocument doc, List<ActorMention> found, String version) {
        List<ActorMention> out = new ArrayList<>();
        for (CorefChain chain : doc.coreference()) {
            Optional<ActorMention> anchor = Optional.empty();
            List<Mention> order = new ArrayList<>(chain.mentions());
            Collections.swap(order, 0, chain.representative());
            for (Mention m : order) {
                anchor = found.stream().filter(a -> a.sentence() == m.sentence() && a.covers(m.head())).findFirst();
                if (anchor.isPresent()) {
                    break;
                }
            }
            if (anchor.isEmpty()) {
                continue;
            }
            ActorRef a = anchor.get().actor();
            for (Mention m : chain.mentions()) {
                boolean covered = found.stream().anyMatch(f -> f.sentence() == m.sentence() && f.covers(m.head()))
                        || out.stream().anyMatch(f -> f.sentence() == m.sentence() && f.covers(m.head()));
                if (!covered && !boundElsewhere(doc, chain, m)) {
                    out.add(new ActorMention(m.sentence(), m.tokenBegin(), m.tokenEnd(), m.head(),
                            new ActorRef(a.code(), a.name(), m.text(), m.begin(), m.end(),
                                    new Provenance(ActorRule.COREFERENCE.id(), a.provenance().entry(), version))));
                }
            }
        }
        return out;
    }

    /**
     * True for a one-word pronoun that a name or a person around it binds ({@link BoundPronoun#binder})
     * when that binder is not in the chain: "Plants said he was pleased" is Plants, whatever chain the
     * parser's coreference put "he" in. A definite description that binds it ("the group said it had
     * killed ten") refers back itself, so the pronoun's chain stays the best guess.
     */
    private static boolean boundElsewhere(AnnotatedDocument doc, CorefChain chain, Mention m) {
        if (m.tokenEnd() - m.tokenBegin() != 1 || m.sentence() >= doc.sentences().size()
                || !doc.sentences().get(m.sentence()).parsed()) {
            return false;
        }
        SentenceGraph g = SentenceGraph.of(doc.sentences().get(m.sentence()));
        return BoundPronoun.binder(g, m.head())
                .filter(b -> g.sentence().token(b).isProperNoun() || g.sentence().token(b).ner().equals("PERSON"))
                .filter(b -> chain.mentions().stream()
                        .noneMatch(x -> x.sentence() == m.sentence() && x.tokenBegin() <= b && b < x.tokenEnd()))
                .isPresent();
    }
}
