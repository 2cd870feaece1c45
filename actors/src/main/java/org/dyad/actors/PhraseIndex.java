package org.dyad.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.model.Sentence;
import org.dyad.model.WordFilter;

/**
 * A trie of token sequences for longest-match lookup in a sentence. Matching ignores case, except
 * where the dictionary spelling says otherwise, token by token:
 *
 * <ul>
 *   <li>a token written in lower case ("troops", "of") matches any case;</li>
 *   <li>a token written with a capital first letter ("Kremlin") matches only text that starts with a
 *       capital, so the name "Will" does not match the verb "will";</li>
 *   <li>a token of two or more letters written all in capitals ("US", "U.S.", "NATO") matches only
 *       text written all in capitals, so "US" does not match the pronoun "us" even at the start of a
 *       sentence.</li>
 * </ul>
 * Immutable after construction; thread-safe for lookups.
 *
 * @param <V> the value attached to a phrase
 */
final class PhraseIndex<V> {
    private final Node<V> root = new Node<>();
    /** The first words of the phrases, made on the first lookup after the last {@link #add}. */
    private WordFilter firstWords;

    /** How a token of a dictionary phrase constrains the case of the text token. */
    enum CaseRule {
        ANY, CAPITALISED, UPPER;

        static CaseRule of(String token) {
            int letters = 0;
            int upper = 0;
            for (int i = 0; i < token.length(); i++) {
                char c = token.charAt(i);
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.isUpperCase(c)) {
                        upper++;
                    }
                }
            }
            if (upper == 0) {
                return ANY;
            }
            if (letters >= 2 && upper == letters) {
                return UPPER;
            }
            return firstLetterUpper(token) ? CAPITALISED : ANY;
        }

        boolean accepts(String text) {
            return switch (this) {
                case ANY -> true;
                case CAPITALISED -> firstLetterUpper(text);
                case UPPER -> text.equals(text.toUpperCase(Locale.ROOT)) && firstLetterUpper(text);
            };
        }

        private static boolean firstLetterUpper(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (Character.isLetter(s.charAt(i))) {
                    return Character.isUpperCase(s.charAt(i));
                }
            }
            return false;
        }
    }

    private record Terminal<V>(V value, List<CaseRule> rules) {
    }

    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>();
        final List<Terminal<V>> terminals = new ArrayList<>(1);
    }

    /** A match of tokens {@code [begin, end)} with the values of the phrase, in the order they were added. */
    record Match<V>(int begin, int end, List<V> values) {
        Match {
            values = List.copyOf(values);
        }

        int length() {
            return end - begin;
        }
    }

    /** Adds a phrase; its tokens' spelling sets the case each text token must have (see the class comment). */
    void add(String phrase, V value) {
        List<String> tokens = tokenize(phrase);
        if (tokens.isEmpty()) {
            return;
        }
        Node<V> n = root;
        List<CaseRule> rules = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            n = n.next.computeIfAbsent(normalize(t), k -> new Node<>());
            rules.add(CaseRule.of(t));
        }
        n.terminals.add(new Terminal<>(value, List.copyOf(rules)));
        firstWords = null;
    }

    private WordFilter firstWords() {
        WordFilter f = firstWords;
        if (f == null) {
            f = WordFilter.of(root.next.keySet());
            firstWords = f;
        }
        return f;
    }

    /** The longest phrase starting at token {@code start} whose case rules the text satisfies, or null. */
    Match<V> longest(Sentence s, int start) {
        return longest(s, keys(s), start);
    }

    /** The lookup keys of a sentence's words ({@link #normalize}), to be given to {@link #longest(Sentence, String[], int)}. */
    static String[] keys(Sentence s) {
        String[] out = new String[s.size()];
        for (int i = 0; i < out.length; i++) {
            String w = s.lowerWord(i);
            out[i] = w.indexOf('\u2019') < 0 ? w : w.replace('\u2019', '\'');
        }
        return out;
    }

    /**
     * {@link #longest(Sentence, int)} given the sentence's {@link #keys}, computed once for all the
     * lookups in a sentence.
     */
    Match<V> longest(Sentence s, String[] keys, int start) {
        if (!firstWords().mayContain(keys[start])) {
            return null;
        }
        Node<V> n = root;
        Match<V> best = null;
        for (int i = start; i < s.size(); i++) {
            n = n.next.get(keys[i]);
            if (n == null) {
                break;
            }
            if (!n.terminals.isEmpty()) {
                List<V> values = new ArrayList<>(1);
                for (Terminal<V> t : n.terminals) {
                    if (accepts(t.rules(), s, start)) {
                        values.add(t.value());
                    }
                }
                if (!values.isEmpty()) {
                    best = new Match<>(start, i + 1, values);
                }
            }
        }
        return best;
    }

    /** The values of a phrase given as words (for instance the "New York" of "New York-based"), or an empty list. */
    List<V> exact(List<String> words) {
        Node<V> n = root;
        for (String w : words) {
            n = n.next.get(normalize(w));
            if (n == null) {
                return List.of();
            }
        }
        List<V> out = new ArrayList<>(1);
        for (Terminal<V> t : n.terminals) {
            boolean ok = t.rules().size() == words.size();
            for (int k = 0; ok && k < words.size(); k++) {
                ok = t.rules().get(k).accepts(words.get(k));
            }
            if (ok) {
                out.add(t.value());
            }
        }
        return out;
    }

    private static boolean accepts(List<CaseRule> rules, Sentence s, int start) {
        for (int k = 0; k < rules.size(); k++) {
            if (!rules.get(k).accepts(s.token(start + k).word())) {
                return false;
            }
        }
        return true;
    }

    /** Lower case, with typographic apostrophes made plain so "Côte d’Ivoire" matches "Côte d'Ivoire". */
    static String normalize(String token) {
        return token.indexOf('\u2019') < 0 ? token.toLowerCase(Locale.ROOT)
                : token.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }

    /** Splits a dictionary phrase the way CoreNLP splits text: on spaces, with possessive 's apart. */
    static List<String> tokenize(String phrase) {
        List<String> out = new ArrayList<>();
        int n = phrase.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(phrase.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(phrase.charAt(i))) {
                i++;
            }
            if (start == i) {
                continue;
            }
            String w = phrase.substring(start, i);
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
