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

/**
 * {@link ActorRule#COREFERENCE}: the mentions of a coreference chain that no other rule resolved
 * take the actor of the chain's anchor, the first of its mentions (the representative first) whose
 * head a resolved mention covers. "He added" after "Sergey Lavrov spoke", in one chain, is
 * {@code RUSGOV}. The provenance keeps the anchor's entry.
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
                if (!covered) {
                    out.add(new ActorMention(m.sentence(), m.tokenBegin(), m.tokenEnd(), m.head(),
                            new ActorRef(a.code(), a.name(), m.text(), m.begin(), m.end(),
                                    new Provenance(ActorRule.COREFERENCE.id(), a.provenance().entry(), version))));
                }
            }
        }
        return out;
    }
}
