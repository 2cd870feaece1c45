package org.dyad.ontology;

import java.util.Locale;
import java.util.Optional;

/**
 * The sixteen PLOVER event types (PLOVER manual, draft 0.8, 2021), with the quad category each
 * belongs to and whether the manual says an event of the type requires a recipient (a target).
 */
public enum PloverType {
    AGREE(1, false), CONSULT(1, false), SUPPORT(1, false), CONCEDE(1, false),
    COOPERATE(2, true), AID(2, true), RETREAT(2, false),
    REQUEST(3, false), ACCUSE(3, false), REJECT(3, false), THREATEN(3, false),
    PROTEST(4, false), SANCTION(4, true), MOBILIZE(4, false), COERCE(4, false), ASSAULT(4, false);

    private final int quadClass;
    private final boolean requiresRecipient;

    PloverType(int quadClass, boolean requiresRecipient) {
        this.quadClass = quadClass;
        this.requiresRecipient = requiresRecipient;
    }

    /**
     * The quad category in GDELT's numbering: 1 verbal cooperation, 2 material cooperation, 3 verbal
     * conflict, 4 material conflict.
     */
    public int quadClass() {
        return quadClass;
    }

    /** True when an event of this type needs a recipient (COOPERATE, AID, SANCTION). */
    public boolean requiresRecipient() {
        return requiresRecipient;
    }

    /** The type with this name, ignoring case. */
    public static Optional<PloverType> of(String name) {
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
