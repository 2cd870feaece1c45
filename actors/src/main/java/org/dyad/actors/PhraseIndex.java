package org.dyad.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.model.Sentence;

/**
 * A trie of token sequences for longest-match lookup in a sentence. Matching ignores case, except
 * that a phrase written with capitals only matches text that is capitalised too, so the dictionary
 * name "US" does not match the pronoun "us". Immutable after construction; thread-safe.
 *
 * @param <V> the value attached to a phrase
 */
final class PhraseIndex<V> {
    private final Node<V> root = new Node<>();

    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>();
        final List<V> values = new ArrayList<>(1);
        /** Some variant of the phrase is written in lower case, so any case matches. */
        boolean anyCase;
    }

    /** A match of tokens {@code [begin, end)} with the values of the phrase. */
    record Match<V>(int begin, int end, List<V> values) {
    }

    void add(String phrase, V value) {
        List<String> tokens = tokenize(phrase);
        if (tokens.isEmpty()) {
            return;
        }
        Node<V> n = root;
        for (String t : tokens) {
            n = n.next.computeIfAbsent(t.toLowerCase(Locale.ROOT), k -> new Node<>());
        }
        n.values.add(value);
        n.anyCase |= phrase.equals(phrase.toLowerCase(Locale.ROOT));
    }

    /** The longest phrase starting at token {@code start}, or null. */
    Match<V> longest(Sentence s, int start) {
        Node<V> n = root;
        Match<V> best = null;
        for (int i = start; i < s.size(); i++) {
            n = n.next.get(s.token(i).word().toLowerCase(Locale.ROOT));
            if (n == null) {
                break;
            }
            if (!n.values.isEmpty()) {
                boolean caseOk = n.anyCase || Character.isUpperCase(s.token(start).word().charAt(0));
                if (caseOk) {
                    best = new Match<>(start, i + 1, n.values);
                }
            }
        }
        return best;
    }

    /** Splits a dictionary phrase the way CoreNLP splits text: on spaces, with possessive 's apart. */
    static List<String> tokenize(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.strip().split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s"))) {
                out.add(w.substring(0, w.length() - 2));
                out.add(w.substring(w.length() - 2));
            } else {
                out.add(w);
            }
        }
        return out;
    }
}
