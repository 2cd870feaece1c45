package org.dyad.coding;

import java.util.Optional;
import java.util.Set;

/**
 * When a phrase of place names a party to an event. A place only situates most events ("talks in
 * Geneva", "fighting in the city"): argument extraction takes no actor from a phrase of place, time
 * or topic ({@link SentenceView#circumstance}). The CAMEO codebook makes the place a party for a few
 * kinds of event, which this class names by their codes:
 * <ul>
 *   <li>where aid, peacekeepers or forces are sent or arrive, the place is who receives them: aid
 *       (07: "aid to Sudan"), peacekeeping (074, 0861: "peacekeepers arrived in Bosnia"), a show of
 *       force (15: "troops deployed to the border with Ukraine", "on alert in the West Bank");</li>
 *   <li>a visit's destination is who is visited (042, 043: "travelled to the United States"), not a
 *       place where something is attended ("attended a meeting in Doha");</li>
 *   <li>what is withdrawn from or taken from someone has them as its target: yielding (08: "withdrew
 *       from Lebanon"), seizing (17: "confiscated weapons from armed groups"), and secession (1313:
 *       "threatened to secede from the Soviet Union"); so has a rejection what comes from someone
 *       (12: "rejected an offer from the employers"), unless the "from" is set off by a comma
 *       ("declined ..., largely from the Middle East": where someone comes from).</li>
 * </ul>
 * Stateless.
 */
final class PlaceRoles {
    private static final Set<String> RECEIVING = Set.of("in", "into", "to");
    private static final Set<String> VISITED = Set.of("to");
    /** Prepositions of topic for statements, appeals, meetings and cooperation: "a meeting on Afghanistan". */
    private static final Set<String> TOPICS = Set.of("on", "upon");
    private static final Set<String> TAKEN = Set.of("from");
    private PlaceRoles() {
    }

    /**
     * What screens the phrases of an event of this code: under Dyad's conventions, phrases of place,
     * time and topic but for the prepositions the code makes parties, and for statements, appeals,
     * meetings and cooperation (roots 01 to 06) the topic of "on" as well ("a meeting on Afghanistan");
     * under PETRARCH's, none.
     */
    static Screen screen(CoderSettings settings, Optional<String> code) {
        if (!settings.dyad()) {
            return new Screen(false, Set.of(), Set.of());
        }
        boolean verbal = code.filter(c -> c.compareTo("01") >= 0 && c.compareTo("07") < 0).isPresent();
        boolean rejection = code.filter(c -> c.startsWith("12")).isPresent();
        return new Screen(true, of(code), verbal ? TOPICS : Set.of(), rejection);
    }

    /**
     * Which phrases are left out of the search for an actor: with {@code on}, those that only situate
     * ({@link SentenceView#circumstance}), unless introduced by one of {@code parties}, and those
     * introduced by one of {@code topics}. With {@code boundParties}, a preposition of
     * {@code parties} introduces a party only in a phrase bound to its head, not one set off by a
     * comma: a rejection's "from" names who made what is rejected ("rejected an offer from the
     * employers"), while a parenthetical one tells where someone comes from ("declined to take in
     * asylum seekers, largely from the Middle East", which the parser may hang on the verb).
     */
    record Screen(boolean on, Set<String> parties, Set<String> topics, boolean boundParties) {
        Screen {
            parties = Set.copyOf(parties);
            topics = Set.copyOf(topics);
        }

        Screen(boolean on, Set<String> parties, Set<String> topics) {
            this(on, parties, topics, false);
        }

        /** True when the nominal dependent {@code c} is left out. */
        boolean situates(SentenceView v, int c) {
            Set<String> party = boundParties && parenthetical(v, c) ? Set.of() : parties;
            return on && (v.circumstance(c, party)
                    || v.graph.children(c, "case").stream().anyMatch(k -> topics.contains(v.word(k))));
        }

        /** True when a comma comes right before the phrase of {@code c}. */
        private static boolean parenthetical(SentenceView v, int c) {
            int first = v.graph.subtree(c).get(0);
            return first > 0 && v.word(first - 1).equals(",");
        }
    }

    /** The prepositions of place that introduce a party to an event of this code; none for most codes. */
    static Set<String> of(Optional<String> code) {
        if (code.isEmpty()) {
            return Set.of();
        }
        String c = code.get();
        if (c.startsWith("07") || c.startsWith("086") || c.startsWith("15")) {
            return RECEIVING;
        }
        if (c.startsWith("042") || c.startsWith("043")) {
            return VISITED;
        }
        if (c.startsWith("08") || c.startsWith("12") || c.startsWith("17") || c.startsWith("1313")) {
            return TAKEN;
        }
        return Set.of();
    }
}
