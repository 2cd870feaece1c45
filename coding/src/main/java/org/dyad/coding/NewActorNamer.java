package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.dyad.actors.ActorMention;
import org.dyad.model.ActorRef;
import org.dyad.model.Provenance;

/**
 * Makes an actor of a noun phrase the dictionaries do not know, coded by its words in capitals and
 * quotes ({@code "THE MINISTRY OF MAGIC"}), as PETRARCH's {@code new_actor_length} does. Used by
 * argument extraction only when {@link CoderSettings#newActorLength()} is above zero. Immutable.
 */
final class NewActorNamer {
    private final String version;

    NewActorNamer(String version) {
        this.version = Objects.requireNonNull(version, "version");
    }

    /**
     * The actor of the noun phrase headed by {@code head} when it has at most {@code maxWords}
     * words, leaving out its preposition, possessive marks, punctuation and the clauses and
     * conjuncts inside it; empty for a head that is no noun or a longer phrase.
     */
    Optional<ActorMention> name(SentenceView v, int head, int maxWords) {
        if (!v.token(head).isNoun()) {
            return Optional.empty();
        }
        List<Integer> words = new ArrayList<>();
        for (int t : v.graph.subtree(head)) {
            String r = v.graph.baseRelation(t);
            String pos = v.token(t).pos();
            if (t != head && (r.equals("case") && v.graph.head(t) == head || r.equals("punct") || pos.equals("POS"))) {
                continue;
            }
            boolean inClause = false;
            for (int k = t; k != head && k >= 0; k = v.graph.head(k)) {
                String kr = v.graph.baseRelation(k);
                inClause |= kr.equals("acl") || kr.equals("advcl") || kr.equals("ccomp") || kr.equals("conj")
                        || kr.equals("cc");
            }
            if (!inClause) {
                words.add(t);
            }
        }
        if (words.isEmpty() || words.size() > maxWords) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder("\"");
        for (int t : words) {
            code.append(code.length() > 1 ? " " : "").append(v.token(t).word().toUpperCase(Locale.ROOT));
        }
        code.append('"');
        int first = words.get(0);
        int last = words.get(words.size() - 1);
        StringBuilder text = new StringBuilder();
        for (int k = first; k <= last; k++) {
            text.append(k > first ? " " : "").append(v.token(k).word());
        }
        ActorRef ref = new ActorRef(code.toString(), text.toString(), text.toString(), v.token(first).begin(),
                v.token(last).end(), new Provenance("new-actor", "", version));
        return Optional.of(new ActorMention(v.sentence.index(), first, last + 1, head, ref));
    }
}
