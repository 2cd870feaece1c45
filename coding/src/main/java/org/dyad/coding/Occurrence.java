package org.dyad.coding;

import java.util.List;

/**
 * A trigger found in a sentence: the dictionary entry, the token of its head word, and all its
 * tokens ({@code first} to {@code last}, for multi-word verbs such as "cordoned off").
 */
record Occurrence(VerbDictionary.Entry entry, int head, int first, int last, List<Integer> tokens) {
    Occurrence {
        tokens = List.copyOf(tokens);
    }

    VerbBlock block() {
        return entry.block();
    }

    TriggerPhrase trigger() {
        return entry.trigger();
    }
}
