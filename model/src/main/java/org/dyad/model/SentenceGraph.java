package org.dyad.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A navigable view of a sentence's dependency parse: heads, children and subtrees of the basic
 * tree, and the arcs of the Enhanced++ graph. Built once per sentence in O(arcs), and kept by the
 * sentence ({@link Sentence#graph()}); immutable and thread-safe. An unparsed sentence gives a view in
 * which every token is a root with no children.
 */
public final class SentenceGraph {
    private final Sentence sentence;
    private final int[] head;
    private final String[] relation;
    private final List<List<Integer>> children;
    private final List<List<Dependency>> enhancedIn;
    private final List<List<Dependency>> enhancedOut;
    /** Tokens with more children than this have them indexed by relation on first ask. */
    private static final int WIDE = 16;
    /** The children by relation of the wide tokens asked about; graphs are shared between threads. */
    private final Map<Integer, Map<String, List<Integer>>> wide = new ConcurrentHashMap<>();

    private SentenceGraph(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.size();
        head = new int[n];
        relation = new String[n];
        java.util.Arrays.fill(head, Dependency.ROOT);
        java.util.Arrays.fill(relation, "root");
        // most tokens have no children and no enhanced arcs: they share the empty list until one is added
        children = new ArrayList<>(Collections.nCopies(n, List.of()));
        enhancedIn = new ArrayList<>(Collections.nCopies(n, List.of()));
        enhancedOut = new ArrayList<>(Collections.nCopies(n, List.of()));
        for (Dependency d : sentence.dependencies()) {
            head[d.dependent()] = d.governor();
            relation[d.dependent()] = d.relation();
            if (d.governor() != Dependency.ROOT) {
                append(children, d.governor(), d.dependent());
            }
        }
        for (int i = 0; i < n; i++) {
            List<Integer> c = children.get(i);
            if (c.size() > 1 && !ascending(c)) { // CoreNLP lists the arcs by dependent, so this is rare
                Collections.sort(c);
            }
            if (!c.isEmpty()) {
                children.set(i, List.copyOf(c));
            }
        }
        for (Dependency d : sentence.enhanced()) {
            append(enhancedIn, d.dependent(), d);
            if (d.governor() != Dependency.ROOT) {
                append(enhancedOut, d.governor(), d);
            }
        }
        // the lists are handed out as they are, so they are made unmodifiable once, here
        for (List<List<Dependency>> arcs : List.of(enhancedIn, enhancedOut)) {
            for (int i = 0; i < n; i++) {
                if (!arcs.get(i).isEmpty()) {
                    arcs.set(i, List.copyOf(arcs.get(i)));
                }
            }
        }
    }

    private static <T> void append(List<List<T>> lists, int i, T value) {
        List<T> l = lists.get(i);
        if (l.isEmpty()) {
            l = new ArrayList<>(2);
            lists.set(i, l);
        }
        l.add(value);
    }

    private static boolean ascending(List<Integer> l) {
        for (int k = 1; k < l.size(); k++) {
            if (l.get(k - 1) > l.get(k)) {
                return false;
            }
        }
        return true;
    }

    /** The view of a sentence: the one {@link Sentence#graph()} keeps. */
    public static SentenceGraph of(Sentence sentence) {
        return sentence.graph();
    }

    /** Builds the view; {@link Sentence#graph()} calls it once per sentence. */
    static SentenceGraph build(Sentence sentence) {
        return new SentenceGraph(sentence);
    }

    /** The sentence viewed. */
    public Sentence sentence() {
        return sentence;
    }

    /** The basic-tree head of token {@code i}, or {@link Dependency#ROOT}. */
    public int head(int i) {
        return head[i];
    }

    /** The basic relation of token {@code i} to its head ({@code root} for the root). */
    public String relation(int i) {
        return relation[i];
    }

    /** The basic relation without subtype. */
    public String baseRelation(int i) {
        String r = relation[i];
        int colon = r.indexOf(':');
        return colon < 0 ? r : r.substring(0, colon);
    }

    /** The basic-tree children of token {@code i}, in sentence order. */
    public List<Integer> children(int i) {
        return children.get(i);
    }

    /** Children of {@code i} whose relation equals {@code rel} or has it as base ({@code obl} matches {@code obl:tmod}). */
    public List<Integer> children(int i, String rel) {
        List<Integer> all = children.get(i);
        if (all.size() > WIDE) {
            // a head of thousands of conjuncts is asked once per conjunct: its children by relation, made once
            return new ArrayList<>(wide.computeIfAbsent(i, this::byRelation).getOrDefault(rel, List.of()));
        }
        List<Integer> out = new ArrayList<>(1);
        for (int c : all) {
            String r = relation[c];
            if (r.equals(rel) || (r.startsWith(rel) && r.length() > rel.length() && r.charAt(rel.length()) == ':')) {
                out.add(c);
            }
        }
        return out;
    }

    /** The children of a token by their relation and by each base of it ({@code obl:tmod} under both). */
    private Map<String, List<Integer>> byRelation(int i) {
        Map<String, List<Integer>> out = new HashMap<>();
        for (int c : children.get(i)) {
            String r = relation[c];
            for (int colon = r.indexOf(':'); colon > 0; colon = r.indexOf(':', colon + 1)) {
                out.computeIfAbsent(r.substring(0, colon), k -> new ArrayList<>()).add(c);
            }
            out.computeIfAbsent(r, k -> new ArrayList<>()).add(c);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return out;
    }

    /** The first child with a relation, or -1. */
    public int child(int i, String rel) {
        List<Integer> c = children(i, rel);
        return c.isEmpty() ? -1 : c.get(0);
    }

    /** Enhanced++ arcs into token {@code i}. */
    public List<Dependency> enhancedHeads(int i) {
        return enhancedIn.get(i);
    }

    /** Enhanced++ arcs out of token {@code i}. */
    public List<Dependency> enhancedChildren(int i) {
        return enhancedOut.get(i);
    }

    /** The tokens of the basic subtree of {@code i}, in sentence order. */
    public List<Integer> subtree(int i) {
        List<Integer> out = new ArrayList<>();
        collect(i, out, 0);
        Collections.sort(out);
        return out;
    }

    private void collect(int i, List<Integer> out, int depth) {
        if (depth > sentence.size()) {
            return; // a malformed parse with a cycle must not loop forever
        }
        out.add(i);
        for (int c : children.get(i)) {
            collect(c, out, depth + 1);
        }
    }

    /** True when {@code ancestor} dominates {@code i} in the basic tree (a token dominates itself). */
    public boolean dominates(int ancestor, int i) {
        for (int k = i, steps = 0; k != Dependency.ROOT && steps <= sentence.size(); k = head[k], steps++) {
            if (k == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The root tokens of the basic tree. */
    public List<Integer> roots() {
        List<Integer> out = new ArrayList<>(1);
        for (int i = 0; i < head.length; i++) {
            if (head[i] == Dependency.ROOT) {
                out.add(i);
            }
        }
        return out;
    }
}
