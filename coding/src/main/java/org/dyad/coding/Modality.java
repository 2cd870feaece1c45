package org.dyad.coding;

import java.util.BitSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Dependency;
import org.dyad.model.Lexicon;
import org.dyad.model.SentenceGraph;

/**
 * How the CAMEO manual treats what is not a plain past or present action.
 *
 * <ul>
 *   <li><b>Negation</b>: a negated action ("has not released", "never met", "neither A nor B
 *       boycotted", "without hurting") is not an event; nor is an action that someone "failed to" do, or that is denied
 *       ("denies it is planning an invasion": the denial is the event, the invasion is not). A
 *       dictionary pattern that spells out the negation ({@code will not *}) codes the negated
 *       phrase itself, and then this rule stands aside.</li>
 *   <li><b>Intent</b>: an action in the complement of a verb of intention ("expected to meet",
 *       "willing to engage", "plans to visit"), or a future action its own actor announces ("he said he
 *       would hold the call"), is coded as the matching "express intent to" code: root 03 for
 *       cooperation, root 13 ("threaten") for material conflict. A plain future ("Ethiopia will break
 *       relations") is coded as the action, as PETRARCH does. A pattern that spells out the modal
 *       ({@code indicated would * now}) gives its own code.</li>
 * </ul>
 * Stateless.
 */
final class Modality {
    /** Acted-on code prefix to the "express intent to" code, most specific prefix first. */
    private static final Map<String, String> INTENT = Map.ofEntries(
            Map.entry("04", "036"), Map.entry("05", "032"),
            Map.entry("06", "031"), Map.entry("061", "0311"), Map.entry("062", "0312"), Map.entry("063", "0313"),
            Map.entry("064", "0314"),
            Map.entry("07", "033"), Map.entry("071", "0331"), Map.entry("072", "0332"), Map.entry("073", "0333"),
            Map.entry("074", "0334"),
            Map.entry("08", "035"), Map.entry("081", "0351"), Map.entry("082", "0352"), Map.entry("083", "034"),
            Map.entry("084", "0353"), Map.entry("085", "0354"), Map.entry("086", "0355"), Map.entry("087", "0356"),
            Map.entry("15", "138"), Map.entry("16", "131"), Map.entry("161", "1313"), Map.entry("162", "1311"),
            Map.entry("163", "1312"), Map.entry("17", "137"), Map.entry("18", "138"), Map.entry("180", "1383"),
            Map.entry("181", "1383"), Map.entry("19", "138"), Map.entry("190", "1384"), Map.entry("191", "1381"),
            Map.entry("192", "1382"), Map.entry("193", "1384"), Map.entry("194", "1384"), Map.entry("195", "1384"),
            Map.entry("20", "1385"));

    private Modality() {
    }

    /** True when a token is a negating word. */
    static boolean negator(String word) {
        return Lexicon.NEGATORS.contains(word.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }

    /** True when a token is a modal or future auxiliary. */
    static boolean modal(String word) {
        return Lexicon.MODALS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True when a pattern's words include a negation, so the pattern codes the negated phrase. */
    static boolean handledBy(BitSet consumed, SentenceView v, boolean negation) {
        for (int t = consumed.nextSetBit(0); t >= 0; t = consumed.nextSetBit(t + 1)) {
            if (negation ? negator(v.word(t)) || negator(v.lemma(t)) : modal(v.word(t))) {
                return true;
            }
        }
        return false;
    }

    /** True when the trigger is negated, or its clause is the complement of a negating head. */
    static boolean negated(SentenceGraph g, int v) {
        for (int c : g.children(v)) {
            String r = g.baseRelation(c);
            if ((r.equals("advmod") || r.equals("neg") || r.equals("det") || r.equals("cc"))
                    && negator(g.sentence().token(c).word())) {
                return true;
            }
            // "without hurting": the action did not happen
            if (r.equals("mark") && g.sentence().token(c).word().equalsIgnoreCase("without")) {
                return true;
            }
        }
        // "neither A nor B boycotted"
        for (Dependency d : g.enhancedChildren(v)) {
            if (d.relation().startsWith("nsubj")) {
                for (int c : g.children(d.dependent(), "cc")) {
                    if (g.sentence().token(c).word().equalsIgnoreCase("neither")) {
                        return true;
                    }
                }
            }
        }
        for (int k = v; g.head(k) >= 0; k = g.head(k)) {
            String r = g.baseRelation(k);
            int head = g.head(k);
            boolean nounComplement = r.equals("acl") && g.sentence().token(head).isNoun()
                    && g.children(k, "mark").stream().anyMatch(m -> g.sentence().token(m).word().equalsIgnoreCase("to"));
            if (!r.equals("xcomp") && !r.equals("ccomp") && !nounComplement) {
                break;
            }
            // "failed to reach", "denies it is planning", and a noun's infinitive: "its reluctance to endorse"
            if (negating(g, head)) {
                return true;
            }
            if (nounComplement) {
                break;
            }
            // the parser often hangs a noun's infinitive on the verb whose object the noun is: "signaling
            // its reluctance to endorse"
            int complement = k;
            if (r.equals("xcomp") && g.children(head, "obj").stream().anyMatch(o -> o < complement && negating(g, o))) {
                return true;
            }
            if (r.equals("xcomp") && negated(g, head)) {
                return true;
            }
        }
        return false;
    }

    /** How a trigger tells of something not done. */
    enum Unrealised {
        /** Told as done (or being done). */
        NO,
        /** Told as future or scheduled: "will meet", "was due to hold talks", "expected to sign". */
        FUTURE,
        /** Told as possible, needed or owed: "could attack", "may have to ask", "must provide". */
        HYPOTHETICAL
    }

    /**
     * Whether the trigger tells of something not done yet: under a future auxiliary ("will meet") or
     * another modal ("could attack", "must provide"), or in the complement of a word of schedule or
     * intention ("due to hold", "expected to meet"), or in a clause of time under such an action
     * ("was due to hold talks before travelling to Washington"): its own words or those of the verbs
     * it hangs on, up to three heads up, through a verb it is coordinated with when it has no subject of
     * its own ("may consider X or ask Y"). A modal of possibility or need anywhere up the chain makes it
     * hypothetical.
     */
    static Unrealised unrealised(SentenceGraph g, int v) {
        Unrealised found = Unrealised.NO;
        for (int k = v, steps = 0; k >= 0 && steps < 4; k = g.head(k), steps++) {
            for (int c : g.children(k, "aux")) {
                String w = g.sentence().token(c).word().toLowerCase(Locale.ROOT);
                if (Lexicon.FUTURE_AUXILIARIES.contains(w)) {
                    found = found == Unrealised.NO ? Unrealised.FUTURE : found;
                } else if (Lexicon.MODALS.contains(w)) {
                    return Unrealised.HYPOTHETICAL;
                }
            }
            String r = g.baseRelation(k);
            int head = g.head(k);
            if (head >= 0 && r.equals("conj") && g.children(k, "nsubj").isEmpty()
                    && g.children(k, "nsubj:pass").isEmpty()) {
                // a verb coordinated without a subject of its own shares its first conjunct's auxiliaries:
                // "may have to consider developing weapons or ask the U.S."
                continue;
            }
            if (head < 0 || !(r.equals("xcomp") || r.equals("advcl"))) {
                return found;
            }
            if (r.equals("xcomp") && (Lexicon.SCHEDULE_WORDS.contains(g.sentence().token(head).word()
                    .toLowerCase(Locale.ROOT)) || Lexicon.INTENDING_WORDS.contains(g.sentence().token(head).lemma()
                    .toLowerCase(Locale.ROOT)))) {
                found = found == Unrealised.NO ? Unrealised.FUTURE : found;
            }
        }
        return found;
    }

    /** True when the trigger is the complement of a verb of intention ("expected to meet"). */
    static boolean intendedByHead(SentenceGraph g, int v) {
        if (g.baseRelation(v).equals("xcomp") && g.head(v) >= 0) {
            return Lexicon.INTENDING_WORDS.contains(g.sentence().token(g.head(v)).lemma().toLowerCase(Locale.ROOT));
        }
        return false;
    }

    /**
     * The reporting verb that announces the trigger as a future action ("he said he would hold the
     * call": said), or -1. The caller checks that the speaker is the actor: only then is it a
     * statement of intent rather than a report about someone else's plans.
     */
    static int announcer(SentenceGraph g, int v) {
        boolean future = false;
        for (int c : g.children(v, "aux")) {
            if (Lexicon.FUTURE_AUXILIARIES.contains(g.sentence().token(c).word().toLowerCase(Locale.ROOT))) {
                future = true;
            }
        }
        if (!future) {
            return -1;
        }
        for (int k = v, steps = 0; g.head(k) >= 0 && steps < 3; k = g.head(k), steps++) {
            // "announced he would hold the call" is often parsed as parataxis
            if (!g.baseRelation(k).equals("ccomp") && !g.baseRelation(k).equals("parataxis")) {
                break;
            }
            if (Lexicon.REPORTING_VERBS.contains(g.sentence().token(g.head(k)).lemma().toLowerCase(Locale.ROOT))) {
                return g.head(k);
            }
        }
        return -1;
    }

    /**
     * The verb of the clause an event noun belongs to as object or oblique ("planning [an invasion]",
     * "denied [the attack]"), or -1 when it has none or is its subject, or when the noun only dates
     * the clause: "failed to convince America to call off the tariffs during two days of talks" did
     * not fail the talks ({@link #TIME_PREPOSITIONS}).
     */
    static int governingVerb(SentenceGraph g, int n) {
        int k = n;
        for (int steps = 0; g.head(k) >= 0 && steps < 4; steps++) {
            String r = g.baseRelation(k);
            if (!r.equals("obj") && !r.equals("obl") && !r.equals("nmod") && !r.equals("iobj") || timing(g, k)) {
                return -1;
            }
            k = g.head(k);
            if (g.sentence().token(k).isVerb()) {
                return k;
            }
        }
        return -1;
    }

    /** Prepositions of a phrase that says when the clause happens, not what it does. */
    private static final Set<String> TIME_PREPOSITIONS = Set.of("during", "after", "before", "since", "until",
            "amid", "throughout", "following");

    private static boolean timing(SentenceGraph g, int k) {
        return g.children(k, "case").stream()
                .anyMatch(c -> TIME_PREPOSITIONS.contains(g.sentence().token(c).word().toLowerCase(Locale.ROOT)));
    }

    /** True when an event noun's clause is negated or denies it ("denies it is planning an invasion"). */
    static boolean nounNegated(SentenceGraph g, int n) {
        if (negated(g, n)) {
            return true;
        }
        int verb = governingVerb(g, n);
        return verb >= 0 && (negated(g, verb) || negating(g, verb));
    }

    /** True when token {@code i} is a word of failure, denial or unwillingness ({@link Lexicon#NEGATING_VERBS}). */
    private static boolean negating(SentenceGraph g, int i) {
        return Lexicon.NEGATING_VERBS.contains(g.sentence().token(i).lemma().toLowerCase(Locale.ROOT));
    }

    /** True when an event noun is the object of a verb of intention ("plans an invasion", "promised aid"). */
    static boolean nounIntended(SentenceGraph g, int n) {
        int verb = governingVerb(g, n);
        return verb >= 0 && (Lexicon.INTENDING_WORDS.contains(g.sentence().token(verb).lemma().toLowerCase(Locale.ROOT))
                || intendedByHead(g, verb));
    }

    /** The code for an intended action of {@code code}; the code itself when CAMEO has none. */
    static String intentCode(String code) {
        for (int n = Math.min(3, code.length()); n >= 2; n--) {
            String i = INTENT.get(code.substring(0, n));
            if (i != null) {
                return i;
            }
        }
        return code;
    }

    /** True when the trigger's lemma is a verb of reporting. */
    static boolean reporting(String lemma) {
        return Lexicon.REPORTING_VERBS.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** True when the trigger's lemma is a verb of intention. */
    static boolean intending(String lemma) {
        return Lexicon.INTENDING_WORDS.contains(lemma.toLowerCase(Locale.ROOT));
    }
}
