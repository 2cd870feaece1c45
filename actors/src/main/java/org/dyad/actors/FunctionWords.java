package org.dyad.actors;

import java.util.Set;

/**
 * The prepositions and determiners by which the resolver reads how the words of a noun phrase
 * relate: "soldiers of Arnor" (owning), "activists in Arnor" (place), "a fellow at the Atlantic
 * Council" (affiliation), "the Senate" (determiner). Lower case.
 */
final class FunctionWords {
    /** Prepositions that tie an actor to an agent's noun phrase: "soldiers of/from Arnor". */
    static final Set<String> OWNING_CASES = Set.of("of", "from", "for");
    /** Prepositions of place: "activists in Arnor" belong there unless the phrase names a country already. */
    static final Set<String> PLACE_CASES = Set.of("in", "at", "within", "inside");
    /** Prepositions that tie a person to the organisation or country they speak for: "X of NATO", "a fellow at Y". */
    static final Set<String> AFFILIATION_CASES = Set.of("of", "for", "at", "from", "with");
    /**
     * Nouns of a mission to somewhere or something, whose "for" names the portfolio, not the principal:
     * "the U.N. special envoy for Syria" speaks for the U.N., "the coordinator for Myanmar" for whoever
     * sent them. "A spokesman for the ministry" and "fighters for Hamas" are not among them.
     */
    static final Set<String> MISSION_NOUNS = Set.of("envoy", "emissary", "ambassador", "rapporteur", "coordinator",
            "representative", "mediator", "negotiator", "delegate", "czar", "tsar");
    static final Set<String> DETERMINERS = Set.of("the", "a", "an");

    private FunctionWords() {
    }
}
