package org.dyad.coding;

import java.util.List;
import java.util.Objects;

/**
 * A verb or event noun with its default CAMEO code and the refinements that change the code when a
 * dependent is present ("tell ... in a phone call" is 041, not 010).
 */
public record VerbEntry(String id, List<String> lemmas, String code, List<Refinement> refinements, String source) {
    public VerbEntry {
        lemmas = List.copyOf(lemmas);
        refinements = List.copyOf(refinements);
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(source, "source");
        if (lemmas.isEmpty()) {
            throw new IllegalArgumentException("verb entry " + id + " has no lemma");
        }
    }

    /**
     * A refinement: when the trigger has a dependent whose relation starts with {@code relation} and
     * whose lemma is one of {@code lemmas}, the event takes {@code code}.
     */
    public record Refinement(String relation, List<String> lemmas, String code) {
        public Refinement {
            lemmas = List.copyOf(lemmas);
        }
    }
}
