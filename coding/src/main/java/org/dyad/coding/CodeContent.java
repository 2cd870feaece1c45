package org.dyad.coding;

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
 * </ul>
 * Reads the parse around the trigger; writes the selection. Stateless.
 */
final class CodeContent {
    /** Nouns of economic measures: their use against a party is a sanction, not force. */
    static final Set<String> ECONOMIC_MEASURES = Set.of("tariff", "sanction", "duty", "levy", "embargo", "boycott",
            "blockade", "quota", "surcharge");

    private CodeContent() {
    }

    /** The selection, its code made to say what the sentence says. */
    static PatternSelector.Selection refine(SentenceView v, Occurrence o, PatternSelector.Selection selection) {
        if (selection.rule().equals(PatternSelector.PATTERN)) {
            return selection;
        }
        Optional<String> forward = selection.code().forward();
        Optional<CodePair> said = Optional.empty();
        if (forward.filter(c -> c.equals("010")).isPresent()) {
            said = StatementContent.of(v, o.head());
        } else if (forward.filter(c -> c.startsWith("13")).isPresent()) {
            said = StatementContent.warning(v, o.head());
        } else if (forward.filter(CodeContent::coercion).isPresent() && economic(v, o.head())) {
            said = Optional.of(CodePair.of("163"));
        }
        return said.map(c -> new PatternSelector.Selection(c, "statement", selection.entry(), Optional.empty()))
                .orElse(selection);
    }

    private static boolean coercion(String code) {
        return code.startsWith("17") || code.startsWith("18") || code.startsWith("19") || code.startsWith("20");
    }

    /**
     * True when an economic measure is the act's instrument: the head of its subject, of its object
     * or of a phrase of the verb ("by announcing tariffs", "with duties"), or the noun the verb
     * modifies ("tariffs targeting Canada").
     */
    static boolean economic(SentenceView v, int head) {
        SentenceGraph g = v.graph;
        if (g.relation(head).startsWith("acl") && g.head(head) >= 0 && measure(v, g.head(head))) {
            return true;
        }
        for (int c : g.children(head)) {
            String r = g.baseRelation(c);
            if (r.equals("nsubj") || r.equals("obj") || r.equals("obl")) {
                if (measure(v, c)) {
                    return true;
                }
            }
            if (r.equals("advcl")) {
                for (int k : g.children(c)) {
                    if (g.baseRelation(k).equals("obj") && measure(v, k)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean measure(SentenceView v, int t) {
        return ECONOMIC_MEASURES.contains(v.lemma(t));
    }
}
