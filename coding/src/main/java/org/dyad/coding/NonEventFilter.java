package org.dyad.coding;

import java.util.Optional;
import java.util.Set;
import org.dyad.model.SentenceGraph;

/**
 * The step before coding a trigger, under Dyad's conventions: is the trigger told as something
 * that happens at all? It is not when it is
 * <ul>
 *   <li>{@link Reason#CONDITION under a condition}: "if the United States imposes tariffs", "unless
 *       the rebels withdraw";</li>
 *   <li>{@link Reason#CLAIM the content of a claim the article does not assert}: the clause of a
 *       noun of claiming or reporting, "Iranian charges that Kuwait is supporting Iraq", "reports that
 *       the minister resigned" (the claim itself may be an event of its own: the charge);</li>
 *   <li>{@link Reason#ROLE a description of who someone is}: a relative clause of office, "X, who
 *       heads the university", a relative clause in the simple present on a common noun, "a company
 *       that provides services", or a participle set off by a comma, "Y, negotiating for the employers,
 *       said";</li>
 *   <li>{@link Reason#QUESTION asked}: the main verb of a question.</li>
 * </ul>
 * Reads the parse around the trigger; writes nothing. Stateless.
 */
final class NonEventFilter {
    /** Why a trigger tells of no event. */
    enum Reason {
        CONDITION, CLAIM, ROLE, QUESTION
    }

    /** Subordinators of a condition. */
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether", "lest");
    /** Nouns whose clause is someone's claim, fear or expectation, not a fact the article asserts. */
    static final Set<String> CLAIMS = Set.of("charge", "accusation", "allegation", "claim", "report",
            "rumor", "rumour", "fear", "speculation", "suspicion", "assertion", "suggestion", "belief", "view",
            "theory", "hope", "possibility", "prospect", "threat", "warning", "expectation", "concern");
    /** Verbs that say what office or part someone holds: "X, who heads the university". */
    private static final Set<String> ROLES = Set.of("head", "lead", "chair", "run", "represent", "own", "oversee",
            "manage", "direct", "command", "serve", "work", "employ", "govern", "rule", "control", "found",
            "negotiate", "belong");
    /** How many heads up from the trigger a condition or claim is looked for. */
    private static final int DEPTH = 6;

    private NonEventFilter() {
    }

    /** Why the trigger at {@code head} tells of no event, or empty when it may. */
    static Optional<Reason> reason(SentenceView v, int head) {
        SentenceGraph g = v.graph;
        if (role(v, head)) {
            return Optional.of(Reason.ROLE);
        }
        for (int k = head, steps = 0; k >= 0 && steps < DEPTH; k = g.head(k), steps++) {
            String r = g.baseRelation(k);
            // whatever the parser made of the clause ("if the United States imposes tariffs" left as a
            // bare dep of a noun), its subordinator says it is a condition
            for (int m : g.children(k, "mark")) {
                if (CONDITIONS.contains(v.word(m).toLowerCase(java.util.Locale.ROOT))) {
                    return Optional.of(Reason.CONDITION);
                }
            }
            int governor = g.head(k);
            if (governor >= 0 && (r.equals("acl") || r.equals("ccomp")) && v.token(governor).isNoun()
                    && CLAIMS.contains(v.lemma(governor))) {
                return Optional.of(Reason.CLAIM);
            }
        }
        if (g.head(head) < 0 && question(v)) {
            return Optional.of(Reason.QUESTION);
        }
        return Optional.empty();
    }

    /** A relative clause of office, or a participle after a comma that describes a noun. */
    private static boolean role(SentenceView v, int head) {
        SentenceGraph g = v.graph;
        int governor = g.head(head);
        if (governor < 0) {
            return false;
        }
        if (g.relation(head).equals("acl:relcl") && (ROLES.contains(v.lemma(head)) || habitual(v, head, governor))) {
            return true;
        }
        String pos = v.token(head).pos();
        return g.baseRelation(head).equals("acl") && v.token(governor).isNoun() && head > 0
                && v.word(head - 1).equals(",") && (pos.equals("VBG") || pos.equals("VBN"));
    }

    /**
     * A relative clause in the simple present on a common noun says what a kind of thing does, not
     * what happened: "a company that provides immigration services", "the office where she assists
     * the spokesperson". News tells events in the past or the perfect.
     */
    private static boolean habitual(SentenceView v, int head, int governor) {
        String pos = v.token(head).pos();
        String governing = v.token(governor).pos();
        return (pos.equals("VBZ") || pos.equals("VBP")) && (governing.equals("NN") || governing.equals("NNS"))
                && v.graph.children(head, "aux").isEmpty() && v.graph.children(head, "aux:pass").isEmpty();
    }

    /** True when the sentence ends in a question mark (closing quotation marks aside). */
    private static boolean question(SentenceView v) {
        for (int t = v.size() - 1; t >= 0; t--) {
            String w = v.word(t);
            if (!(w.equals("\"") || w.equals("'") || w.equals("''") || w.equals("\u201d") || w.equals("\u2019"))) {
                return w.equals("?");
            }
        }
        return false;
    }
}
