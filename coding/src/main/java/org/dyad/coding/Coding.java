package org.dyad.coding;

import java.util.Objects;
import java.util.Optional;
import org.dyad.model.ActorRef;
import org.dyad.model.Provenance;
import org.dyad.model.Trigger;

/**
 * One coding of one sentence, before codings are merged into events: {@code source} did
 * {@code code} to {@code target}, carried by {@code trigger}. {@code code} is the dictionary's code
 * as written; with PETRARCH's own test dictionaries it may lie outside CAMEO, and then the coding is
 * evaluated but becomes no {@link org.dyad.model.Event}. {@code reportedBy} is the speaker when the
 * trigger sits in someone's reported words; {@code provenance} names the rule and the dictionary
 * entry (block and pattern) that gave the code.
 */
public record Coding(int sentence, Trigger trigger, ActorRef source, Optional<ActorRef> target, String code,
        Optional<ActorRef> reportedBy, Provenance provenance) {
    public Coding {
        if (sentence < 0) {
            throw new IllegalArgumentException("sentence was " + sentence + "; it must be >= 0");
        }
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target: use Optional.empty()");
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a coding needs an event code");
        }
        Objects.requireNonNull(reportedBy, "reportedBy: use Optional.empty()");
        Objects.requireNonNull(provenance, "provenance");
    }

    /** The target's code, or {@code "---"} (PETRARCH's null actor) when there is no target. */
    public String targetCode() {
        return target.map(ActorRef::code).orElse("---");
    }
}
