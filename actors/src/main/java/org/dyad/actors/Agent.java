package org.dyad.actors;

import java.util.List;

/**
 * A generic agent noun phrase ("troops", "foreign minister", "intelligence chief") and the sector
 * code it adds to the country or organisation it is attached to ({@code MIL}, {@code GOV},
 * {@code SPY}, ...).
 */
public record Agent(String code, List<String> names, String source) {
    public Agent {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("agent code must not be blank");
        }
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("agent " + code + " has no phrase");
        }
        if (source == null) {
            throw new IllegalArgumentException("source must not be null; use \"\"");
        }
    }
}
