package org.dyad.coding;

import java.util.Optional;
import java.util.Set;

/**
 * Events that both parties take part in alike, under Dyad's conventions: a meeting, a consultation,
 * a negotiation, the signing of an agreement. "Arnor held talks with
 * Gondor" is Gondor's negotiation with Arnor too, and coders of CAMEO code both directions (the gold
 * protocol's "talks between employers and unions"). A code of this kind without a reverse code gets
 * itself as its reverse. Stateless.
 */
final class Reciprocity {
    /**
     * Codes of mutual acts: consult (040), meet at a third location (044), engage in negotiation (046),
     * sign a formal agreement (057). Not a telephone call (041): who calls whom matters ("the mother
     * called police"); nor halting negotiations (164): the side that breaks off talks acts alone.
     */
    static final Set<String> MUTUAL = Set.of("040", "044", "046", "057");

    private Reciprocity() {
    }

    /** The code with its forward code as reverse when the act is mutual and no reverse was given. */
    static CodePair mutual(CodePair code) {
        if (code.reverse().isPresent() || code.forward().isEmpty() || !MUTUAL.contains(code.forward().get())) {
            return code;
        }
        return new CodePair(code.forward(), Optional.of(code.forward().get()));
    }
}
