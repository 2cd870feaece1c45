package org.dyad.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What kind of event it is: the CAMEO code (leading zeros kept, e.g. {@code "036"}), its name,
 * QuadClass in GDELT's convention (1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
 * 4 material conflict), Goldstein value, and the PLOVER event type and mode it maps to.
 */
public record EventType(String cameo, String name, int quadClass, double goldstein, Optional<String> ploverType,
        Optional<String> ploverMode) {
    public EventType {
        Checks.nonBlank(cameo, "cameo code");
        if (!cameo.chars().allMatch(Character::isDigit) || cameo.length() < 2 || cameo.length() > 4) {
            throw new IllegalArgumentException("CAMEO code '" + cameo + "' must be 2 to 4 digits, leading zeros kept");
        }
        Checks.text(name, "event name");
        if (quadClass < 1 || quadClass > 4) {
            throw new IllegalArgumentException("quadClass was " + quadClass + "; GDELT QuadClass is 1 to 4");
        }
        if (goldstein < -10 || goldstein > 10) {
            throw new IllegalArgumentException("goldstein was " + goldstein + "; the scale is -10 to 10");
        }
        Objects.requireNonNull(ploverType, "ploverType");
        Objects.requireNonNull(ploverMode, "ploverMode");
    }

    /** The two-digit CAMEO root. */
    public String root() {
        return cameo.substring(0, 2);
    }
}
