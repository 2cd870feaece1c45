package org.dyad.coding;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A condition on the trigger's dependents that changes the code: when the trigger has a dependent
 * whose Universal Dependencies relation is {@code relation} (or a subtype of it) and whose form or
 * lemma is one of {@code words} ({@code *} for any word), the event takes {@code code} ("tell ... in
 * a phone call" is 041, not 010; "called Canada one of ..." has an xcomp and is no call).
 */
public record Refinement(String relation, List<String> words, CodePair code) {
    public Refinement {
        if (relation == null || relation.isBlank()) {
            throw new IllegalArgumentException("a refinement needs a dependency relation such as obl or obj");
        }
        words = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        if (words.isEmpty()) {
            throw new IllegalArgumentException("refinement on " + relation + " lists no words");
        }
        Objects.requireNonNull(code, "code");
    }
}
