package org.dyad.model;

/**
 * A Universal Dependencies arc between two tokens of one sentence. {@code governor} is the 0-based
 * token index of the head, or {@link #ROOT} for the root arc; {@code relation} is the UD relation
 * with its subtype, e.g. {@code nsubj:pass} or {@code obl:agent}.
 */
public record Dependency(int governor, int dependent, String relation) {
    /** Governor index of the root arc. */
    public static final int ROOT = -1;

    public Dependency {
        if (governor < ROOT) {
            throw new IllegalArgumentException("governor was " + governor + "; it must be >= -1 (ROOT)");
        }
        Checks.nonNegative(dependent, "dependent");
        Checks.nonBlank(relation, "relation");
    }

    /** The relation without its subtype: {@code nsubj:pass} gives {@code nsubj}. */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
