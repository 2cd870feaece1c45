package org.dyad.coding;

import java.util.Optional;
import java.util.Set;

/**
 * Events that both parties take part in alike, under Dyad's conventions: a meeting, a consultation,
 * a negotiation, the signing of an agreement, the breaking off of talks. "Arnor held talks with
 * Gondor" is Gondor's negotiation with Arnor too, and coders of CAMEO code both directions (the gold
 * protocol's "talks between employers and unions"). A code of this kind without a reverse code gets
 * itself as its reverse. Stateless.
 */
final class Reciprocity {
    /**
     * Codes of mutual acts: consult (040), discuss by telephone (041), meet at a third location (044),
     * mediate aside, engage in negotiation (046), sign a formal agreement (057), halt negotiations (164).
     */
    static final Set<String> MUTUAL = Set.of("040", "041", "044", "046", "057", "164");

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
