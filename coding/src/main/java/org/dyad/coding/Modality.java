package org.dyad.coding;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.model.SentenceGraph;

/**
 * How the CAMEO manual treats what is not a plain past or present action.
 *
 * <ul>
 *   <li><b>Negation</b>: a negated action ("has not released", "never met") is not an event; nor is
 *       an action that someone "failed to" do, or that is denied ("denies it is planning an invasion":
 *       the denial is the event, the invasion is not).</li>
 *   <li><b>Intent</b>: a future or intended cooperative action ("would hold the call", "expected to
 *       meet", "willing to engage") is coded as the matching "express intent to" code of root 03;
 *       a future material conflict action is a threat (root 13).</li>
 * </ul>
 * Stateless.
 */
final class Modality {
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
    private static final Set<String> FUTURE_AUX = Set.of("will", "would", "shall", "'ll");
    /** Heads whose complement is intended, not done: "expected to meet", "plans to visit". */
    private static final Set<String> INTENT_HEADS = Set.of("expect", "plan", "intend", "want", "hope", "seek", "aim",
            "prepare", "propose", "offer", "promise", "vow", "pledge", "willing", "ready", "prepared", "eager",
            "agree", "decide", "announce", "wish", "consider", "mull");
    /** Heads whose complement did not happen or is denied. */
    private static final Set<String> NEGATING_HEADS = Set.of("fail", "deny", "refuse", "decline", "refute");
    /** Root of the acted-on code to the "express intent to" code. */
    private static final Map<String, String> INTENT = Map.ofEntries(
            Map.entry("04", "036"), Map.entry("05", "032"), Map.entry("06", "031"), Map.entry("07", "033"),
            Map.entry("08", "035"), Map.entry("15", "138"), Map.entry("16", "1312"), Map.entry("17", "138"),
            Map.entry("18", "138"), Map.entry("19", "138"), Map.entry("20", "138"));

    private Modality() {
    }

    /** True when the trigger is negated or under a negating head. */
    static boolean negated(SentenceGraph g, int v) {
        for (int c : g.children(v)) {
            String r = g.baseRelation(c);
            if ((r.equals("advmod") || r.equals("neg") || r.equals("det"))
                    && NEGATORS.contains(g.sentence().token(c).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        for (int k = v; g.head(k) >= 0; k = g.head(k)) {
            String r = g.baseRelation(k);
            if (!r.equals("xcomp") && !r.equals("ccomp")) {
                break;
            }
            if (NEGATING_HEADS.contains(g.sentence().token(g.head(k)).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** True when the trigger is future or intended. */
    static boolean intended(SentenceGraph g, int v) {
        for (int c : g.children(v, "aux")) {
            if (FUTURE_AUX.contains(g.sentence().token(c).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        if (g.baseRelation(v).equals("xcomp") && g.head(v) >= 0) {
            String head = g.sentence().token(g.head(v)).lemma().toLowerCase(Locale.ROOT);
            return INTENT_HEADS.contains(head);
        }
        return false;
    }

    /** The code for an intended action of {@code code}. */
    static String intentCode(String code) {
        return INTENT.getOrDefault(code.substring(0, 2), code);
    }
}
