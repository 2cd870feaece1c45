package org.dyad.model;

import java.util.Objects;

/**
 * An actor as it takes part in an event: its CAMEO-style {@code code} (country or organisation
 * prefix followed by role codes, e.g. {@code RUSGOV}, {@code USAMIL}, {@code IGOWSTNAT}), a
 * readable {@code name}, the {@code text} that mentioned it and the character span of that text.
 * {@code provenance} names the dictionary entry or discovery rule that gave the code.
 */
public record ActorRef(String code, String name, String text, int begin, int end, Provenance provenance) {
    public ActorRef {
        Checks.nonBlank(code, "actor code");
        Checks.text(name, "actor name");
        Checks.text(text, "actor text");
        Checks.span(begin, end, "actor");
        Objects.requireNonNull(provenance, "provenance");
    }

    /** The first three letters of the code: a country (ISO 3166 alpha-3) or an organisation type. */
    public String root() {
        return code.length() <= 3 ? code : code.substring(0, 3);
    }
}
