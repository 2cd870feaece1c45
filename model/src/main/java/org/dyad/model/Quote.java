package org.dyad.model;

import java.util.Optional;

/**
 * Quoted speech, with the span of the text between the quotation marks and, when it could be
 * attributed, the mention of the speaker ("Trump wrote").
 */
public record Quote(int index, int begin, int end, String text, Optional<Mention> speaker, Provenance provenance) {
    public Quote {
        Checks.nonNegative(index, "quote index");
        Checks.span(begin, end, "quote");
        Checks.nonBlank(text, "quote text");
        java.util.Objects.requireNonNull(speaker, "speaker: use Optional.empty()");
        java.util.Objects.requireNonNull(provenance, "provenance");
    }
}
