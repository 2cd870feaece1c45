package org.dyad.actors;

import java.util.List;

/**
 * A generic agent noun phrase ("troops", "foreign minister", "intelligence chief") and the sector
 * code it adds to the country or organisation it is attached to ({@code MIL}, {@code GOV},
 * {@code SPY}, ...). A {@code prefix} agent's code goes before the actor's instead of after it, as
 * CAMEO writes organisation types: "MSF Arnor" with the prefix agent {@code NGO} gives {@code NGOARN}.
 */
public record Agent(String code, List<String> names, boolean prefix, String source) {
    public Agent {
        if (code == null || code.isBlank() || code.contains("~")) {
            throw new IllegalArgumentException("agent code must be a non-blank code without '~', was '" + code + "'");
        }
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("agent " + code + " has no phrase");
        }
        if (source == null) {
            throw new IllegalArgumentException("source must not be null; use \"\"");
        }
    }

    /** An agent whose code follows the actor's, as most do ("Russian troops": {@code RUS} then {@code MIL}). */
    public Agent(String code, List<String> names, String source) {
        this(code, names, false, source);
    }
}
