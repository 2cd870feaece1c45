package org.dyad.model;

import java.util.List;

/**
 * A sentence with its tokens and, when it was parsed, its dependency arcs. {@code begin} and
 * {@code end} are character offsets into the article text.
 *
 * <p>{@code dependencies} is the basic Universal Dependencies tree (one head per token, one root
 * arc); {@code enhanced} is the Enhanced++ graph of the same parse, which adds the arcs that the
 * tree leaves implicit: subjects of controlled verbs ({@code nsubj:xsubj}), the antecedents of
 * relative pronouns ({@code ref}), shared arguments of conjuncts, and case-marked relations such as
 * {@code obl:with}. Both are empty for a sentence that was not parsed (see {@link #parsed()}).
 */
public final class Sentence {
    private final int index;
    private final int begin;
    private final int end;
    private final List<Token> tokens;
    private final List<Dependency> dependencies;
    private final List<Dependency> enhanced;
    /**
     * Derived on first use and kept: the view of the parse and the lower-cased words and lemmas. The
     * fields are volatile, so a thread that reads one built by another sees it whole; two threads may
     * both build it, with equal results.
     */
    private volatile SentenceGraph graph;
    private volatile String[] lowerWords;
    private volatile String[] lowerLemmas;

    public Sentence(int index, int begin, int end, List<Token> tokens, List<Dependency> dependencies,
            List<Dependency> enhanced) {
        Checks.nonNegative(index, "sentence index");
        Checks.span(begin, end, "sentence");
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
        enhanced = List.copyOf(enhanced);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.index() != i) {
                throw new IllegalArgumentException("token " + i + " of sentence " + index + " has index " + t.index());
            }
            if (t.begin() < begin || t.end() > end) {
                throw new IllegalArgumentException("token '" + t.word() + "' [" + t.begin() + ", " + t.end()
                        + ") lies outside sentence " + index + " [" + begin + ", " + end + ")");
            }
        }
        for (Dependency d : concat(dependencies, enhanced)) {
            if (d.dependent() >= tokens.size() || d.governor() >= tokens.size()) {
                throw new IllegalArgumentException("dependency " + d + " refers past the " + tokens.size()
                        + " tokens of sentence " + index);
            }
        }
        this.index = index;
        this.begin = begin;
        this.end = end;
        this.tokens = tokens;
        this.dependencies = dependencies;
        this.enhanced = enhanced;
    }

    /** The 0-based position of the sentence in its document. */
    public int index() {
        return index;
    }

    /** The character offset of the sentence's start in the article text. */
    public int begin() {
        return begin;
    }

    /** The character offset just past the sentence's end. */
    public int end() {
        return end;
    }

    /** The tokens, in order; token {@code i} has index {@code i}. */
    public List<Token> tokens() {
        return tokens;
    }

    /** The basic dependency tree; empty when the sentence was not parsed. */
    public List<Dependency> dependencies() {
        return dependencies;
    }

    /** The Enhanced++ graph; empty when the sentence was not parsed. */
    public List<Dependency> enhanced() {
        return enhanced;
    }

    /** The navigable view of the parse, built on first use and shared by every reader of the sentence. */
    public SentenceGraph graph() {
        SentenceGraph g = graph;
        if (g == null) {
            g = SentenceGraph.build(this);
            graph = g;
        }
        return g;
    }

    /**
     * The word of token {@code i} in lower case ({@link java.util.Locale#ROOT}), computed once for the
     * sentence: the dictionaries' lookups all start from it.
     */
    public String lowerWord(int i) {
        String[] w = lowerWords;
        if (w == null) {
            w = lowered(Token::word);
            lowerWords = w;
        }
        return w[i];
    }

    /** The lemma of token {@code i} in lower case, computed once for the sentence like {@link #lowerWord}. */
    public String lowerLemma(int i) {
        String[] l = lowerLemmas;
        if (l == null) {
            l = lowered(Token::lemma);
            lowerLemmas = l;
        }
        return l[i];
    }

    private String[] lowered(java.util.function.Function<Token, String> part) {
        String[] out = new String[tokens.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = part.apply(tokens.get(k)).toLowerCase(java.util.Locale.ROOT);
        }
        return out;
    }

    private static List<Dependency> concat(List<Dependency> a, List<Dependency> b) {
        List<Dependency> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** An unparsed sentence: tokens only. */
    public static Sentence unparsed(int index, int begin, int end, List<Token> tokens) {
        return new Sentence(index, begin, end, tokens, List.of(), List.of());
    }

    /** This sentence with the arcs of a parse. */
    public Sentence withParse(List<Dependency> basic, List<Dependency> enhancedGraph) {
        return new Sentence(index, begin, end, tokens, basic, enhancedGraph);
    }

    /** True when the sentence carries dependency arcs. */
    public boolean parsed() {
        return !dependencies.isEmpty();
    }

    /** The token at a 0-based index. */
    public Token token(int i) {
        return tokens.get(i);
    }

    /** Number of tokens. */
    public int size() {
        return tokens.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sentence other && index == other.index && begin == other.begin && end == other.end
                && tokens.equals(other.tokens) && dependencies.equals(other.dependencies)
                && enhanced.equals(other.enhanced);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(index, begin, end, tokens, dependencies, enhanced);
    }

    @Override
    public String toString() {
        return "Sentence[index=" + index + ", begin=" + begin + ", end=" + end + ", tokens=" + tokens
                + ", dependencies=" + dependencies + ", enhanced=" + enhanced + "]";
    }
}
