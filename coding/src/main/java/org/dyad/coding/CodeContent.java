package org.dyad.coding;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.SentenceGraph;

/**
 * The step after pattern selection, under Dyad's conventions: the code a verb's own sense gave,
 * made to say what the sentence says. Patterns are left as they are: a pattern already reads the
 * words around the verb.
 * <ul>
 *   <li>A bare statement (010) whose reported clause tells more is a demand, an appeal, criticism or
 *       praise ({@link StatementContent#of}).</li>
 *   <li>A warning that announces nothing to come is a statement or criticism, not a threat
 *       ({@link StatementContent#warning}).</li>
 *   <li>Coercion or force (CAMEO 17 to 20) whose instrument is an economic measure ("retaliated by
 *       announcing tariffs", "tariffs targeting Canada", "punishing China with duties") is an
 *       embargo, boycott or sanctions (163).</li>
 *   <li>An attack or a killing (CAMEO 18 and 19) takes the code of its weapon, as the codebook sorts
 *       force by its means: a bomb or a mine is a bombing (183: "19 soldiers were killed after land
 *       mines blew up a vehicle", "killed by a roadside bomb"), shells and artillery fighting with
 *       artillery (194), an airstrike, a missile or a drone aerial weapons (195).</li>
 * </ul>
 * Reads the parse around the trigger; writes the selection. Stateless.
 */
final class CodeContent {
    /** Nouns of economic measures: their use against a party is a sanction, not force. */
    static final Set<String> ECONOMIC_MEASURES = Set.of("tariff", "sanction", "duty", "levy", "embargo", "boycott",
            "blockade", "quota", "surcharge");

    /** Weapons, by the CAMEO code of force used with them. */
    private static final Map<String, String> WEAPONS = Map.ofEntries(
            Map.entry("bomb", "183"), Map.entry("mine", "183"), Map.entry("landmine", "183"),
            Map.entry("explosive", "183"), Map.entry("ied", "183"), Map.entry("bombing", "183"),
            Map.entry("shell", "194"), Map.entry("shelling", "194"), Map.entry("artillery", "194"),
            Map.entry("mortar", "194"), Map.entry("tank", "194"),
            Map.entry("airstrike", "195"), Map.entry("missile", "195"), Map.entry("drone", "195"),
            Map.entry("warplane", "195"), Map.entry("rocket", "195"));

    private CodeContent() {
    }

    /** The selection, its code made to say what the sentence says. */
    static PatternSelector.Selection refine(SentenceView v, Occurrence o, PatternSelector.Selection selection) {
        if (selection.rule().equals(PatternSelector.PATTERN)) {
            return selection;
        }
        Optional<String> forward = selection.code().forward();
        Optional<CodePair> said = Optional.empty();
        Optional<CodePair> done = Optional.empty();
        if (forward.filter(c -> c.equals("010")).isPresent()) {
            said = StatementContent.of(v, o.head());
        } else if (forward.filter(c -> c.startsWith("13")).isPresent()) {
            said = StatementContent.warning(v, o.head());
        } else if (forward.filter(CodeContent::coercion).isPresent() && economic(v, o.head())) {
            said = Optional.of(CodePair.of("163"));
        } else if (forward.filter(c -> c.startsWith("18") || c.startsWith("19")).isPresent()) {
            done = weapon(v, o.head()).filter(w -> !forward.get().startsWith(w)).map(CodePair::of);
        }
        if (said.isPresent()) {
            return new PatternSelector.Selection(said.get(), "statement", selection.entry(), Optional.empty());
        }
        return done.map(c -> new PatternSelector.Selection(c, "weapon", selection.entry(), Optional.empty()))
                .orElse(selection);
    }

    private static boolean coercion(String code) {
        return code.startsWith("17") || code.startsWith("18") || code.startsWith("19") || code.startsWith("20");
    }

    /**
     * True when an economic measure is the act's instrument: the head of its subject, of its object
     * or of a phrase of the verb ("by announcing tariffs", "with duties"), or of an adverbial
     * clause's object, or the noun the verb modifies ("tariffs targeting Canada").
     */
    static boolean economic(SentenceView v, int head) {
        SentenceGraph g = v.graph;
        if (g.relation(head).startsWith("acl") && g.head(head) >= 0 && measure(v, g.head(head))) {
            return true;
        }
        return instrument(v, head, ECONOMIC_MEASURES, Set.of("obj")).isPresent();
    }

    /**
     * The code of the weapon an act of force is done with: the head of its subject, object or a phrase
     * of the verb ("killed by a roadside bomb", "hit with artillery"), or of the subject or object of an
     * adverbial clause ("killed after land mines blew up a vehicle").
     */
    static Optional<String> weapon(SentenceView v, int head) {
        return instrument(v, head, WEAPONS.keySet(), Set.of("nsubj", "obj")).map(t -> WEAPONS.get(v.lemma(t)));
    }

    /**
     * The first token among the verb's subject, object and obliques, then the {@code inClause}
     * dependents of its adverbial clauses, whose lemma is one of {@code nouns}: what the act is done with.
     */
    private static Optional<Integer> instrument(SentenceView v, int head, Set<String> nouns, Set<String> inClause) {
        SentenceGraph g = v.graph;
        for (int c : g.children(head)) {
            String r = g.baseRelation(c);
            if ((r.equals("nsubj") || r.equals("obj") || r.equals("obl")) && nouns.contains(v.lemma(c))) {
                return Optional.of(c);
            }
            if (r.equals("advcl")) {
                for (int k : g.children(c)) {
                    if (inClause.contains(g.baseRelation(k)) && nouns.contains(v.lemma(k))) {
                        return Optional.of(k);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean measure(SentenceView v, int t) {
        return ECONOMIC_MEASURES.contains(v.lemma(t));
    }
}
