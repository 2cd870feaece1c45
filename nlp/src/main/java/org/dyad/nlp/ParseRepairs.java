package org.dyad.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.SentenceGraph;
import org.dyad.model.Token;

/**
 * Corrects analyses that the CoreNLP English parser gets wrong in a recognisable way, before any
 * rule reads them. Each repair is a configuration that is (almost) never the right analysis:
 *
 * <ul>
 *   <li><b>subordinated gerund</b>: "... while threatening Moscow with sanctions" parsed with
 *       "threatening" as an adjective of "Moscow" and "Moscow" hanging from "while". A subordinator
 *       followed by a gerund and a noun phrase is an adverbial clause whose object is the noun
 *       phrase; the repair re-attaches the gerund as {@code advcl} of the clause the subordinator
 *       modified, the noun as its {@code obj}, the subordinator as its {@code mark}, and the noun's
 *       case-marked modifiers ("with sanctions") as its obliques.</li>
 *   <li><b>participle of a partitive</b>: "something in the written responses submitted by the US",
 *       parsed with "submitted" modifying "something". When an indefinite or quantifying pronoun
 *       ("something", "much", "one", "some") heads a prepositional phrase and a past participle follows
 *       the phrase's noun directly, the participle describes that noun: the pronoun only picks out a
 *       part of it. The repair re-attaches the participle ({@code acl}) to the noun.</li>
 *   <li><b>predicate stranded in a relative clause</b>: "Iraqi President Saddam Hussein, who presided
 *       over a meeting ..., visited Mosul today", parsed with the noun as the root and "visited" as a
 *       bare {@code dep} of "presided". A finite verb without a subject, after a comma, hanging from
 *       the relative clause of a root noun is the sentence's predicate and the noun its subject (a
 *       relative clause never takes a second finite verb without a conjunction); the repair makes the
 *       verb the root, the noun its {@code nsubj}, and moves the final punctuation to the verb.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class ParseRepairs {
    private static final Set<String> SUBORDINATORS = Set.of("while", "after", "before", "by", "when", "since",
            "without", "upon", "despite", "through", "in");
    /** Pronouns that pick out a part or an unnamed member of the noun phrase they govern. */
    private static final Set<String> PARTITIVES = Set.of("something", "anything", "nothing", "everything", "much",
            "little", "some", "any", "many", "most", "all", "none", "one", "several", "few", "each", "both", "half");

    private ParseRepairs() {
    }

    static Sentence repair(Sentence s) {
        if (!s.parsed()) {
            return s;
        }
        Sentence out = s;
        for (int t = 1; t < out.size() - 1; t++) {
            // the tag first: building the sentence's graph for every word would cost its length squared
            String pos = out.token(t).pos();
            if (pos.equals("VBG")) {
                out = subordinatedGerund(out, t);
            } else if (pos.equals("VBN")) {
                out = partitiveParticiple(out, t);
            } else if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) {
                out = strandedPredicate(out, t);
            }
        }
        return out;
    }

    private static Sentence subordinatedGerund(Sentence s, int t) {
        SentenceGraph g = SentenceGraph.of(s);
        Token gerund = s.token(t);
        int sub = t - 1;
        int noun = g.head(t);
        if (!gerund.pos().equals("VBG") || !g.baseRelation(t).equals("amod") || noun != t + 1
                || !SUBORDINATORS.contains(s.token(sub).word().toLowerCase(Locale.ROOT))) {
            return s;
        }
        int clause = g.head(sub);
        if (clause < 0 || g.head(noun) != sub) {
            return s;
        }
        List<Dependency> basic = new ArrayList<>();
        List<Dependency> enhanced = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            basic.add(rewired(d, g, t, sub, noun, clause, false));
        }
        for (Dependency d : s.enhanced()) {
            enhanced.add(rewired(d, g, t, sub, noun, clause, true));
        }
        return s.withParse(basic, enhanced);
    }

    private static Sentence partitiveParticiple(Sentence s, int t) {
        SentenceGraph g = SentenceGraph.of(s);
        int pronoun = g.head(t);
        int noun = t - 1;
        if (!s.token(t).pos().equals("VBN") || !g.baseRelation(t).equals("acl") || pronoun < 0 || pronoun >= noun
                || !PARTITIVES.contains(s.token(pronoun).word().toLowerCase(Locale.ROOT))
                || !s.token(noun).isNoun() || g.head(noun) != pronoun || !g.baseRelation(noun).equals("nmod")
                || !g.children(t, "nsubj").isEmpty()) {
            return s;
        }
        List<Dependency> basic = new ArrayList<>();
        List<Dependency> enhanced = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            basic.add(d.dependent() == t && d.governor() == pronoun ? new Dependency(noun, t, d.relation()) : d);
        }
        for (Dependency d : s.enhanced()) {
            enhanced.add(d.dependent() == t && d.governor() == pronoun ? new Dependency(noun, t, d.relation()) : d);
        }
        return s.withParse(basic, enhanced);
    }

    private static Sentence strandedPredicate(Sentence s, int t) {
        SentenceGraph g = SentenceGraph.of(s);
        int clause = g.head(t);
        int noun = clause < 0 ? -1 : g.head(clause);
        if (!g.baseRelation(t).equals("dep") || clause < 0 || clause > t || noun < 0
                || !g.relation(clause).equals("acl:relcl") || g.head(noun) != Dependency.ROOT
                || !s.token(noun).isNoun() || !g.children(t, "nsubj").isEmpty()
                || !s.token(t - 1).word().equals(",")) {
            return s;
        }
        List<Dependency> basic = new ArrayList<>();
        List<Dependency> enhanced = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            basic.add(promoted(d, t, clause, noun));
        }
        for (Dependency d : s.enhanced()) {
            enhanced.add(promoted(d, t, clause, noun));
        }
        return s.withParse(basic, enhanced);
    }

    /** The arc with the stranded verb {@code t} as root, the root noun as its subject and the final punctuation on it. */
    private static Dependency promoted(Dependency d, int t, int clause, int noun) {
        if (d.dependent() == t && d.governor() == clause) {
            return new Dependency(Dependency.ROOT, t, "root");
        }
        if (d.dependent() == noun && d.governor() == Dependency.ROOT) {
            return new Dependency(t, noun, "nsubj");
        }
        if (d.governor() == noun && d.dependent() > t && d.relation().equals("punct")) {
            return new Dependency(t, d.dependent(), "punct");
        }
        return d;
    }

    private static Dependency rewired(Dependency d, SentenceGraph g, int t, int sub, int noun, int clause,
            boolean enhanced) {
        int dep = d.dependent();
        if (dep == t) {
            return new Dependency(clause, t, "advcl");
        }
        if (dep == sub) {
            return new Dependency(t, sub, "mark");
        }
        if (dep == noun) {
            return new Dependency(t, noun, "obj");
        }
        if (d.governor() == noun && d.relation().startsWith("nmod")) {
            int c = g.child(dep, "case");
            if (c >= 0) {
                String prep = g.sentence().token(c).lemma().toLowerCase(Locale.ROOT);
                return new Dependency(t, dep, enhanced ? "obl:" + prep : "obl");
            }
        }
        return d;
    }
}
