package org.dyad.actors;

import java.util.Objects;

/**
 * A code a rule found for a noun phrase, before it becomes an {@link ActorMention}: the code, the
 * actor's display name, the rule and the dictionary entry (or entry and agents) it came from, and
 * tokens {@code [begin, end)} with the head of the phrase it covers.
 */
record Found(String code, String name, ActorRule rule, String entry, int begin, int end, int head) {
    Found {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(entry, "entry");
    }

    /** The same finding over tokens {@code [begin, end)}. */
    Found over(int begin, int end) {
        return new Found(code, name, rule, entry, begin, end, head);
    }
}
